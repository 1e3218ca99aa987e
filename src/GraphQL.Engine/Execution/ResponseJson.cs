using System.Buffers;
using System.Text.Json;

namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>A result as the JSON of a GraphQL response: <c>errors</c> (when there are any) then <c>data</c>, as graphql-js orders them.</summary>
public static class ResponseJson
{
    /// <summary>
    /// Chinese text stays as UTF-8, as graphql-js writes it, rather than \uXXXX escapes. The
    /// response is application/json, never HTML, so the relaxed encoder is safe here.
    /// </summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, result);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the response as UTF-8 into a buffer (such as an HTTP response's body writer).</summary>
    public static void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(output, Options);
        Write(writer, result);
    }

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WriteStartArray("errors");
            foreach (var error in result.Errors)
            {
                writer.WriteStartObject();
                writer.WriteString("message", error.Message);
                if (error.Locations.Count > 0)
                {
                    writer.WriteStartArray("locations");
                    foreach (var location in error.Locations)
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber("line", location.Line);
                        writer.WriteNumber("column", location.Column);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                }
                if (error.Path is { } path)
                {
                    writer.WriteStartArray("path");
                    foreach (var segment in path)
                    {
                        if (segment is int index)
                        {
                            writer.WriteNumberValue(index);
                        }
                        else
                        {
                            writer.WriteStringValue(segment.ToString());
                        }
                    }
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}
