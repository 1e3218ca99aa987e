using System.Text.Json.Nodes;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Neo4j;
using DutyGraph.Graph.Neo4j.QueryApi;
using DutyGraph.Graph.Neo4j.Store;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;
using DutyGraph.Tests.Support;
using static DutyGraph.Tests.Neo4j.Reply;

namespace DutyGraph.Tests.Neo4j;

/// <summary>
/// The Neo4j store's requests and how it reads Neo4j's answers, against the protocol server
/// replaying documented response bodies (it runs no Cypher: each test scripts the answers).
/// </summary>
public sealed class Neo4jStoreProtocolTests : IAsyncLifetime
{
    private QueryApiServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _server = await QueryApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private Neo4jGraphStore Store(int retries = 0) => new(new QueryApiClient(_http, new Neo4jSettings
    {
        Uri = _server.Uri, User = QueryApiServer.User, Password = QueryApiServer.Password,
        RequestTimeout = TimeSpan.FromSeconds(10), RetryDelay = TimeSpan.FromMilliseconds(1), MaxRetries = retries,
    }));

    private static JsonNode S(string text) => Typed("String", text);

    private static JsonNode I(long n) => Typed("Integer", n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static JsonNode Map(params (string Key, JsonNode? Value)[] fields)
    {
        var map = new JsonObject();
        foreach (var (key, value) in fields)
        {
            map[key] = value ?? Typed("Null", null);
        }
        return Typed("Map", map);
    }

    private static JsonNode List(params JsonNode[] items) => Typed("List", new JsonArray([.. items]));

    private static JsonNode UnitSeven() => Map(("id", I(7)), ("jurisdiction", S("上犹县")), ("name", S("县城市管理局")), ("nameKey", S("县城市管理局")),
        ("kind", null), ("aliases", List(S("县城管局"), S("县综合行政执法局"))), ("staffQuota", I(30)),
        ("validFrom", Typed("Date", "2019-03-01")), ("source", S("三定方案")), ("extra", S("""[["备注","合署"]]""")), ("ref", S("U:7")));

    private List<string> StatementsSent() => [.. _server.Received.Where(r => r.Statement is not null).Select(r => Cypher.All().Single(s => s.Text == r.Statement).Name)];

    [Fact]
    public async Task A_unit_is_read_from_Neo4js_typed_answer_with_its_dates_names_and_unknown_columns()
    {
        _server.Script = r => r.Statement == Cypher.UnitsById.Text ? Data(["r"], [UnitSeven()]) : Empty;

        var unit = await Store().GetUnitAsync(7, CancellationToken.None);

        Assert.NotNull(unit);
        Assert.Equal((7L, "上犹县", "县城市管理局", (string?)null, 30, new DateOnly(2019, 3, 1), (DateOnly?)null, "三定方案"),
            (unit.Id, unit.Jurisdiction, unit.Name, unit.Kind, unit.StaffQuota!.Value, unit.ValidFrom!.Value, unit.ValidTo, unit.Source));
        Assert.Equal(["县城管局", "县综合行政执法局"], unit.Aliases);
        Assert.Equal("合署", unit.Extra.Pairs.Single(p => p.Key == "备注").Value);
        var sent = Assert.Single(_server.Received);
        Assert.Equal("""{"$type":"List","_value":[{"$type":"Integer","_value":"7"}]}""", sent.Body!["parameters"]!["ids"]!.ToJsonString());
    }

    [Fact]
    public async Task A_page_and_the_count_of_all_that_match_come_from_one_statement_with_one_row_more_to_know_a_next_page_follows()
    {
        _server.Script = r => r.Statement == Cypher.ListUnits.ById.Text
            ? Data(["items", "total"], [List(UnitSeven(), UnitSeven()), I(5)])
            : Empty;

        var page = await Store().ListUnitsAsync(new UnitFilter(Jurisdiction: "上犹县", ValidAt: new DateOnly(2025, 6, 30)), new PageRequest(1), CancellationToken.None);

        Assert.Equal((1, 5, true), (page.Items.Count, page.TotalCount, page.HasNextPage));
        Assert.Equal(Cursor.Encode(7), page.EndCursor);
        var parameters = Assert.Single(_server.Received).Body!["parameters"]!;
        Assert.Equal(("2", "0", "上犹县", "2025-06-30", false, "Null"),
            ((string?)parameters["limit"]!["_value"], (string?)parameters["after"]!["_value"], (string?)parameters["j"]!["_value"],
             (string?)parameters["at"]!["_value"], (bool)parameters["below"]!["_value"]!, (string?)parameters["kind"]!["$type"]));
    }

    [Fact]
    public async Task Creating_a_unit_is_one_explicit_transaction_that_first_moves_the_change_stamp_on_then_links_names_and_commits()
    {
        _server.Script = r => r.Statement switch
        {
            var s when s == Cypher.KnownJurisdictions.Text => Data(["name"], [S("上犹县")]),
            var s when s == Cypher.TakeIds.Text => Data(["last"], [I(7)]),
            var s when s == Cypher.UnitsById.Text => Data(["r"], [UnitSeven()]),
            _ => Empty,
        };

        var unit = await UnitEdits.CreateAsync(Store(), new Unit { Jurisdiction = "上犹县", Name = "县城市管理局", Source = "三定方案" }, CancellationToken.None);

        Assert.Equal(7, unit.Id);
        Assert.Equal(["TakeIds", "KnownJurisdictions", "MergeSources", "TakeIds", "CreateUnits", "UnlinkedHoldings", "UnlinkedCorrespondences",
            "UnlinkedUnits", "UnitsById"], StatementsSent());
        Assert.All(_server.Received, r => Assert.StartsWith("/db/neo4j/query/v2/tx", r.Path, StringComparison.Ordinal));
        Assert.EndsWith("/commit", _server.Received.Last().Path, StringComparison.Ordinal);
        var created = _server.Received.Single(r => r.Statement == Cypher.CreateUnits.Text).Body!["parameters"]!["rows"]!["_value"]![0]!["_value"]!;
        Assert.Equal(("U:7", "县城市管理局"), ((string?)created["ref"]!["_value"], (string?)created["props"]!["_value"]!["nameKey"]!["_value"]));
        // The change stamp is taken first: its write lock makes writers run one at a time.
        Assert.Equal(("changes", "unit"), ((string?)_server.Received.Where(r => r.Statement == Cypher.TakeIds.Text).First().Body!["parameters"]!["name"]!["_value"],
            (string?)_server.Received.Where(r => r.Statement == Cypher.TakeIds.Text).Last().Body!["parameters"]!["name"]!["_value"]));
        Assert.Empty(_server.OpenTransactions);
    }

    [Fact]
    public async Task A_name_another_unit_already_has_is_a_conflict_and_nothing_is_committed()
    {
        _server.Script = r => r.Statement switch
        {
            var s when s == Cypher.KnownJurisdictions.Text => Data(["name"], [S("上犹县")]),
            var s when s == Cypher.TakeIds.Text => Data(["last"], [I(8)]),
            var s when s == Cypher.CreateUnits.Text => Error(400, "Neo.ClientError.Schema.ConstraintValidationFailed",
                "Node(3) already exists with label `Unit` and properties `jurisdiction` = '上犹县', `nameKey` = '县城市管理局'"),
            _ => Empty,
        };

        var refused = await Assert.ThrowsAsync<StoreException>(() =>
            UnitEdits.CreateAsync(Store(), new Unit { Jurisdiction = "上犹县", Name = "县城市管理局", Source = "三定方案" }, CancellationToken.None));

        Assert.Equal(StoreErrorCode.Conflict, refused.Code);
        Assert.DoesNotContain(_server.Received, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Empty(_server.OpenTransactions);
    }

    [Fact]
    public async Task A_refused_load_is_rolled_back_and_never_committed()
    {
        using var temp = new TempFolder();
        _server.Script = r => r.Statement == Cypher.TakeIds.Text ? Data(["last"], [I(6)]) : Empty;

        var refused = await Assert.ThrowsAsync<DatasetRejectedException>(() =>
            Store().BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, CancellationToken.None));

        Assert.Contains(refused.Errors, e => e.ToString().StartsWith("sections.csv:2:", StringComparison.Ordinal));
        Assert.DoesNotContain(_server.Received, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal("DELETE", _server.Received.Last().Method);
        Assert.Empty(_server.OpenTransactions);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_reported_as_unavailable_after_the_reads_retries()
    {
        _server.Script = _ => new Reply(503, "Service Unavailable");

        var refused = await Assert.ThrowsAsync<StoreException>(() => Store(retries: 2).CountAsync(CancellationToken.None));

        Assert.Equal(StoreErrorCode.Unavailable, refused.Code);
        Assert.Contains("503", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.Received.Count);
    }
}
