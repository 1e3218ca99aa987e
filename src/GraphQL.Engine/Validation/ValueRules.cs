using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Messages;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Validation;

/// <summary>Rules about values and where variables are used (5.6.1, 5.8.5).</summary>
internal static class ValueRules
{
    /// <summary>5.8.5 All Variable Usages Are Allowed.</summary>
    public static void VariablesInAllowedPosition(ValidationContext c)
    {
        foreach (var operation in c.Operations)
        {
            var definitions = operation.Variables.GroupBy(v => v.Variable.Name.Value).ToDictionary(g => g.Key, g => g.First());
            foreach (var usage in TypedValues.InOperation(c, operation).SelectMany(v => TypedValues.Expand(v.Value, v.Type, v.PositionHasDefault, v.ParentType)))
            {
                if (usage.Value is not Variable variable || usage.Type is null
                    || !definitions.TryGetValue(variable.Name.Value, out var definition)
                    || VariableValues.TypeOf(c.Schema, definition.Type) is not { } variableType)
                {
                    continue;
                }
                if (!Allowed(c.Schema, variableType, definition.DefaultValue, usage.Type, usage.PositionHasDefault))
                {
                    c.Report($"Variable \"${variable.Name.Value}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".",
                        definition.Location, variable.Location);
                }
                if (usage.ParentType is InputObjectGraphType { IsOneOf: true } oneOf && variableType is not NonNullGraphType)
                {
                    c.Report($"Variable \"${variable.Name.Value}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        definition.Location, variable.Location);
                }
            }
        }
    }

    private static bool Allowed(Schema schema, GraphType variableType, Value? variableDefault, GraphType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullGraphType nonNull && variableType is not NonNullGraphType)
        {
            var hasNonNullDefault = variableDefault is not null and not NullValue;
            return (hasNonNullDefault || locationHasDefault) && IsSubType(schema, variableType, nonNull.OfType);
        }
        return IsSubType(schema, variableType, locationType);
    }

    private static bool IsSubType(Schema schema, GraphType maybeSub, GraphType super) => (maybeSub, super) switch
    {
        _ when maybeSub.ToString() == super.ToString() => true,
        (NonNullGraphType a, NonNullGraphType b) => IsSubType(schema, a.OfType, b.OfType),
        (_, NonNullGraphType) => false,
        (NonNullGraphType a, _) => IsSubType(schema, a.OfType, super),
        (ListGraphType a, ListGraphType b) => IsSubType(schema, a.OfType, b.OfType),
        (_, ListGraphType) or (ListGraphType, _) => false,
        (ObjectGraphType or InterfaceGraphType, InterfaceGraphType or UnionGraphType) =>
            maybeSub is ObjectGraphType o ? schema.PossibleTypes((NamedGraphType)super).Contains(o)
                : ((InterfaceGraphType)maybeSub).Interfaces.Contains(super),
        _ => false,
    };

    /// <summary>5.6.1 Values of Correct Type.</summary>
    public static void ValuesOfCorrectType(ValidationContext c)
    {
        foreach (var root in TypedValues.InDocument(c))
        {
            Check(c, root.Value, root.Type);
        }
    }

    private static void Check(ValidationContext c, Value value, GraphType? type)
    {
        switch (value)
        {
            case Variable:
                return;
            case ListValue list:
                var nullable = type is NonNullGraphType n ? n.OfType : type;
                if (nullable is ListGraphType listType)
                {
                    foreach (var item in list.Items)
                    {
                        Check(c, item, listType.OfType);
                    }
                }
                else
                {
                    Leaf(c, value, nullable);
                }
                return;
            case ObjectValue obj:
                if (type?.NamedType is not InputObjectGraphType input)
                {
                    Leaf(c, value, type);
                    return;
                }
                if (InputObjects.MissingOrUnknown(input, obj) is { } problems)
                {
                    foreach (var (message, at) in problems)
                    {
                        c.Report(message, at);
                    }
                }
                foreach (var field in obj.Fields)
                {
                    if (input.Fields.GetValueOrDefault(field.Name.Value) is { } definition)
                    {
                        Check(c, field.Value, definition.Type);
                    }
                }
                return;
            case NullValue:
                if (type is NonNullGraphType)
                {
                    c.Report($"Expected value of non-null type \"{type}\" not to be null.", value.Location);
                }
                return;
            default:
                Leaf(c, value, type);
                return;
        }
    }

    /// <summary>isValidValueNode: a literal where a leaf (or unknown) type stands.</summary>
    private static void Leaf(ValidationContext c, Value value, GraphType? locationType)
    {
        if (locationType is null)
        {
            return;
        }
        var named = locationType.NamedType;
        if (named is InputObjectGraphType)
        {
            c.Report(InputObjects.NotAnObject(locationType is NonNullGraphType nonNull ? nonNull.OfType : locationType, value), value.Location);
            return;
        }
        if (named is not (ScalarGraphType or EnumGraphType))
        {
            c.Report($"Expected value of type \"{locationType}\", found: {Printer.Print(value)}.", value.Location);
            return;
        }
        if (LiteralError(value, named) is { } message)
        {
            c.Report(message, value.Location);
        }
    }

    /// <summary>What a built-in scalar's or an enum's parseLiteral says of a literal it cannot take; null when it can.</summary>
    internal static string? LiteralError(Value value, NamedGraphType type)
    {
        var printed = Printer.Print(value);
        switch (type)
        {
            case EnumGraphType e:
                var hint = Suggestions.DidYouMean(Suggestions.Closest(printed, e.Values.Keys), "the enum value");
                return value is not EnumValue enumValue ? $"Enum \"{e.Name}\" cannot represent non-enum value: {printed}.{hint}"
                    : e.Values.ContainsKey(enumValue.Text) ? null
                    : $"Value \"{printed}\" does not exist in \"{e.Name}\" enum.{hint}";
            case { Name: "Int" }:
                return value is not IntValue i ? $"Int cannot represent non-integer value: {printed}"
                    : int.TryParse(i.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _) ? null
                    : $"Int cannot represent non 32-bit signed integer value: {i.Text}";
            case { Name: "Float" }:
                return value is IntValue or FloatValue ? null : $"Float cannot represent non numeric value: {printed}";
            case { Name: "String" }:
                return value is StringValue ? null : $"String cannot represent a non string value: {printed}";
            case { Name: "Boolean" }:
                return value is BooleanValue ? null : $"Boolean cannot represent a non boolean value: {printed}";
            case { Name: "ID" }:
                return value is StringValue or IntValue ? null : $"ID cannot represent a non-string and non-integer value: {printed}";
            case ScalarGraphType { Codec: not null }:
                try
                {
                    Execution.Coercion.ParseCustomLiteral(value, (ScalarGraphType)type);
                    return null;
                }
                catch (Execution.CoercionException e)
                {
                    return e.Message;
                }
            default:
                return null;
        }
    }
}
