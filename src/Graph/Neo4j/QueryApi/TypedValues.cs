using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace DutyGraph.Graph.Neo4j.QueryApi;

/// <summary>A node as the Query API returns it.</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the Query API returns it.</summary>
public sealed record Neo4jRelationship(
    string ElementId, string Type, string StartElementId, string EndElementId, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A value of a type DutyGraph does not read into .NET (times, durations, points), kept as the Query API wrote it.</summary>
public sealed record Neo4jOpaque(string Type, string Text);

/// <summary>
/// The Query API's typed JSON (<c>application/vnd.neo4j.query</c>): every value is
/// <c>{"$type": …, "_value": …}</c>, integers and floats as strings, so a 64-bit integer beyond
/// 2^53 and a date survive the trip unchanged. Values read become null, bool, long, double,
/// string, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>, <see cref="DateTime"/> (local),
/// byte[], lists, maps, <see cref="Neo4jNode"/> and <see cref="Neo4jRelationship"/>.
/// </summary>
public static class TypedValues
{
    /// <summary>Writes a .NET value as a typed JSON value (a parameter of a statement).</summary>
    public static void Write(Utf8JsonWriter json, object? value)
    {
        json.WriteStartObject();
        switch (value)
        {
            case null:
                json.WriteString("$type", "Null");
                json.WriteNull("_value");
                break;
            case bool b:
                json.WriteString("$type", "Boolean");
                json.WriteBoolean("_value", b);
                break;
            case int or long or short or byte or uint:
                json.WriteString("$type", "Integer");
                json.WriteString("_value", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float:
                json.WriteString("$type", "Float");
                json.WriteString("_value", FloatText(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case string s:
                json.WriteString("$type", "String");
                json.WriteString("_value", s);
                break;
            case DateOnly d:
                json.WriteString("$type", "Date");
                json.WriteString("_value", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset t:
                json.WriteString("$type", "OffsetDateTime");
                json.WriteString("_value", t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                json.WriteString("$type", "Base64");
                json.WriteString("_value", Convert.ToBase64String(bytes));
                break;
            case IDictionary map:
                json.WriteString("$type", "Map");
                json.WritePropertyName("_value");
                json.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    json.WritePropertyName(entry.Key as string
                        ?? throw new ArgumentException($"a map parameter's keys must be strings; one was {entry.Key.GetType().Name}"));
                    Write(json, entry.Value);
                }
                json.WriteEndObject();
                break;
            case IEnumerable list:
                json.WriteString("$type", "List");
                json.WritePropertyName("_value");
                json.WriteStartArray();
                foreach (var item in list)
                {
                    Write(json, item);
                }
                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"a {value.GetType().Name} cannot be sent to Neo4j as a parameter");
        }
        json.WriteEndObject();
    }

    private static string FloatText(double d) => d switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => d.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>Reads a typed JSON value; a value that is not typed JSON is refused with the path to it.</summary>
    public static object? Read(JsonElement element, string path = "$")
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("$type", out var type) || type.ValueKind != JsonValueKind.String
            || !element.TryGetProperty("_value", out var value))
        {
            throw new InvalidDataException($"Neo4j answered with a value that is not typed JSON at {path}: {Clip(element.GetRawText())}");
        }
        try
        {
            return type.GetString() switch
            {
                "Null" => null,
                "Boolean" => value.GetBoolean(),
                "Integer" => long.Parse(Scalar(value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                "Float" => ParseFloat(Scalar(value)),
                "String" => value.GetString(),
                "Base64" => Convert.FromBase64String(value.GetString()!),
                "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                "LocalDateTime" => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.None),
                "OffsetDateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture),
                "List" => ReadList(value, path),
                "Map" => ReadMap(value, path),
                "Node" => ReadNode(value, path),
                "Relationship" => ReadRelationship(value, path),
                { } other => new Neo4jOpaque(other, value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()),
                null => throw new InvalidDataException($"Neo4j answered with a value without a type at {path}"),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException or KeyNotFoundException)
        {
            throw new InvalidDataException($"Neo4j answered with a {type.GetString()} that cannot be read at {path}: {Clip(value.GetRawText())}", e);
        }
    }

    private static string Scalar(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static List<object?> ReadList(JsonElement value, string path) =>
        [.. value.EnumerateArray().Select((item, i) => Read(item, $"{path}[{i}]"))];

    private static Dictionary<string, object?> ReadMap(JsonElement value, string path) =>
        value.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value, $"{path}.{p.Name}"), StringComparer.Ordinal);

    private static Neo4jNode ReadNode(JsonElement value, string path) => new(
        value.GetProperty("_element_id").GetString()!,
        [.. value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!)],
        ReadMap(value.GetProperty("_properties"), path + "._properties"));

    private static Neo4jRelationship ReadRelationship(JsonElement value, string path) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_type").GetString()!,
        value.GetProperty("_start_node_element_id").GetString()!,
        value.GetProperty("_end_node_element_id").GetString()!,
        ReadMap(value.GetProperty("_properties"), path + "._properties"));

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
