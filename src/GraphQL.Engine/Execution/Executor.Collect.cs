using DutyGraph.GraphQL.Engine.Introspection;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Execution;

public sealed partial class Executor
{
    /// <summary>
    /// The plans of the fields the selection sets ask of an object type, worked out once per
    /// execution for each (type, selection): every item of a list shares its parent field's plans.
    /// </summary>
    private IReadOnlyList<FieldPlan> Plans(Run run, ObjectGraphType type, object selection, IEnumerable<SelectionSet> selectionSets) =>
        run.PlansOf(type, selection) ?? run.Keep(type, selection, [.. CollectFields(run, type, selectionSets).Select(f => PlanOf(type, f.Key, f.Value))]);

    private FieldPlan PlanOf(ObjectGraphType type, string key, List<Field> nodes)
    {
        var definition = MetaFields.FieldOf(schema, type, nodes[0].Name.Value);
        return definition is null ? new FieldPlan(key, nodes, type, null, null, null)
            : new FieldPlan(key, nodes, type, definition, ResolverFor(type, definition), resolvers.FindReader(type.Name, definition.Name));
    }

    /// <summary>
    /// The fields a selection asks of an object type, grouped by response key in order: fragments
    /// whose type condition applies are spread in, @skip and @include honoured (CollectFields, 6.3.2).
    /// </summary>
    private OrderedDictionary<string, List<Field>> CollectFields(Run run, ObjectGraphType type, IEnumerable<SelectionSet> selectionSets)
    {
        var fields = new OrderedDictionary<string, List<Field>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in selectionSets)
        {
            Collect(run, type, set, fields, visited);
        }
        return fields;
    }

    private void Collect(Run run, ObjectGraphType type, SelectionSet set, OrderedDictionary<string, List<Field>> fields, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            if (!ShouldInclude(run, selection.Directives))
            {
                continue;
            }
            switch (selection)
            {
                case Field field:
                    if (!fields.TryGetValue(field.ResponseKey, out var list))
                    {
                        fields[field.ResponseKey] = list = [];
                    }
                    list.Add(field);
                    break;
                case InlineFragment inline when inline.TypeCondition is null || schema.ConditionApplies(inline.TypeCondition.Name.Value, type):
                    Collect(run, type, inline.SelectionSet, fields, visited);
                    break;
                case FragmentSpread spread when visited.Add(spread.Name.Value)
                    && run.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && schema.ConditionApplies(fragment.TypeCondition.Name.Value, type):
                    Collect(run, type, fragment.SelectionSet, fields, visited);
                    break;
            }
        }
    }

    private bool ShouldInclude(Run run, IReadOnlyList<Directive> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }
            var argument = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if");
            var value = argument is null ? null : Coercion.FromLiteral(argument.Value, new NonNullGraphType(schema.GetType("Boolean")!), run.Variables);
            if (value is bool flag && (name == "skip" ? flag : !flag))
            {
                return false;
            }
        }
        return true;
    }

    private FieldResolver ResolverFor(ObjectGraphType type, OutputField field)
    {
        if (MetaFields.IsEntryPoint(schema, field))
        {
            return MetaFields.Resolve;
        }
        if (type.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return IntrospectionResolvers.For(type.Name, field.Name);
        }
        return resolvers.Find(type.Name, field.Name) ?? ResolverMap.DefaultResolve;
    }
}
