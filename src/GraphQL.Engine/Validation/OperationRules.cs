using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Validation;

/// <summary>Rules about operations as a whole: subscriptions' single root field (5.2.3.1) and graphql-js's introspection depth limit.</summary>
internal static class OperationRules
{
    /// <summary>5.2.3.1 Single root field, for subscriptions (fragments followed; @skip/@include only with literal arguments).</summary>
    public static void SingleFieldSubscriptions(ValidationContext c)
    {
        if (c.Schema.SubscriptionType is not { } root)
        {
            return;
        }
        foreach (var operation in c.Operations.Where(o => o.Operation == OperationType.Subscription))
        {
            // Since graphql-js 17, @skip and @include may not decide a subscription's top level fields.
            var forbidden = new List<Directive>();
            bool Forbid(IReadOnlyList<Directive> directives)
            {
                var found = directives.Where(d => d.Name.Value is "skip" or "include").OrderBy(d => d.Name.Value == "skip" ? 0 : 1).ToList();
                forbidden.AddRange(found);
                return found.Count == 0;
            }
            var fields = FieldCollector.Collect(c.Schema, root, [operation.SelectionSet], Forbid, c.Fragment);
            var name = operation.Name?.Value;
            if (forbidden.Count > 0)
            {
                c.Report(name is not null ? $"Subscription \"{name}\" must not use `@skip` or `@include` directives in the top level selection."
                    : "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", [.. forbidden.Select(d => d.Location)]);
                continue;
            }
            if (fields.Count == 0)
            {
                c.Report(name is not null ? $"Subscription \"{name}\" must select one top level field." : "Anonymous Subscription must select one top level field.",
                    [operation.SelectionSet.Location]);
            }
            if (fields.Count > 1)
            {
                c.Report(name is not null ? $"Subscription \"{name}\" must select only one top level field." : "Anonymous Subscription must select only one top level field.",
                    [.. fields.Values.Skip(1).SelectMany(f => f).Select(f => f.Location)]);
            }
            foreach (var nodes in fields.Values.Where(f => f[0].Name.Value.StartsWith("__", StringComparison.Ordinal)))
            {
                c.Report(name is not null ? $"Subscription \"{name}\" must not select an introspection top level field."
                    : "Anonymous Subscription must not select an introspection top level field.", [.. nodes.Select(f => f.Location)]);
            }
        }
    }

    private static bool Included(IReadOnlyList<Directive> directives) => directives.All(d =>
        !(d.Name.Value == "skip" && d.Arguments.Any(a => a.Name.Value == "if" && a.Value is BooleanValue { Flag: true }))
        && !(d.Name.Value == "include" && d.Arguments.Any(a => a.Name.Value == "if" && a.Value is BooleanValue { Flag: false })));

    private const int MaxListsDepth = 3;

    /// <summary>graphql-js's MaxIntrospectionDepthRule: __schema or __type may not nest fields/interfaces/possibleTypes/inputFields three deep.</summary>
    public static void MaxIntrospectionDepth(ValidationContext c)
    {
        foreach (var set in c.Operations.Select(o => o.SelectionSet).Concat(c.FragmentDefinitions.Select(f => f.SelectionSet)))
        {
            Visit(set);
        }

        void Visit(SelectionSet set)
        {
            foreach (var selection in set.Selections)
            {
                if (selection is Field field && field.Name.Value is "__schema" or "__type" && TooDeep(field, [], 0))
                {
                    c.Report("Maximum introspection depth exceeded", field.Location);
                    continue;
                }
                var inner = selection switch
                {
                    Field f => f.SelectionSet,
                    InlineFragment i => i.SelectionSet,
                    _ => null,
                };
                if (inner is not null)
                {
                    Visit(inner);
                }
            }
        }

        bool TooDeep(Selection node, HashSet<string> visited, int depth)
        {
            if (node is FragmentSpread spread)
            {
                var name = spread.Name.Value;
                if (visited.Contains(name) || c.Fragment(name) is not { } fragment)
                {
                    return false;
                }
                visited.Add(name);
                try
                {
                    return fragment.SelectionSet.Selections.Any(s => TooDeep(s, visited, depth));
                }
                finally
                {
                    visited.Remove(name);
                }
            }
            if (node is Field field && field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
            {
                return true;
            }
            var selections = node switch
            {
                Field f => f.SelectionSet,
                InlineFragment i => i.SelectionSet,
                _ => null,
            };
            return selections is not null && selections.Selections.Any(s => TooDeep(s, visited, depth));
        }
    }
}
