using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Messages;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Validation;

/// <summary>Rules about names: arguments, input fields, directives, types and fragment conditions (5.4, 5.6, 5.7, 5.5.1).</summary>
internal static class NameRules
{
    /// <summary>Every place directives stand in the document, with the location a directive there is used on.</summary>
    private static IEnumerable<(IReadOnlyList<Directive> Directives, string Location)> DirectivePlaces(ValidationContext c)
    {
        foreach (var operation in c.Operations)
        {
            yield return (operation.Directives, operation.Operation.ToString().ToUpperInvariant());
            foreach (var variable in operation.Variables)
            {
                yield return (variable.Directives, "VARIABLE_DEFINITION");
            }
        }
        foreach (var fragment in c.FragmentDefinitions)
        {
            yield return (fragment.Directives, "FRAGMENT_DEFINITION");
        }
        foreach (var selection in DocumentRules.AllSelectionSets(c).SelectMany(s => s.Selections))
        {
            yield return (selection.Directives, selection switch
            {
                Field => "FIELD",
                FragmentSpread => "FRAGMENT_SPREAD",
                _ => "INLINE_FRAGMENT",
            });
        }
    }

    /// <summary>5.4.2 Argument Uniqueness, on fields and directives.</summary>
    public static void UniqueArgumentNames(ValidationContext c)
    {
        var argumentLists = DocumentRules.AllSelectionSets(c).SelectMany(s => s.Selections).OfType<Field>().Select(f => f.Arguments)
            .Concat(DirectivePlaces(c).SelectMany(p => p.Directives).Select(d => d.Arguments));
        foreach (var arguments in argumentLists)
        {
            foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
            {
                c.Report($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => a.Name.Location)]);
            }
        }
    }

    /// <summary>5.6.3 Input Object Field Uniqueness, at every depth of every value.</summary>
    public static void UniqueInputFieldNames(ValidationContext c)
    {
        var values = DocumentRules.AllSelectionSets(c).SelectMany(s => s.Selections).OfType<Field>().SelectMany(f => f.Arguments)
            .Concat(DirectivePlaces(c).SelectMany(p => p.Directives).SelectMany(d => d.Arguments)).Select(a => a.Value)
            .Concat(c.Operations.SelectMany(o => o.Variables).Where(v => v.DefaultValue is not null).Select(v => v.DefaultValue!));
        foreach (var value in values)
        {
            Check(value);
        }

        void Check(Value value)
        {
            switch (value)
            {
                case ObjectValue obj:
                    var seen = new Dictionary<string, Name>(StringComparer.Ordinal);
                    foreach (var field in obj.Fields)
                    {
                        if (!seen.TryAdd(field.Name.Value, field.Name))
                        {
                            c.Report($"There can be only one input field named \"{field.Name.Value}\".", seen[field.Name.Value].Location, field.Name.Location);
                        }
                        Check(field.Value);
                    }
                    break;
                case ListValue list:
                    foreach (var item in list.Items)
                    {
                        Check(item);
                    }
                    break;
            }
        }
    }

    /// <summary>5.7.1 Directives Are Defined, and 5.7.2 In Valid Locations.</summary>
    public static void KnownDirectives(ValidationContext c)
    {
        foreach (var (directives, location) in DirectivePlaces(c))
        {
            foreach (var directive in directives)
            {
                var definition = c.Schema.GetDirective(directive.Name.Value);
                if (definition is null)
                {
                    c.Report($"Unknown directive \"@{directive.Name.Value}\".", directive.Location);
                }
                else if (!definition.Locations.Contains(location))
                {
                    c.Report($"Directive \"@{directive.Name.Value}\" may not be used on {location}.", directive.Location);
                }
            }
        }
    }

    /// <summary>5.7.3 Directives Are Unique Per Location (repeatable ones aside).</summary>
    public static void UniqueDirectivesPerLocation(ValidationContext c)
    {
        foreach (var (directives, _) in DirectivePlaces(c))
        {
            var seen = new Dictionary<string, Directive>(StringComparer.Ordinal);
            foreach (var directive in directives)
            {
                if (c.Schema.GetDirective(directive.Name.Value) is not { IsRepeatable: false })
                {
                    continue;
                }
                if (!seen.TryAdd(directive.Name.Value, directive))
                {
                    c.Report($"The directive \"@{directive.Name.Value}\" can only be used once at this location.",
                        seen[directive.Name.Value].Location, directive.Location);
                }
            }
        }
    }

    /// <summary>Type names in variable definitions and fragment conditions must exist (KnownTypeNames).</summary>
    public static void KnownTypeNames(ValidationContext c)
    {
        var names = c.Schema.Types.Select(t => t.Name).ToList();
        var referenced = c.Operations.SelectMany(o => o.Variables).Select(v => Named(v.Type))
            .Concat(c.FragmentDefinitions.Select(f => f.TypeCondition))
            .Concat(DocumentRules.AllSelectionSets(c).SelectMany(s => s.Selections).OfType<InlineFragment>()
                .Where(i => i.TypeCondition is not null).Select(i => i.TypeCondition!));
        foreach (var named in referenced)
        {
            if (c.Schema.GetType(named.Name.Value) is null)
            {
                c.Report($"Unknown type \"{named.Name.Value}\"." + Suggestions.DidYouMean(Suggestions.Closest(named.Name.Value, names)), named.Location);
            }
        }
    }

    /// <summary>5.5.1.3 Fragments On Composite Types.</summary>
    public static void FragmentsOnCompositeTypes(ValidationContext c)
    {
        foreach (var inline in DocumentRules.AllSelectionSets(c).SelectMany(s => s.Selections).OfType<InlineFragment>())
        {
            if (inline.TypeCondition is { } condition && c.Schema.GetType(condition.Name.Value) is { } type && !IsComposite(type))
            {
                c.Report($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition.Location);
            }
        }
        foreach (var fragment in c.FragmentDefinitions)
        {
            if (c.Schema.GetType(fragment.TypeCondition.Name.Value) is { } type && !IsComposite(type))
            {
                c.Report($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".",
                    fragment.TypeCondition.Location);
            }
        }
    }

    public static bool IsComposite(NamedGraphType type) => type is ObjectGraphType or InterfaceGraphType or UnionGraphType;

    private static NamedType Named(TypeReference type) => type switch
    {
        NamedType named => named,
        ListType list => Named(list.OfType),
        NonNullType nonNull => Named(nonNull.OfType),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
