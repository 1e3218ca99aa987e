using DutyGraph.Graph.Neo4j;
using DutyGraph.Graph.Neo4j.QueryApi;

namespace DutyGraph.Tests.Neo4j;

/// <summary>The client and the schema against a real Neo4j (skipped without one; see <see cref="LiveNeo4jFactAttribute"/>).</summary>
[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jLiveTests : IDisposable
{
    private static readonly CypherStatement Echo = new("LiveEcho", "RETURN $values AS values", ["values"], Idempotent: true);
    private static readonly CypherStatement Create = new("LiveCreate", "CREATE (:DutyGraphLiveTest {run: $run})", ["run"], Idempotent: false);
    private static readonly CypherStatement Count = new("LiveCount", "MATCH (n:DutyGraphLiveTest {run: $run}) RETURN count(n) AS n", ["run"], Idempotent: true);

    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose() => _http.Dispose();

    [LiveNeo4jFact]
    public async Task Init_run_twice_creates_the_schema_once_and_the_full_text_index_is_there()
    {
        var client = LiveNeo4j.Client(_http);
        await Neo4jSchema.InitializeAsync(client, null, CancellationToken.None);
        var lines = new List<string>();

        var indexes = await Neo4jSchema.InitializeAsync(client, new Collect(lines), CancellationToken.None);

        Assert.All(lines, line => Assert.EndsWith(": present", line, StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.Name == "duty_text" && i.Type == "FULLTEXT");
        Assert.Contains(indexes, i => i.Name == "unit_id");
    }

    [LiveNeo4jFact]
    public async Task Typed_values_come_back_from_a_real_server_as_they_were_sent()
    {
        var values = new Dictionary<string, object?> { ["big"] = 9_007_199_254_740_993L, ["day"] = new DateOnly(2025, 6, 30), ["none"] = null, ["name"] = "县民政局" };

        var result = await LiveNeo4j.Client(_http).RunAsync(Echo.With(("values", values)), CancellationToken.None);

        var back = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(result.Rows)[0]);
        Assert.Equal((9_007_199_254_740_993L, new DateOnly(2025, 6, 30), null, "县民政局"), ((long)back["big"]!, (DateOnly)back["day"]!, back["none"], (string)back["name"]!));
    }

    [LiveNeo4jFact]
    public async Task A_transaction_whose_work_throws_leaves_nothing_behind()
    {
        var client = LiveNeo4j.Client(_http);
        var run = Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.InTransactionAsync<int>(async (tx, ct) =>
        {
            await tx.RunAsync(Create.With(("run", run)), ct);
            throw new InvalidOperationException("refused after the first write");
        }, idempotent: false, CancellationToken.None));

        var left = await client.RunAsync(Count.With(("run", run)), CancellationToken.None);
        Assert.Equal(0L, Assert.Single(left.Rows)[0]);
    }

    private sealed class Collect(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}
