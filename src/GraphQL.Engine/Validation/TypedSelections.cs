using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Validation;

/// <summary>A field as the validator sees it: its parent type and definition where known (graphql-js's TypeInfo).</summary>
internal sealed record TypedField(Field Field, NamedGraphType? ParentType, OutputField? Definition);

/// <summary>A fragment (spread or inline) with the composite type it is used in, where known.</summary>
internal sealed record TypedFragment(Selection Fragment, NamedGraphType? ParentType);

/// <summary>Walks operations and fragment definitions knowing, at each selection, the type it applies to.</summary>
internal static class TypedSelections
{
    public static IEnumerable<TypedField> Fields(ValidationContext c) => Walk(c).OfType<TypedField>();

    public static IEnumerable<TypedFragment> Fragments(ValidationContext c) => Walk(c).OfType<TypedFragment>();

    private static IEnumerable<object> Walk(ValidationContext c)
    {
        foreach (var operation in c.Operations)
        {
            foreach (var item in Walk(c, operation.SelectionSet, c.Schema.RootType(operation.Operation)))
            {
                yield return item;
            }
        }
        foreach (var fragment in c.FragmentDefinitions)
        {
            foreach (var item in Walk(c, fragment.SelectionSet, Composite(c, fragment.TypeCondition.Name.Value)))
            {
                yield return item;
            }
        }
    }

    /// <summary>The typed fields and fragments of one selection set, for a parent type.</summary>
    public static IEnumerable<object> Walk(ValidationContext c, SelectionSet set, NamedGraphType? parent)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case Field field:
                    var definition = Introspection.MetaFields.FieldOf(c.Schema, parent, field.Name.Value);
                    yield return new TypedField(field, parent, definition);
                    if (field.SelectionSet is { } inner)
                    {
                        var type = definition?.Type.NamedType;
                        foreach (var item in Walk(c, inner, type is not null && NameRules.IsComposite(type) ? type : null))
                        {
                            yield return item;
                        }
                    }
                    break;
                case InlineFragment inline:
                    yield return new TypedFragment(inline, parent);
                    var condition = inline.TypeCondition is { } named ? Composite(c, named.Name.Value) : parent;
                    foreach (var item in Walk(c, inline.SelectionSet, condition))
                    {
                        yield return item;
                    }
                    break;
                case FragmentSpread spread:
                    yield return new TypedFragment(spread, parent);
                    break;
            }
        }
    }

    public static NamedGraphType? Composite(ValidationContext c, string name) =>
        c.Schema.GetType(name) is { } type && NameRules.IsComposite(type) ? type : null;
}
