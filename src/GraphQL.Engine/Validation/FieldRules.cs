using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Messages;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Validation;

/// <summary>Rules about fields, their arguments and fragment spreads (5.3, 5.4, 5.5.2.3).</summary>
internal static class FieldRules
{
    /// <summary>5.3.1 Field Selections: a field must exist on its type, with graphql-js's suggestions.</summary>
    public static void FieldsOnCorrectType(ValidationContext c)
    {
        foreach (var (field, parent, definition) in TypedSelections.Fields(c))
        {
            if (parent is null || definition is not null)
            {
                continue;
            }
            var name = field.Name.Value;
            var typeSuggestions = SuggestedTypes(c.Schema, parent, name);
            var hint = typeSuggestions.Count > 0
                ? Suggestions.DidYouMean(typeSuggestions, "to use an inline fragment on")
                : Suggestions.DidYouMean(parent is FieldsGraphType fields ? Suggestions.Closest(name, fields.Fields.Keys) : []);
            c.Report($"Cannot query field \"{name}\" on type \"{parent.Name}\".{hint}", field.Location);
        }
    }

    private static IReadOnlyList<string> SuggestedTypes(Schema schema, NamedGraphType type, string fieldName)
    {
        if (type is not (InterfaceGraphType or UnionGraphType))
        {
            return [];
        }
        var usage = new Dictionary<NamedGraphType, int>();
        foreach (var possible in schema.PossibleTypes(type).Where(p => p.Fields.ContainsKey(fieldName)))
        {
            usage[possible] = 1;
            foreach (var face in possible.Interfaces.Where(i => i.Fields.ContainsKey(fieldName)))
            {
                usage[face] = usage.GetValueOrDefault(face) + 1;
            }
        }
        var ordered = usage.Keys.ToList();
        ordered.Sort((a, b) =>
        {
            var diff = usage[b] - usage[a];
            if (diff != 0)
            {
                return diff;
            }
            if (a is InterfaceGraphType && IsSubType(schema, a, b))
            {
                return -1;
            }
            if (b is InterfaceGraphType && IsSubType(schema, b, a))
            {
                return 1;
            }
            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return [.. ordered.Select(t => t.Name)];
    }

    private static bool IsSubType(Schema schema, NamedGraphType abstractType, NamedGraphType maybeSub) =>
        maybeSub is ObjectGraphType obj ? schema.PossibleTypes(abstractType).Contains(obj)
        : maybeSub is InterfaceGraphType face && abstractType is InterfaceGraphType && face.Interfaces.Contains(abstractType);

    /// <summary>5.3.3 Leaf Field Selections.</summary>
    public static void ScalarLeafs(ValidationContext c)
    {
        foreach (var (field, _, definition) in TypedSelections.Fields(c))
        {
            if (definition is null)
            {
                continue;
            }
            var named = definition.Type.NamedType;
            var leaf = named is ScalarGraphType or EnumGraphType;
            if (leaf && field.SelectionSet is { } selections)
            {
                c.Report($"Field \"{field.Name.Value}\" must not have a selection since type \"{definition.Type}\" has no subfields.", selections.Location);
            }
            else if (!leaf && field.SelectionSet is null)
            {
                c.Report($"Field \"{field.Name.Value}\" of type \"{definition.Type}\" must have a selection of subfields. Did you mean \"{field.Name.Value} {{ ... }}\"?",
                    field.Location);
            }
        }
    }

    /// <summary>5.4.1 Argument Names, on fields and directives.</summary>
    public static void KnownArgumentNames(ValidationContext c)
    {
        foreach (var (field, parent, definition) in TypedSelections.Fields(c))
        {
            if (definition is null || parent is null)
            {
                continue;
            }
            foreach (var argument in field.Arguments.Where(a => !definition.Arguments.ContainsKey(a.Name.Value)))
            {
                c.Report($"Unknown argument \"{argument.Name.Value}\" on field \"{parent.Name}.{definition.Name}\"."
                    + Suggestions.DidYouMean(Suggestions.Closest(argument.Name.Value, definition.Arguments.Keys)), argument.Location);
            }
        }
        foreach (var directive in AllDirectives(c))
        {
            if (c.Schema.GetDirective(directive.Name.Value) is not { } definition)
            {
                continue;
            }
            foreach (var argument in directive.Arguments.Where(a => !definition.Arguments.ContainsKey(a.Name.Value)))
            {
                c.Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name.Value}\"."
                    + Suggestions.DidYouMean(Suggestions.Closest(argument.Name.Value, definition.Arguments.Keys)), argument.Location);
            }
        }
    }

    /// <summary>5.4.2.1 Required Arguments, on fields and directives.</summary>
    public static void ProvidedRequiredArguments(ValidationContext c)
    {
        foreach (var (field, parent, definition) in TypedSelections.Fields(c))
        {
            foreach (var missing in Missing(definition?.Arguments, field.Arguments))
            {
                c.Report($"Argument \"{parent?.Name}.{field.Name.Value}({missing.Name}:)\" of type \"{missing.Type}\" is required, but it was not provided.", field.Location);
            }
        }
        foreach (var directive in AllDirectives(c))
        {
            foreach (var missing in Missing(c.Schema.GetDirective(directive.Name.Value)?.Arguments, directive.Arguments))
            {
                c.Report($"Argument \"@{directive.Name.Value}({missing.Name}:)\" of type \"{missing.Type}\" is required, but it was not provided.",
                    directive.Location);
            }
        }
    }

    private static IEnumerable<InputValue> Missing(OrderedDictionary<string, InputValue>? definitions, IReadOnlyList<Argument> given) =>
        definitions is null ? [] : definitions.Values.Where(d => d.Type is NonNullGraphType && d.DefaultValue is null
            && given.All(a => a.Name.Value != d.Name));

    /// <summary>5.5.2.3 Fragment spread is possible.</summary>
    public static void PossibleFragmentSpreads(ValidationContext c)
    {
        foreach (var (fragment, parent) in TypedSelections.Fragments(c))
        {
            if (parent is null)
            {
                continue;
            }
            var (name, condition) = fragment switch
            {
                InlineFragment { TypeCondition: { } t } => ((string?)null, t.Name.Value),
                FragmentSpread spread when c.Fragment(spread.Name.Value) is { } definition => (spread.Name.Value, definition.TypeCondition.Name.Value),
                _ => (null, (string?)null),
            };
            if (condition is null || c.Schema.GetType(condition) is not { } type || !NameRules.IsComposite(type) || Overlap(c.Schema, type, parent))
            {
                continue;
            }
            c.Report(name is null
                ? $"Fragment cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{type.Name}\"."
                : $"Fragment \"{name}\" cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{type.Name}\".",
                fragment.Location);
        }
    }

    private static bool Overlap(Schema schema, NamedGraphType a, NamedGraphType b) =>
        a == b || schema.PossibleTypes(a).Intersect(schema.PossibleTypes(b)).Any();

    private static IEnumerable<Directive> AllDirectives(ValidationContext c) =>
        c.Operations.SelectMany(o => o.Directives.Concat(o.Variables.SelectMany(v => v.Directives)))
            .Concat(c.FragmentDefinitions.SelectMany(f => f.Directives))
            .Concat(DocumentRules.AllSelectionSets(c).SelectMany(s => s.Selections).SelectMany(s => s.Directives));
}
