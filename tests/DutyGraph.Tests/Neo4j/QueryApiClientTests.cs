using System.Net;
using System.Text.Json.Nodes;
using DutyGraph.Graph.Neo4j;
using DutyGraph.Graph.Neo4j.QueryApi;
using static DutyGraph.Tests.Neo4j.Reply;

namespace DutyGraph.Tests.Neo4j;

/// <summary>The Query API client against a server that follows Neo4j's documented bodies.</summary>
public sealed class QueryApiClientTests : IAsyncLifetime
{
    private static readonly CypherStatement Read = new("ReadThing", "MATCH (n:Thing {id: $id}) RETURN n.id AS id", ["id"], Idempotent: true);
    private static readonly CypherStatement Write = new("CreateThing", "CREATE (n:Thing {id: $id})", ["id"], Idempotent: false);
    private static readonly CypherStatement Merge = new("MergeThing", "MERGE (n:Thing {id: $id})", ["id"], Idempotent: true);
    private static readonly CypherStatement Echo = new("EchoValues", "RETURN $values AS values", ["values"], Idempotent: true);

    private QueryApiServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _server = await QueryApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private QueryApiClient Client(string password = QueryApiServer.Password, TimeSpan? timeout = null, string database = "neo4j") =>
        new(_http, new Neo4jSettings
        {
            Uri = _server.Uri, Database = database, User = QueryApiServer.User, Password = password,
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(10), RetryDelay = TimeSpan.FromMilliseconds(1), MaxRetries = 3,
        });

    [Fact]
    public async Task Parameters_go_out_as_typed_json_with_integers_beyond_2_to_the_53_and_dates_kept_exact()
    {
        var values = new Dictionary<string, object?>
        {
            ["big"] = 9_007_199_254_740_993L, ["day"] = new DateOnly(2025, 6, 30), ["none"] = null, ["name"] = "县市场监督管理局",
            ["ok"] = true, ["ratio"] = 0.25, ["list"] = new object?[] { 1, "二" },
        };

        await Client().RunAsync(Echo.With(("values", values)), CancellationToken.None);

        var sent = Assert.Single(_server.Received);
        Assert.Equal(("application/vnd.neo4j.query", "application/vnd.neo4j.query"), (sent.ContentType, sent.Accept));
        var map = sent.Body!["parameters"]!["values"]!;
        Assert.Equal("Map", (string?)map["$type"]);
        Same("""{"$type":"Integer","_value":"9007199254740993"}""", map["_value"]!["big"]!);
        Same("""{"$type":"Date","_value":"2025-06-30"}""", map["_value"]!["day"]!);
        Same("""{"$type":"Null","_value":null}""", map["_value"]!["none"]!);
        Same("""{"$type":"Float","_value":"0.25"}""", map["_value"]!["ratio"]!);
        Same("""{"$type":"List","_value":[{"$type":"Integer","_value":"1"},{"$type":"String","_value":"二"}]}""", map["_value"]!["list"]!);
        Assert.Equal("RETURN $values AS values", sent.Statement);
        Assert.True((bool)sent.Body["includeCounters"]!);
    }

