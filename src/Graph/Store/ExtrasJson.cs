using System.Text.Json;
using DutyGraph.Graph.Common;

namespace DutyGraph.Graph.Store;

/// <summary>Unknown columns stored as a JSON array of [header, value] pairs, in order.</summary>
internal static class ExtrasJson
{
    public static string? Serialize(Extras extras)
    {
        if (extras.IsEmpty)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var (key, value) in extras.Pairs)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(key);
                writer.WriteStringValue(value);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static Extras Deserialize(string? json)
    {
        if (json is null)
        {
            return Extras.Empty;
        }
        using var document = JsonDocument.Parse(json);
        return new Extras(document.RootElement.EnumerateArray()
            .Select(pair => KeyValuePair.Create(pair[0].GetString()!, pair[1].GetString()!)));
    }
}
