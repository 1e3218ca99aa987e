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

    /// <summary>The fields a selection asks of an object type (<see cref="FieldCollector"/>), @skip and @include decided with the variables.</summary>
    private OrderedDictionary<string, List<Field>> CollectFields(Run run, ObjectGraphType type, IEnumerable<SelectionSet> selectionSets) =>
        FieldCollector.Collect(schema, type, selectionSets, directives => ShouldInclude(run, directives), name => run.Fragments.GetValueOrDefault(name));

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
