using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Validation;

/// <summary>
/// A value literal where it stands: the input type expected there (null when unknown), whether
/// that position has a default of its own, and the input type one level up (graphql-js's
/// TypeInfo input type, default value and parent input type).
/// </summary>
internal sealed record TypedValue(Value Value, GraphType? Type, bool PositionHasDefault, GraphType? ParentType);

internal static class TypedValues
{
    /// <summary>The argument values of an operation (its directives, selections and the fragments it reaches); <see cref="Expand"/> goes inside them.</summary>
    public static IEnumerable<TypedValue> InOperation(ValidationContext c, OperationDefinition operation) =>
        Directives(c, operation.Directives)
            .Concat(InSelections(c, operation.SelectionSet, c.Schema.RootType(operation.Operation)))
            .Concat(c.RecursivelyReferencedFragments(operation.SelectionSet).SelectMany(f =>
                Directives(c, f.Directives).Concat(InSelections(c, f.SelectionSet, TypedSelections.Composite(c, f.TypeCondition.Name.Value)))));

    /// <summary>The argument values and variable defaults of the document, each once.</summary>
    public static IEnumerable<TypedValue> InDocument(ValidationContext c) =>
        c.Operations.SelectMany(o => Directives(c, o.Directives)
                .Concat(o.Variables.SelectMany(v => Directives(c, v.Directives)))
                .Concat(o.Variables.Where(v => v.DefaultValue is not null)
                    .Select(v => new TypedValue(v.DefaultValue!, Execution.VariableValues.TypeOf(c.Schema, v.Type), false, null)))
                .Concat(InSelections(c, o.SelectionSet, c.Schema.RootType(o.Operation))))
            .Concat(c.FragmentDefinitions.SelectMany(f => Directives(c, f.Directives)
                .Concat(InSelections(c, f.SelectionSet, TypedSelections.Composite(c, f.TypeCondition.Name.Value)))));

    private static IEnumerable<TypedValue> InSelections(ValidationContext c, SelectionSet set, NamedGraphType? parent)
    {
        foreach (var item in TypedSelections.Walk(c, set, parent))
        {
            switch (item)
            {
                case TypedField typed:
                    foreach (var argument in typed.Field.Arguments)
                    {
                        var definition = typed.Definition?.Arguments.GetValueOrDefault(argument.Name.Value);
                        yield return new TypedValue(argument.Value, definition?.Type, definition?.DefaultValue is not null, null);
                    }
                    foreach (var value in Directives(c, typed.Field.Directives))
                    {
                        yield return value;
                    }
                    break;
                case TypedFragment fragment:
                    foreach (var value in Directives(c, fragment.Fragment.Directives))
                    {
                        yield return value;
                    }
                    break;
            }
        }
    }

    private static IEnumerable<TypedValue> Directives(ValidationContext c, IReadOnlyList<Directive> directives) =>
        directives.SelectMany(d => d.Arguments.Select(a =>
        {
            var definition = c.Schema.GetDirective(d.Name.Value)?.Arguments.GetValueOrDefault(a.Name.Value);
            return new TypedValue(a.Value, definition?.Type, definition?.DefaultValue is not null, null);
        }));

    /// <summary>A value and everything inside it, each with its expected type, as graphql-js's TypeInfo tracks them.</summary>
    public static IEnumerable<TypedValue> Expand(Value value, GraphType? type, bool hasDefault, GraphType? parent)
    {
        yield return new TypedValue(value, type, hasDefault, parent);
        switch (value)
        {
            case ListValue list:
                var nullable = type is NonNullGraphType n ? n.OfType : type;
                var item = nullable is ListGraphType l ? l.OfType : nullable;
                foreach (var element in list.Items)
                {
                    foreach (var inner in Expand(element, item, false, type))
                    {
                        yield return inner;
                    }
                }
                break;
            case ObjectValue obj:
                var input = type?.NamedType as InputObjectGraphType;
                foreach (var field in obj.Fields)
                {
                    var definition = input?.Fields.GetValueOrDefault(field.Name.Value);
                    foreach (var inner in Expand(field.Value, definition?.Type, definition?.DefaultValue is not null, type))
                    {
                        yield return inner;
                    }
                }
                break;
        }
    }
}