    private static void Same(string expected, JsonNode actual) => Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), actual.ToJsonString());

    [Fact]
    public async Task Typed_values_in_an_answer_are_read_as_dotnet_values_nodes_included()
    {
        var node = JsonNode.Parse("""
            {"$type":"Node","_value":{"_element_id":"4:ff04df25:2","_labels":["Unit"],"_properties":{"name":{"$type":"String","_value":"县民政局"},"id":{"$type":"Integer","_value":"7"}}}}
            """);
        _server.Script = _ => Data(["big", "day", "none", "ratio", "list", "node"],
            [Typed("Integer", "9007199254740993"), Typed("Date", "2025-06-30"), Typed("Null", null), Typed("Float", "3.2E9"),
             Typed("List", new JsonArray(Typed("Boolean", true), Typed("String", "乡"))), node]);

        var result = await Client().RunAsync(Read.With(("id", 7)), CancellationToken.None);

        var row = Assert.Single(result.Rows);
        Assert.Equal(9_007_199_254_740_993L, row[0]);
        Assert.Equal(new DateOnly(2025, 6, 30), row[1]);
        Assert.Null(row[2]);
        Assert.Equal(3.2e9, row[3]);
        Assert.Equal(new List<object?> { true, "乡" }, row[4]);
        var unit = Assert.IsType<Neo4jNode>(row[5]);
        Assert.Equal(["Unit"], unit.Labels);
        Assert.Equal(("县民政局", 7L), (unit.Properties["name"], unit.Properties["id"]));
    }

    [Fact]
    public async Task An_answer_value_that_is_not_typed_json_is_refused_with_where_it_was()
    {
        _server.Script = _ => Data(["id"], [JsonValue.Create(7)]);

        var refused = await Assert.ThrowsAsync<Neo4jException>(() => Client().RunAsync(Read.With(("id", 7)), CancellationToken.None));

        Assert.Contains("row 0 id", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transaction_of_several_statements_opens_continues_with_the_cluster_affinity_and_commits()
    {
        var result = await Client().InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(Write.With(("id", 1)), ct);
            await tx.RunAsync(Write.With(("id", 2)), ct);
            return tx.Id;
        }, idempotent: false, CancellationToken.None);

        var requests = _server.Received.ToList();
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx1", "POST /db/neo4j/query/v2/tx/tx1/commit"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal([null, QueryApiServer.Affinity, QueryApiServer.Affinity], requests.Select(r => r.Affinity));
        Assert.Equal("tx1", result);
        Assert.Empty(_server.OpenTransactions);
    }

    [Fact]
    public async Task Work_that_throws_rolls_its_transaction_back_and_the_error_reaches_the_caller()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Client().InTransactionAsync<int>(async (tx, ct) =>
        {
            await tx.RunAsync(Write.With(("id", 1)), ct);
            throw new InvalidOperationException("a rule of the graph was broken");
        }, idempotent: false, CancellationToken.None));

        Assert.Equal("a rule of the graph was broken", refused.Message);
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx1", QueryApiServer.Affinity), _server.Received.Last() is var r ? (r.Method, r.Path, r.Affinity) : default);
        Assert.Empty(_server.OpenTransactions);
    }

    [Fact]
    public async Task A_syntax_error_names_the_code_the_statement_and_the_servers_message()
    {
        _server.Script = _ => Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETURN': expected ')' (line 1, column 12)");

        var refused = await Assert.ThrowsAsync<Neo4jException>(() => Client().RunAsync(Read.With(("id", 1)), CancellationToken.None));

        Assert.Equal(("Neo.ClientError.Statement.SyntaxError", "ReadThing", HttpStatusCode.BadRequest), (refused.Code, refused.Statement, refused.Status));
        Assert.Contains("Invalid input 'RETURN'", refused.Message, StringComparison.Ordinal);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task An_error_after_the_202_while_results_stream_is_still_an_error()
    {
        _server.Script = _ => new Reply(202, """
            {"data":{"fields":["f"],"values":[[{"$type":"Integer","_value":"0"}]]},"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node(124) already exists with label `Unit` and property `id` = 7"}]}
            """);

        var refused = await Assert.ThrowsAsync<Neo4jException>(() => Client().RunAsync(Write.With(("id", 7)), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", refused.Code);
        Assert.False(refused.IsTransient);
    }

    [Fact]
    public async Task Wrong_credentials_say_which_user_was_refused_and_what_to_check_and_are_not_retried()
    {
        var refused = await Assert.ThrowsAsync<Neo4jException>(() => Client(password: "wrong").RunAsync(Read.With(("id", 1)), CancellationToken.None));

        Assert.True(refused.IsAuthentication);
        Assert.Contains("user 'neo4j'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j__Password", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", refused.Message, StringComparison.Ordinal);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task A_missing_database_is_named()
    {
        var refused = await Assert.ThrowsAsync<Neo4jException>(() => Client(database: "duties").RunAsync(Read.With(("id", 1)), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", refused.Code);
        Assert.Contains("no database 'duties'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Idempotent_work_is_tried_again_after_5xx_and_transient_errors_and_then_succeeds()
    {
        var calls = 0;
        _server.Script = _ => Interlocked.Increment(ref calls) switch
        {
            1 => new Reply(503, "<html>Service Unavailable</html>"),
            2 => Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire lock"),
            _ => Data(["id"], [Typed("Integer", "1")]),
        };

        var result = await Client().RunAsync(Read.With(("id", 1)), CancellationToken.None);

        Assert.Equal(1L, Assert.Single(result.Rows)[0]);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Work_that_is_not_idempotent_is_not_tried_again_after_a_transient_error()
    {
        _server.Script = _ => Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire lock");

        var refused = await Assert.ThrowsAsync<Neo4jException>(() => Client().RunAsync(Write.With(("id", 1)), CancellationToken.None));

        Assert.True(refused.IsTransient);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task Idempotent_transactions_are_run_again_from_the_start_after_a_transient_error_inside()
    {
        var statements = 0;
        _server.Script = _ => Interlocked.Increment(ref statements) == 2
            ? Error(400, "Neo.TransientError.General.DatabaseUnavailable", "Database 'neo4j' is unavailable.") : Reply.Empty;

        await Client().InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(Merge.With(("id", 1)), ct);
            await tx.RunAsync(Merge.With(("id", 2)), ct);
            return 0;
        }, idempotent: true, CancellationToken.None);

        Assert.Equal(["tx", "tx1", "tx", "tx2", "commit"], _server.Received.Select(r => r.Path.Split('/').Last()));
        Assert.Empty(_server.OpenTransactions);
    }

    [Fact]
    public async Task Work_to_be_tried_again_refuses_a_statement_that_is_not_idempotent()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Client().InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(Write.With(("id", 1)), ct);
            return 0;
        }, idempotent: true, CancellationToken.None));

        Assert.Contains("CreateThing is not idempotent", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Received);
    }

    [Fact]
    public async Task A_transient_error_after_the_202_is_tried_again_for_idempotent_work()
    {
        var calls = 0;
        _server.Script = _ => Interlocked.Increment(ref calls) == 1
            ? new Reply(202, """{"data":{"fields":[],"values":[]},"errors":[{"code":"Neo.TransientError.Transaction.LockClientStopped","message":"stopped"}]}""")
            : Reply.Empty;

        await Client().RunAsync(Read.With(("id", 1)), CancellationToken.None);

        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_commit_once_sent_is_not_cancelled_by_the_caller_and_may_take_longer_than_a_statement()
    {
        using var cancel = new CancellationTokenSource();
        // The caller gives up while the commit is on the server, which answers after longer than a statement may take.
        _server.Script = request =>
        {
            if (!request.Path.EndsWith("/commit", StringComparison.Ordinal))
            {
                return Reply.Empty;
            }
            cancel.Cancel();
            return Reply.Empty with { Delay = TimeSpan.FromMilliseconds(600) };
        };
        var client = Client(timeout: TimeSpan.FromMilliseconds(300));

        var done = await client.InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(Write.With(("id", 1)), ct);
            return true;
        }, idempotent: false, cancel.Token);

        Assert.True(done);
        Assert.Equal(["POST tx", "POST commit"], _server.Received.Select(r => $"{r.Method} {r.Path.Split('/').Last()}"));
        Assert.Empty(_server.OpenTransactions);
    }

    [Fact]
    public async Task A_commit_whose_answer_is_lost_says_the_outcome_is_unknown_is_not_retried_and_rolls_back()
    {
        _server.Script = request => request.Path.EndsWith("/commit", StringComparison.Ordinal) ? Reply.Empty with { Delay = TimeSpan.FromSeconds(30) } : Reply.Empty;
        var client = new QueryApiClient(_http, Client().Settings with { CommitTimeout = TimeSpan.FromMilliseconds(500) });

        var refused = await Assert.ThrowsAsync<Neo4jException>(() => client.InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(Merge.With(("id", 1)), ct);
            return 0;
        }, idempotent: true, CancellationToken.None));

        Assert.Equal(Neo4jException.OutcomeUnknown, refused.Code);
        Assert.False(refused.IsTransient);
        Assert.Contains("whether it took effect is unknown", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["POST tx", "POST commit", "DELETE tx1"], _server.Received.Select(r => $"{r.Method} {r.Path.Split('/').Last()}"));
    }

    [Fact]
    public async Task Cancelling_work_inside_a_transaction_rolls_it_back()
    {
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(Write.With(("id", 1)), ct);
            await cancel.CancelAsync();
            await tx.RunAsync(Write.With(("id", 2)), cancel.Token);
            return 0;
        }, idempotent: false, cancel.Token));

        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx1"), _server.Received.Last() is var r ? (r.Method, r.Path) : default);
        Assert.Empty(_server.OpenTransactions);
    }

    [Fact]
    public async Task A_bearer_token_is_sent_instead_of_user_and_password()
    {
        var client = new QueryApiClient(_http, new Neo4jSettings { Uri = _server.Uri, Token = "eyJhbGciOi.sso.token", RetryDelay = TimeSpan.FromMilliseconds(1) });

        await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Read.With(("id", 1)), CancellationToken.None));

        Assert.Equal("Bearer eyJhbGciOi.sso.token", Assert.Single(_server.Received).Authorization);
    }

    [Fact]
    public void Settings_never_print_their_password_or_token()
    {
        var settings = new Neo4jSettings { Uri = new Uri("https://abc.databases.neo4j.io"), User = "neo4j", Password = "s3cret-pw", Token = "t0ken" };

        Assert.DoesNotContain("s3cret-pw", settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("t0ken", settings.ToString(), StringComparison.Ordinal);
        Assert.Contains("https://abc.databases.neo4j.io", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_answer_is_abandoned_after_the_request_timeout_with_a_message_that_names_the_setting()
    {
        _server.Script = _ => Reply.Empty with { Delay = TimeSpan.FromSeconds(30) };
        var client = new QueryApiClient(_http, Client(timeout: TimeSpan.FromMilliseconds(300)).Settings with { MaxRetries = 0 });

        var refused = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Read.With(("id", 1)), CancellationToken.None));

        Assert.True(refused.IsTransient);
        Assert.Contains("did not answer (statement ReadThing) within 0.3 s (Neo4j:RequestTimeoutSeconds)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_call_cancels_it_rather_than_reporting_a_timeout()
    {
        _server.Script = _ => Reply.Empty with { Delay = TimeSpan.FromSeconds(30) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().RunAsync(Read.With(("id", 1)), cancel.Token));
    }

    [Fact]
    public async Task A_transaction_the_server_no_longer_knows_is_reported_as_expired()
    {
        var refused = await Assert.ThrowsAsync<Neo4jException>(() => Client().InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(Write.With(("id", 1)), ct);
            await _server.ExpireAllAsync();
            await tx.RunAsync(Write.With(("id", 2)), ct);
            return 0;
        }, idempotent: false, CancellationToken.None));

        Assert.Equal((HttpStatusCode.NotFound, "CreateThing"), (refused.Status, refused.Statement));
        Assert.Contains("the transaction expired", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_given_other_parameters_than_it_declares_is_refused_before_anything_is_sent()
    {
        var refused = Assert.Throws<ArgumentException>(() => Read.With(("ids", 1)));

        Assert.Contains("ReadThing takes $id", refused.Message, StringComparison.Ordinal);
        Assert.Contains("missing $id", refused.Message, StringComparison.Ordinal);
        Assert.Contains("not declared $ids", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://localhost", "must be the HTTP address")]
    [InlineData("http://neo4j:secret@localhost:7474", "must not carry a user or password")]
    [InlineData("neo4j+s://neo4j:secret@abc.databases.neo4j.io", "must not carry a user or password")]
    [InlineData("https://abc.databases.neo4j.io/db/neo4j/query/v2", "without a path")]
    public void Settings_that_cannot_work_are_refused_with_what_to_change(string uri, string expected)
    {
        var settings = new Neo4jSettings { Uri = Neo4jSettings.HttpAddress(new Uri(uri)), User = "neo4j", Password = "x" };

        Assert.Contains(expected, settings.Problem(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("neo4j+s://abc123.databases.neo4j.io", "https://abc123.databases.neo4j.io/")]
    [InlineData("neo4j://db.example.org:7687", "http://db.example.org:7474/")]
    [InlineData("bolt://localhost", "http://localhost:7474/")]
    [InlineData("https://db.example.org:7473", "https://db.example.org:7473/")]
    public void A_Bolt_address_as_Aura_hands_it_out_is_turned_into_its_Query_API_address(string given, string expected)
    {
        Assert.Equal(expected, Neo4jSettings.HttpAddress(new Uri(given)).ToString());
    }

    [Fact]
    public void Settings_without_credentials_are_refused_and_no_default_is_assumed()
    {
        var settings = new Neo4jSettings { Uri = new Uri("http://localhost:7474") };

        Assert.Contains("credentials are missing", settings.Problem(), StringComparison.Ordinal);
    }
}
