using DutyGraph.Graph.Neo4j;
using DutyGraph.Tests.Support;
using static DutyGraph.Tests.Neo4j.Reply;

namespace DutyGraph.Tests.Neo4j;

/// <summary><c>dutygraph import --store neo4j</c>, the real executable, against the Query API protocol server.</summary>
public sealed class Neo4jImportCommandTests : IAsyncLifetime
{
    private QueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await QueryApiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Dictionary<string, string> Environment() => new()
    {
        ["NEO4J_URI"] = _server.Uri.ToString(), ["NEO4J_USERNAME"] = QueryApiServer.User, ["NEO4J_PASSWORD"] = QueryApiServer.Password,
    };

    [Fact]
    public async Task An_import_into_Neo4j_creates_the_schema_then_writes_every_file_in_batches_in_one_transaction_and_commits()
    {
        using var temp = new TempFolder();
        var folder = SmallCounty.WriteTo(temp);
        _server.Script = r => r.Statement switch
        {
            var s when s == Cypher.TakeIds.Text => Data(["last"], [Typed("Integer", "100")]),
            // Neo4j would now hold the units the load sent: the names are answered from that request.
            var s when s == Cypher.NameIndexUnits.Text => Data(["id", "jurisdiction", "name", "aliases"], [.. UnitsSent().Select((u, i) => new[]
            {
                Typed("Integer", $"{95 + i}"), u["jurisdiction"]!.DeepClone(), u["name"]!.DeepClone(),
                u["aliases"]?["$type"]?.GetValue<string>() == "List" ? u["aliases"]!.DeepClone() : Typed("List", new System.Text.Json.Nodes.JsonArray()),
            })]),
            _ => Empty,
        };

        var run = await Support.Cli.RunAsync(Environment(), "import", folder, "--store", "neo4j");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"into {_server.Uri.Scheme}://{_server.Uri.Authority} (database neo4j): 6 units, 3 sections, 7 duties (9 holdings), 3 correspondences", run.Output, StringComparison.Ordinal);
        var requests = _server.Received.ToList();
        var schema = requests.TakeWhile(r => !r.Path.Contains("/tx", StringComparison.Ordinal)).ToList();
        Assert.Equal(Cypher.Schema.Select(s => s.Text), schema.Where(r => r.Statement != Cypher.ShowSchema.Text).Select(r => r.Statement));
        var load = requests.Skip(schema.Count).ToList();
        Assert.All(load, r => Assert.StartsWith("/db/neo4j/query/v2/tx", r.Path, StringComparison.Ordinal));
        Assert.Single(load, r => r.Path == "/db/neo4j/query/v2/tx");
        Assert.EndsWith("/commit", load[^1].Path, StringComparison.Ordinal);
        var units = Assert.Single(load, r => r.Statement == Cypher.MergeUnits.Text);
        Assert.Equal(6, units.Body!["parameters"]!["rows"]!["_value"]!.AsArray().Count);
        Assert.Equal(9, load.Where(r => r.Statement == Cypher.CreateHoldings.Text).Sum(r => r.Body!["parameters"]!["rows"]!["_value"]!.AsArray().Count));
    }

    private IEnumerable<System.Text.Json.Nodes.JsonNode> UnitsSent() =>
        _server.Received.Single(r => r.Statement == Cypher.MergeUnits.Text).Body!["parameters"]!["rows"]!["_value"]!.AsArray()
            .Select(row => row!["_value"]!["props"]!["_value"]!);

    [Fact]
    public async Task Choosing_Neo4j_without_an_address_is_refused_naming_what_to_set_and_nothing_is_written()
    {
        using var temp = new TempFolder();

        var run = await Support.Cli.RunAsync("import", SmallCounty.WriteTo(temp), "--store", "neo4j");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Store:Kind is Neo4j, but no Neo4j address: set Neo4j:Uri (or NEO4J_URI)", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
    }
}
