using System.Globalization;
using System.Text.Json;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>A value that does not fit its type; the message says why, as graphql-js says it.</summary>
public sealed class CoercionException(string message) : Exception(message);

/// <summary>
/// Input coercion (specification 3.5 and 5.6): literals and JSON variable values to the values
/// resolvers get (int, double, string, bool, enum names as strings, dictionaries, lists), and
/// result coercion of leaf values.
/// </summary>
public static class Coercion
{
    /// <summary>A literal as a value of the type; variables are looked up. Throws when it does not fit.</summary>
    public static object? FromLiteral(Value literal, GraphType type, IReadOnlyDictionary<string, object?> variables)
    {
        if (literal is Variable variable)
        {
            return variables.TryGetValue(variable.Name.Value, out var value) ? value : null;
        }
        switch (type)
        {
            case NonNullGraphType nonNull:
                if (literal is NullValue)
                {
                    throw new CoercionException("null");
                }
                return FromLiteral(literal, nonNull.OfType, variables);
            case ListGraphType list:
                if (literal is NullValue)
                {
                    return null;
                }
                return literal is ListValue items
                    ? items.Items.Select(i => FromLiteral(i, list.OfType, variables)).ToList()
                    : new List<object?> { FromLiteral(literal, list.OfType, variables) };
        }
        if (literal is NullValue)
        {
            return null;
        }
        return type switch
        {
            InputObjectGraphType input => InputObjectFromLiteral(literal, input, variables),
            EnumGraphType enumType => literal is EnumValue e && enumType.Values.ContainsKey(e.Text) ? e.Text : throw Invalid(literal),
            ScalarGraphType scalar => ScalarFromLiteral(literal, scalar),
            _ => throw Invalid(literal),
        };
    }

