using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Validation;

/// <summary>What the rules share: the schema, the document, its fragments, and the errors found.</summary>
public sealed class ValidationContext(Schema schema, Document document)
{
    private readonly List<GraphQLError> _errors = [];

    public Schema Schema { get; } = schema;
    public Document Document { get; } = document;

    public IReadOnlyList<OperationDefinition> Operations { get; } = [.. document.Definitions.OfType<OperationDefinition>()];

    public IReadOnlyList<FragmentDefinition> FragmentDefinitions { get; } = [.. document.Definitions.OfType<FragmentDefinition>()];

    public FragmentDefinition? Fragment(string name) => FragmentDefinitions.FirstOrDefault(f => f.Name.Value == name);

    public IReadOnlyList<GraphQLError> Errors => _errors;

    public void Report(string message, params SourceLocation[] locations) => _errors.Add(new GraphQLError(message, locations));

    /// <summary>Every selection set of a definition, depth first, with what lies above it (fragments are not followed).</summary>
    public static IEnumerable<SelectionSet> SelectionSets(SelectionSet root)
    {
        yield return root;
        foreach (var selection in root.Selections)
        {
            var inner = selection switch
            {
                Field f => f.SelectionSet,
                InlineFragment i => i.SelectionSet,
                _ => null,
            };
            if (inner is not null)
            {
                foreach (var set in SelectionSets(inner))
                {
                    yield return set;
                }
            }
        }
    }

    /// <summary>
    /// The fragment spreads inside a selection set (not inside the fragments they name), in the
    /// order graphql-js finds them: a set's own spreads first, then nested sets, last first.
    /// </summary>
    public static IReadOnlyList<FragmentSpread> Spreads(SelectionSet root)
    {
        var spreads = new List<FragmentSpread>();
        var pending = new Stack<SelectionSet>([root]);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpread spread:
                        spreads.Add(spread);
                        break;
                    case Field { SelectionSet: { } inner }:
                        pending.Push(inner);
                        break;
                    case InlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        return spreads;
    }

    /// <summary>The fragments an operation or fragment uses, following spreads through fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinition> RecursivelyReferencedFragments(SelectionSet root)
    {
        var found = new List<FragmentDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSet>([root]);
        while (pending.TryPop(out var set))
        {
            foreach (var spread in Spreads(set))
            {
                if (seen.Add(spread.Name.Value) && Fragment(spread.Name.Value) is { } fragment)
                {
                    found.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }
        return found;
    }

    /// <summary>Every variable written in a selection set's arguments and directives (not through fragments).</summary>
    public static IEnumerable<Variable> VariableUsages(SelectionSet root) =>
        SelectionSets(root).SelectMany(s => s.Selections).SelectMany(selection =>
            (selection is Field field ? field.Arguments.Select(a => a.Value) : [])
                .Concat(selection.Directives.SelectMany(d => d.Arguments).Select(a => a.Value))
                .SelectMany(VariablesIn));

    public static IEnumerable<Variable> VariablesIn(Value value) => value switch
    {
        Variable v => [v],
        ListValue list => list.Items.SelectMany(VariablesIn),
        ObjectValue obj => obj.Fields.SelectMany(f => VariablesIn(f.Value)),
        _ => [],
    };
}
