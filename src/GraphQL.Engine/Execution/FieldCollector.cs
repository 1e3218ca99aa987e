using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>
/// CollectFields (specification 6.3.2): the fields selection sets ask of an object type, grouped
/// by response key in order, with the fragments whose type condition applies spread in (each
/// once). The executor decides @skip/@include with the request's variables; validation, which
/// has none, only with literal arguments.
/// </summary>
internal static class FieldCollector
{
    public static OrderedDictionary<string, List<Field>> Collect(
        Schema schema, ObjectGraphType type, IEnumerable<SelectionSet> selectionSets,
        Func<IReadOnlyList<Directive>, bool> included, Func<string, FragmentDefinition?> fragment)
    {
        var fields = new OrderedDictionary<string, List<Field>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in selectionSets)
        {
            Collect(schema, type, set, fields, visited, included, fragment);
        }
        return fields;
    }

    private static void Collect(Schema schema, ObjectGraphType type, SelectionSet set, OrderedDictionary<string, List<Field>> fields, HashSet<string> visited,
        Func<IReadOnlyList<Directive>, bool> included, Func<string, FragmentDefinition?> fragment)
    {
        foreach (var selection in set.Selections)
        {
            if (!included(selection.Directives))
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
                    Collect(schema, type, inline.SelectionSet, fields, visited, included, fragment);
                    break;
                case FragmentSpread spread when visited.Add(spread.Name.Value) && fragment(spread.Name.Value) is { } definition
                    && schema.ConditionApplies(definition.TypeCondition.Name.Value, type):
                    Collect(schema, type, definition.SelectionSet, fields, visited, included, fragment);
                    break;
            }
        }
    }
}