    private static Dictionary<string, object?> InputObjectFromLiteral(Value literal, InputObjectGraphType input, IReadOnlyDictionary<string, object?> variables)
    {
        if (literal is not ObjectValue obj)
        {
            throw Invalid(literal);
        }
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields.Values)
        {
            var given = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (given is null || (given.Value is Variable v && !variables.ContainsKey(v.Name.Value)))
            {
                if (field.DefaultValue is not null)
                {
                    result[field.Name] = FromLiteral(field.DefaultValue, field.Type, variables);
                }
                else if (field.Type is NonNullGraphType)
                {
                    throw Invalid(literal);
                }
                continue;
            }
            result[field.Name] = FromLiteral(given.Value, field.Type, variables);
        }
        if (obj.Fields.Any(f => !input.Fields.ContainsKey(f.Name.Value)))
        {
            throw Invalid(literal);
        }
        if (input.IsOneOf && (result.Count != 1 || result.Values.Single() is null))
        {
            throw Invalid(literal);
        }
        return result;
    }

    private static object ScalarFromLiteral(Value literal, ScalarGraphType scalar) => (scalar.Name, literal) switch
    {
        ("Int", IntValue i) when int.TryParse(i.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        ("Float", IntValue i) => double.Parse(i.Text, CultureInfo.InvariantCulture),
        ("Float", FloatValue f) => double.Parse(f.Text, CultureInfo.InvariantCulture),
        ("String", StringValue s) => s.Text,
        ("Boolean", BooleanValue b) => b.Flag,
        ("ID", StringValue s) => s.Text,
        ("ID", IntValue i) => i.Text,
        ("Int" or "Float" or "String" or "Boolean" or "ID", _) => throw Invalid(literal),
        (_, var custom) => CustomScalarLiteral(custom),
    };

    /// <summary>A custom scalar's literal as plain data (graphql-js's default for scalars without parseLiteral).</summary>
    private static object CustomScalarLiteral(Value literal) => literal switch
    {
        StringValue s => s.Text,
        IntValue i => long.Parse(i.Text, CultureInfo.InvariantCulture),
        FloatValue f => double.Parse(f.Text, CultureInfo.InvariantCulture),
        BooleanValue b => b.Flag,
        EnumValue e => e.Text,
        _ => throw Invalid(literal),
    };

    private static CoercionException Invalid(Value literal) => new(Printer.Print(literal));

    /// <summary>A variable's JSON value as a value of the type; the message names what is wrong.</summary>
    public static object? FromJson(JsonElement json, GraphType type)
    {
        switch (type)
        {
            case NonNullGraphType nonNull:
                if (json.ValueKind == JsonValueKind.Null)
                {
                    throw new CoercionException($"Expected non-nullable type \"{type}\" not to be null.");
                }
                return FromJson(json, nonNull.OfType);
            case ListGraphType list:
                if (json.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }
                return json.ValueKind == JsonValueKind.Array
                    ? json.EnumerateArray().Select(i => FromJson(i, list.OfType)).ToList()
                    : new List<object?> { FromJson(json, list.OfType) };
        }
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        switch (type)
        {
            case InputObjectGraphType input:
                if (json.ValueKind != JsonValueKind.Object)
                {
                    throw new CoercionException($"Expected type \"{input.Name}\" to be an object.");
                }
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields.Values)
                {
                    if (json.TryGetProperty(field.Name, out var given))
                    {
                        result[field.Name] = FromJson(given, field.Type);
                    }
                    else if (field.DefaultValue is not null)
                    {
                        result[field.Name] = FromLiteral(field.DefaultValue, field.Type, new Dictionary<string, object?>());
                    }
                    else if (field.Type is NonNullGraphType)
                    {
                        throw new CoercionException($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                    }
                }
                foreach (var property in json.EnumerateObject().Where(p => !input.Fields.ContainsKey(p.Name)))
                {
                    throw new CoercionException($"Field \"{property.Name}\" is not defined by type \"{input.Name}\".");
                }
                return result;
            case EnumGraphType enumType:
                return json.ValueKind == JsonValueKind.String && enumType.Values.ContainsKey(json.GetString()!)
                    ? json.GetString()
                    : throw new CoercionException($"Value \"{json}\" does not exist in \"{enumType.Name}\" enum.");
            case ScalarGraphType scalar:
                return ScalarFromJson(json, scalar);
            default:
                throw new CoercionException($"Expected type \"{type}\".");
        }
    }

    private static object ScalarFromJson(JsonElement json, ScalarGraphType scalar) => scalar.Name switch
    {
        "Int" when json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out var n) => n,
        "Int" => throw new CoercionException($"Int cannot represent non-integer value: {json.GetRawText()}"),
        "Float" when json.ValueKind == JsonValueKind.Number => json.GetDouble(),
        "Float" => throw new CoercionException($"Float cannot represent non numeric value: {json.GetRawText()}"),
        "String" when json.ValueKind == JsonValueKind.String => json.GetString()!,
        "String" => throw new CoercionException($"String cannot represent a non string value: {json.GetRawText()}"),
        "Boolean" when json.ValueKind is JsonValueKind.True or JsonValueKind.False => json.GetBoolean(),
        "Boolean" => throw new CoercionException($"Boolean cannot represent a non boolean value: {json.GetRawText()}"),
        "ID" when json.ValueKind == JsonValueKind.String => json.GetString()!,
        "ID" when json.ValueKind == JsonValueKind.Number && json.TryGetInt64(out var id) => id.ToString(CultureInfo.InvariantCulture),
        "ID" => throw new CoercionException($"ID cannot represent value: {json.GetRawText()}"),
        _ => json.ValueKind switch
        {
            JsonValueKind.String => json.GetString()!,
            JsonValueKind.Number => json.TryGetInt64(out var l) ? l : json.GetDouble(),
            JsonValueKind.True or JsonValueKind.False => json.GetBoolean(),
            _ => json.Clone(),
        },
    };

    /// <summary>A resolver's value of a leaf type as it goes into the response.</summary>
    public static object Serialize(object value, NamedGraphType type) => (type, value) switch
    {
        (EnumGraphType e, string name) when e.Values.ContainsKey(name) => name,
        (EnumGraphType e, _) => throw new FieldException($"Enum \"{e.Name}\" cannot represent value: {Show(value)}"),
        ({ Name: "Int" }, int or short or byte) => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        ({ Name: "Int" }, long l) when l is >= int.MinValue and <= int.MaxValue => (int)l,
        ({ Name: "Int" }, double d) when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        ({ Name: "Int" }, bool b) => b ? 1 : 0,
        ({ Name: "Int" }, _) => throw new FieldException($"Int cannot represent non-integer value: {Show(value)}"),
        ({ Name: "Float" }, int or long or double or float or decimal) => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        ({ Name: "Float" }, bool b) => b ? 1.0 : 0.0,
        ({ Name: "Float" }, _) => throw new FieldException($"Float cannot represent non numeric value: {Show(value)}"),
        ({ Name: "String" }, string s) => s,
        ({ Name: "String" }, bool b) => b ? "true" : "false",
        ({ Name: "String" }, int or long or double) => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        ({ Name: "String" }, _) => throw new FieldException($"String cannot represent value: {Show(value)}"),
        ({ Name: "Boolean" }, bool b) => b,
        ({ Name: "Boolean" }, int or long or double) => Convert.ToDouble(value, CultureInfo.InvariantCulture) != 0,
        ({ Name: "Boolean" }, _) => throw new FieldException($"Boolean cannot represent a non boolean value: {Show(value)}"),
        ({ Name: "ID" }, string s) => s,
        ({ Name: "ID" }, int or long) => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        ({ Name: "ID" }, _) => throw new FieldException($"ID cannot represent value: {Show(value)}"),
        _ => value,
    };

    private static string Show(object value) => value is string s ? Printer.PrintString(s) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
