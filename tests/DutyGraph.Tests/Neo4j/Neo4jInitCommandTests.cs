using System.Text.Json.Nodes;
using DutyGraph.Graph.Neo4j;
using DutyGraph.Tests.Support;
using static DutyGraph.Tests.Neo4j.Reply;

namespace DutyGraph.Tests.Neo4j;

/// <summary><c>dutygraph neo4j init</c>, the real executable, against the Query API protocol server.</summary>
public sealed class Neo4jInitCommandTests : IAsyncLifetime
{
    private QueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await QueryApiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Dictionary<string, string> Environment(string password = QueryApiServer.Password) => new()
    {
        ["NEO4J_URI"] = _server.Uri.ToString(), ["NEO4J_USERNAME"] = QueryApiServer.User, ["NEO4J_PASSWORD"] = password,
    };

    [Fact]
    public async Task Init_sends_every_schema_statement_on_its_own_and_lists_what_the_database_then_has()
    {
        // As Neo4j counts them: a new full-text index is an index added, a new constraint a constraint added; the duty key is already there.
        static Reply Added(int indexes, int constraints) => new(202,
            $$$"""{"data":{"fields":[],"values":[]},"counters":{"containsUpdates":false,"indexesAdded":{{{indexes}}},"constraintsAdded":{{{constraints}}}}}""");
        _server.Script = request => request.Statement! switch
        {
            var s when s.StartsWith("SHOW INDEXES", StringComparison.Ordinal) => Data(["name", "type", "state", "labelsOrTypes", "properties"],
                [Typed("String", "duty_text"), Typed("String", "FULLTEXT"), Typed("String", "POPULATING"),
                 Typed("List", new JsonArray(Typed("String", "Duty"))), Typed("List", new JsonArray(Typed("String", "title"), Typed("String", "description")))]),
            var s when s.Contains("FULLTEXT", StringComparison.Ordinal) => Added(1, 0),
            var s when s.Contains("duty_key", StringComparison.Ordinal) => Added(0, 0),
            _ => Added(0, 1),
        };

        var run = await Support.Cli.RunAsync(Environment(), "neo4j", "init");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([.. Cypher.Schema.Select(s => s.Text), Cypher.ShowSchema.Text], _server.Received.Select(r => r.Statement));
        Assert.All(_server.Received, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        Assert.Contains("FullTextDuties: created", run.Output, StringComparison.Ordinal);
        Assert.Contains("ConstraintUnitId: created", run.Output, StringComparison.Ordinal);
        Assert.Contains("ConstraintDutyKey: present", run.Output, StringComparison.Ordinal);
        Assert.Contains("duty_text", run.Output, StringComparison.Ordinal);
        Assert.Contains("POPULATING", run.Output, StringComparison.Ordinal);
        Assert.Contains("Duty(title, description)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_with_a_wrong_password_fails_saying_what_to_check_without_printing_the_password()
    {
        var run = await Support.Cli.RunAsync(Environment(password: "not-it"), "neo4j", "init");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("refused to sign in user 'neo4j'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-it", run.Error + run.Output, StringComparison.Ordinal);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task Init_without_credentials_says_where_to_set_them_and_sends_nothing()
    {
        var run = await Support.Cli.RunAsync(new Dictionary<string, string> { ["NEO4J_URI"] = _server.Uri.ToString() }, "neo4j", "init");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("credentials are missing", run.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Received);
    }
}
