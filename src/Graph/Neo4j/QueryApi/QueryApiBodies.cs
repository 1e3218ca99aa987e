using System.Text.Json;

namespace DutyGraph.Graph.Neo4j.QueryApi;

/// <summary>The Query API's request and response bodies, written and read by hand (no mapping library).</summary>
internal static class QueryApiBodies
{
    /// <summary><c>{"statement": …, "parameters": {…typed…}, "includeCounters": true}</c>, or <c>{}</c> for a commit without a statement.</summary>
    public static byte[] Request(CypherCall? call)
    {
        using var buffer = new MemoryStream();
        // Chinese text is written as it is, not as \uXXXX escapes (a third of the bytes); the body is never HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (call is not null)
            {
                json.WriteString("statement", call.Statement.Text);
                json.WritePropertyName("parameters");
                json.WriteStartObject();
                foreach (var (name, value) in call.Parameters)
                {
                    json.WritePropertyName(name);
                    TypedValues.Write(json, value);
                }
                json.WriteEndObject();
                json.WriteBoolean("includeCounters", true);
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>A body as JSON, or null when it is empty or not JSON (a proxy's HTML page): each answer is parsed once.</summary>
    public static JsonDocument? Parse(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first error of an error body (<c>{"errors": [{"code", "message"}]}</c>), or null when the body has none.</summary>
    public static (string Code, string Message)? Error(JsonDocument? body)
    {
        if (body?.RootElement is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return null;
        }
        var first = errors[0];
        return (Text(first, "code") ?? "Neo.DatabaseError.General.UnknownError", Text(first, "message") ?? "(no message)");
    }

    /// <summary>The result of a successful answer, and the transaction it opened or continued (if any).</summary>
    public static (QueryResult Result, string? Transaction) Response(byte[] body, JsonDocument? parsed, string server)
    {
        if (body.Length == 0)
        {
            return (QueryResult.Empty, null);
        }
        if (parsed is null)
        {
            throw new Neo4jException(Neo4jException.Protocol, $"Neo4j at {server} answered with a body that is not JSON");
        }
        var root = parsed.RootElement;
        var transaction = root.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.Object ? Text(tx, "id") : null;
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return (QueryResult.Empty, transaction);
        }
        try
        {
            var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
            var rows = data.TryGetProperty("values", out var v)
                ? v.EnumerateArray().Select((row, r) => row.EnumerateArray().Select((cell, c) => TypedValues.Read(cell, $"row {r} {fields.ElementAtOrDefault(c)}")).ToArray()).ToList()
                : [];
            var counters = root.TryGetProperty("counters", out var k) && k.ValueKind == JsonValueKind.Object
                ? k.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal)
                : [];
            return (new QueryResult(fields, rows, counters), transaction);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
        {
            throw new Neo4jException(Neo4jException.Protocol, $"Neo4j at {server} answered with a result DutyGraph cannot read: {e.Message}", inner: e)
            {
                Transaction = transaction,
            };
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) => n,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object when value.TryGetProperty("$type", out _) => TypedValues.Read(value),
        _ => null,
    };
}
