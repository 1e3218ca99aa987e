using DutyGraph.Graph.Neo4j;
using DutyGraph.Graph.Neo4j.QueryApi;

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

public static class LiveNeo4j
{
    /// <summary>The settings from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE, read as the executable reads them.</summary>
    public static Neo4jSettings? Settings() => new DutyGraph.Server.Hosting.Neo4jOptions().Resolve().Settings;

    public static QueryApiClient Client(HttpClient http) => new(http, Settings() ?? throw new InvalidOperationException(LiveNeo4jFactAttribute.Reason));
}
