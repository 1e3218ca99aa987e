using DutyGraph.Graph.Neo4j.QueryApi;

namespace DutyGraph.Graph.Neo4j;

/// <summary>An index or constraint's index as the database reports it.</summary>
public sealed record Neo4jIndex(string Name, string Type, string State, string On);

/// <summary>
/// Creates the uniqueness constraints, indexes and the <c>cjk</c> full-text index the store relies
/// on, each only if missing: safe to run on every start and by <c>dutygraph neo4j init</c>.
/// Each statement runs on its own (Neo4j does not mix schema changes with other work in one transaction).
/// </summary>
public static class Neo4jSchema
{
    public static async Task<IReadOnlyList<Neo4jIndex>> InitializeAsync(QueryApiClient client, IProgress<string>? progress, CancellationToken ct)
    {
        foreach (var statement in Cypher.Schema)
        {
            var result = await client.RunAsync(statement.With(), ct);
            progress?.Report($"{statement.Name}: {(result.Counter("constraintsAdded") + result.Counter("indexesAdded") > 0 ? "created" : "present")}");
        }
        return await ListAsync(client, ct);
    }

    public static async Task<IReadOnlyList<Neo4jIndex>> ListAsync(QueryApiClient client, CancellationToken ct)
    {
        var result = await client.RunAsync(Cypher.ShowSchema.With(), ct);
        return [.. result.Records().Select(r => new Neo4jIndex(
            (string)r["name"]!, (string)r["type"]!, (string)r["state"]!,
            $"{string.Join("|", Texts(r["labelsOrTypes"]))}({string.Join(", ", Texts(r["properties"]))})"))];
    }

    private static IEnumerable<string> Texts(object? list) => list is IEnumerable<object?> items ? items.Select(i => i?.ToString() ?? "") : [];
}
