using DutyGraph.Graph.Neo4j;
using DutyGraph.Graph.Neo4j.QueryApi;
using DutyGraph.Graph.Neo4j.Store;

namespace DutyGraph.Tests.Neo4j;

/// <summary>
/// A test that needs a live Neo4j 5 (5.26 or later, or Aura): it runs when <c>NEO4J_URI</c>,
/// <c>NEO4J_USERNAME</c> and <c>NEO4J_PASSWORD</c> (and optionally <c>NEO4J_DATABASE</c>) are set,
/// and is reported as skipped, with that reason, otherwise.
/// </summary>
public sealed class LiveNeo4jFactAttribute : FactAttribute
{
    public const string Reason = "needs a live Neo4j 5: set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD (see the README)";

    public LiveNeo4jFactAttribute()
    {
        if (LiveNeo4j.Settings() is null)
        {
            Skip = Reason;
        }
    }
}

/// <summary>The tests that use the live Neo4j run one at a time: they share its database.</summary>
[CollectionDefinition(LiveNeo4j.Collection, DisableParallelization = true)]
public sealed class LiveNeo4jCollection;

public static class LiveNeo4j
{
    public const string Collection = "live Neo4j";

    /// <summary>Empties the test database: every node and relationship (test code only; the store never sends it).</summary>
    private static readonly CypherStatement ClearDatabase = new("LiveClearDatabase", "MATCH (n) DETACH DELETE n", [], Idempotent: true);

    /// <summary>A Neo4j store over an empty database with the store's schema.</summary>
    public static async Task<Neo4jGraphStore> EmptyStoreAsync(CancellationToken ct)
    {
        var store = Neo4jGraphStore.Connect(Settings() ?? throw new InvalidOperationException(LiveNeo4jFactAttribute.Reason));
        using (var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan })
        {
            await Client(http).RunAsync(ClearDatabase.With(), ct);
        }
        await store.InitializeAsync(ct);
        return store;
    }

    /// <summary>The settings from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE, read as the executable reads them.</summary>
    public static Neo4jSettings? Settings() => new DutyGraph.Server.Hosting.Neo4jOptions().Resolve().Settings;

    public static QueryApiClient Client(HttpClient http) => new(http, Settings() ?? throw new InvalidOperationException(LiveNeo4jFactAttribute.Reason));
}
