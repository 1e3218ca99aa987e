using System.Globalization;
using System.Text.Json;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>
/// A value that does not fit its type; the message says why, as graphql-js says it. For a
/// variable's JSON value it also says which part of the value (<see cref="Value"/>, at <see cref="Path"/>).
/// </summary>
public sealed class CoercionException(string message, JsonElement? value = null, IReadOnlyList<object>? path = null) : Exception(message)
{
    public JsonElement? Value { get; } = value;
    public IReadOnlyList<object> Path { get; } = path ?? [];
}

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
        (_, var custom) => scalar.Codec is null ? CustomScalarLiteral(custom) : ParseCustomLiteral(custom, scalar),
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

    /// <summary>A literal through a custom scalar's codec; a list or object literal is refused in the codec's words.</summary>
    internal static object ParseCustomLiteral(Value literal, ScalarGraphType scalar) => literal is ListValue or ObjectValue or NullValue
        ? throw new CoercionException($"{scalar.Name} cannot represent value: {Printer.Print(literal)}")
        : scalar.Codec!.Parse(CustomScalarLiteral(literal));

    private static CoercionException Invalid(Value literal) => new(Printer.Print(literal));

    /// <summary>A variable's JSON value as a value of the type; a <see cref="CoercionException"/> says what is wrong and where inside the value.</summary>
    public static object? FromJson(JsonElement json, GraphType type) => FromJson(json, type, []);

    private static object? FromJson(JsonElement json, GraphType type, List<object> path)
    {
        switch (type)
        {
            case NonNullGraphType nonNull:
                if (json.ValueKind == JsonValueKind.Null)
                {
                    throw new CoercionException($"Expected value of non-null type \"{type}\" not to be null.", json, path);
                }
                return FromJson(json, nonNull.OfType, path);
            case ListGraphType list:
                if (json.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }
                if (json.ValueKind != JsonValueKind.Array)
                {
                    return new List<object?> { FromJson(json, list.OfType, path) };
                }
                var items = new List<object?>();
                var index = 0;
                foreach (var item in json.EnumerateArray())
                {
                    items.Add(FromJson(item, list.OfType, [.. path, index++]));
                }
                return items;
        }
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        switch (type)
        {
            case InputObjectGraphType input:
                return InputObjectFromJson(json, input, path);
            case EnumGraphType enumType:
                if (json.ValueKind == JsonValueKind.String && enumType.Values.ContainsKey(json.GetString()!))
                {
                    return json.GetString();
                }
                var suggestions = Messages.Suggestions.DidYouMean(
                    json.ValueKind == JsonValueKind.String ? Messages.Suggestions.Closest(json.GetString()!, enumType.Values.Keys) : [], "the enum value");
                throw new CoercionException(json.ValueKind == JsonValueKind.String
                    ? $"Value {Messages.Inspect.Json(json)} does not exist in \"{enumType.Name}\" enum.{suggestions}"
                    : $"Enum \"{enumType.Name}\" cannot represent non-string value: {Messages.Inspect.Json(json)}.{suggestions}", json, path);
            case ScalarGraphType scalar:
                try
                {
                    return ScalarFromJson(json, scalar);
                }
                catch (CoercionException e)
                {
                    throw new CoercionException(e.Message, json, path);
                }
            default:
                throw new CoercionException($"Expected value of type \"{type}\", found: {Messages.Inspect.Json(json)}.", json, path);
        }
    }

    private static Dictionary<string, object?> InputObjectFromJson(JsonElement json, InputObjectGraphType input, List<object> path)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new CoercionException($"Expected value of type \"{input.Name}\" to be an object, found: {Messages.Inspect.Json(json)}.", json, path);
        }
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields.Values)
        {
            if (json.TryGetProperty(field.Name, out var given))
            {
                result[field.Name] = FromJson(given, field.Type, [.. path, field.Name]);
            }
            else if (field.DefaultValue is not null)
            {
                result[field.Name] = FromLiteral(field.DefaultValue, field.Type, new Dictionary<string, object?>());
            }
            else if (field.Type is NonNullGraphType)
            {
                throw new CoercionException($"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {Messages.Inspect.Json(json)}.", json, path);
            }
        }
        foreach (var property in json.EnumerateObject().Where(p => !input.Fields.ContainsKey(p.Name)))
        {
            var suggestion = Messages.Suggestions.DidYouMean(Messages.Suggestions.Closest(property.Name, input.Fields.Keys));
            throw new CoercionException($"Expected value of type \"{input.Name}\" not to include unknown field \"{property.Name}\""
                + $"{(suggestion.Length > 0 ? $".{suggestion} Found" : ", found")}: {Messages.Inspect.Json(json)}.", json, path);
        }
        if (input.IsOneOf)
        {
            var given = json.EnumerateObject().ToList();
            if (given.Count != 1)
            {
                throw new CoercionException(Validation.InputObjects.OneOf(input), json, path);
            }
            if (given[0].Value.ValueKind == JsonValueKind.Null)
            {
                throw new CoercionException(Validation.InputObjects.OneOf(input), json, [.. path, given[0].Name]);
            }
        }
        return result;
    }

    private static object ScalarFromJson(JsonElement json, ScalarGraphType scalar) => scalar.Name switch
    {
        _ when scalar.Codec is { } codec => codec.Parse(json.ValueKind switch
        {
            JsonValueKind.String => json.GetString()!,
            JsonValueKind.Number => json.TryGetInt64(out var whole) ? whole : json.GetDouble(),
            JsonValueKind.True or JsonValueKind.False => json.GetBoolean(),
            _ => throw new CoercionException($"{scalar.Name} cannot represent value: {Messages.Inspect.Json(json)}"),
        }),
        "Int" when json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out var n) => n,
        "Int" when json.ValueKind == JsonValueKind.Number && json.TryGetDouble(out var big) && big == Math.Floor(big)
            => throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {json.GetRawText()}"),
        "Int" => throw new CoercionException($"Int cannot represent non-integer value: {Messages.Inspect.Json(json)}"),
        "Float" when json.ValueKind == JsonValueKind.Number => json.GetDouble(),
        "Float" => throw new CoercionException($"Float cannot represent non numeric value: {Messages.Inspect.Json(json)}"),
        "String" when json.ValueKind == JsonValueKind.String => json.GetString()!,
        "String" => throw new CoercionException($"String cannot represent a non string value: {Messages.Inspect.Json(json)}"),
        "Boolean" when json.ValueKind is JsonValueKind.True or JsonValueKind.False => json.GetBoolean(),
        "Boolean" => throw new CoercionException($"Boolean cannot represent a non boolean value: {Messages.Inspect.Json(json)}"),
        "ID" when json.ValueKind == JsonValueKind.String => json.GetString()!,
        "ID" when json.ValueKind == JsonValueKind.Number && json.TryGetInt64(out var id) => id.ToString(CultureInfo.InvariantCulture),
        "ID" => throw new CoercionException($"ID cannot represent value: {Messages.Inspect.Json(json)}"),
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
        (ScalarGraphType { Codec: { } codec }, _) => codec.Serialize(value),
        (EnumGraphType e, string name) when e.Values.ContainsKey(name) => name,
        (EnumGraphType e, _) => throw new FieldException($"Enum \"{e.Name}\" cannot represent value: {Show(value)}"),
        ({ Name: "Int" }, int or short or byte) => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        ({ Name: "Int" }, long l) when l is >= int.MinValue and <= int.MaxValue => (int)l,
        ({ Name: "Int" }, long) => throw new FieldException($"Int cannot represent non 32-bit signed integer value: {Show(value)}"),
        ({ Name: "Int" }, double d) when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        ({ Name: "Int" }, double d) when d == Math.Floor(d) => throw new FieldException($"Int cannot represent non 32-bit signed integer value: {Show(value)}"),
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
