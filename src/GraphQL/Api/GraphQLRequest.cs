using System.Text.Json;

namespace DutyGraph.Server.Api;

/// <summary>The parameters of a GraphQL-over-HTTP request, from a JSON body or from the query string of a GET.</summary>
public sealed record GraphQLRequest(string Query, string? OperationName, IReadOnlyDictionary<string, JsonElement>? Variables)
{
    /// <summary>Reads the parameters; null and a reason when they are not what the specification allows.</summary>
    public static (GraphQLRequest? Request, string? Problem) FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "The request body must be a JSON object.");
        }
        if (!body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return (null, "The request must have a string \"query\" parameter.");
        }
        string? operationName = null;
        if (body.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return (null, "The \"operationName\" parameter must be a string or null.");
            }
            operationName = name.GetString();
        }
        Dictionary<string, JsonElement>? variables = null;
        if (body.TryGetProperty("variables", out var vars) && vars.ValueKind != JsonValueKind.Null)
        {
            if (vars.ValueKind != JsonValueKind.Object)
            {
                return (null, "The \"variables\" parameter must be an object or null.");
            }
            variables = vars.EnumerateObject().Aggregate(new Dictionary<string, JsonElement>(), Last);
        }
        if (body.TryGetProperty("extensions", out var extensions) && extensions.ValueKind is not (JsonValueKind.Null or JsonValueKind.Object))
        {
            return (null, "The \"extensions\" parameter must be an object or null.");
        }
        return (new GraphQLRequest(query.GetString()!, operationName, variables), null);
    }

    public static (GraphQLRequest? Request, string? Problem) FromQueryString(IQueryCollection query)
    {
        if (query["query"] is not { Count: 1 } text || string.IsNullOrEmpty(text[0]))
        {
            return (null, "The request must have a \"query\" parameter.");
        }
        Dictionary<string, JsonElement>? variables = null;
        if (query["variables"] is { Count: > 0 } vars && !string.IsNullOrEmpty(vars[0]))
        {
            try
            {
                using var parsed = JsonDocument.Parse(vars[0]!);
                if (parsed.RootElement.ValueKind == JsonValueKind.Object)
                {
                    variables = parsed.RootElement.EnumerateObject().Aggregate(new Dictionary<string, JsonElement>(), Last);
                }
                else if (parsed.RootElement.ValueKind != JsonValueKind.Null)
                {
                    return (null, "The \"variables\" parameter must be a JSON object.");
                }
            }
            catch (JsonException)
            {
                return (null, "The \"variables\" parameter is not valid JSON.");
            }
        }
        var operationName = query["operationName"] is { Count: > 0 } op && !string.IsNullOrEmpty(op[0]) ? op[0] : null;
        return (new GraphQLRequest(text[0]!, operationName, variables), null);
    }

    /// <summary>A JSON object's members by name; a repeated name keeps its last value, as JSON.parse does.</summary>
    private static Dictionary<string, JsonElement> Last(Dictionary<string, JsonElement> members, JsonProperty member)
    {
        members[member.Name] = member.Value.Clone();
        return members;
    }
}
