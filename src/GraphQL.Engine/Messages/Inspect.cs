using System.Globalization;
using System.Text.Json;

namespace DutyGraph.GraphQL.Engine.Messages;

/// <summary>Values as graphql-js's <c>inspect</c> prints them in messages: <c>{ a: 1, b: "x" }</c>, <c>[1, 2]</c>, <c>{}</c>.</summary>
public static class Inspect
{
    private const int MaxArrayLength = 10;
    private const int MaxDepth = 2;

    public static string Json(JsonElement value) => Format(value, 0);

    private static string Format(JsonElement value, int depth) => value.ValueKind switch
    {
        JsonValueKind.String => JsonSerializer.Serialize(value.GetString()),
        JsonValueKind.Number => value.TryGetInt64(out var l) ? l.ToString(CultureInfo.InvariantCulture) : value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => FormatArray(value, depth),
        JsonValueKind.Object => FormatObject(value, depth),
        _ => "undefined",
    };

    private static string FormatObject(JsonElement value, int depth)
    {
        var properties = value.EnumerateObject().ToList();
        if (properties.Count == 0)
        {
            return "{}";
        }
        return depth >= MaxDepth
            ? "[Object]"
            : "{ " + string.Join(", ", properties.Select(p => p.Name + ": " + Format(p.Value, depth + 1))) + " }";
    }

    private static string FormatArray(JsonElement value, int depth)
    {
        var items = value.EnumerateArray().ToList();
        if (items.Count == 0)
        {
            return "[]";
        }
        if (depth >= MaxDepth)
        {
            return "[Array]";
        }
        var shown = items.Take(MaxArrayLength).Select(i => Format(i, depth + 1)).ToList();
        var remaining = items.Count - shown.Count;
        if (remaining > 0)
        {
            shown.Add(remaining == 1 ? "... 1 more item" : $"... {remaining} more items");
        }
        return "[" + string.Join(", ", shown) + "]";
    }
}
