using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Neo4j.QueryApi;
using DutyGraph.Graph.Store;
using M = System.Collections.Generic.IReadOnlyDictionary<string, object?>;

namespace DutyGraph.Graph.Neo4j.Store;

/// <summary>
/// The store on Neo4j, over its HTTP Query API: the graph DESIGN.md draws, uniqueness
/// constraints keeping keys unique, and each public call one explicit transaction that commits
/// whole or is rolled back. Names resolve with the same <see cref="NameIndex"/> as the embedded
/// store, and the read model is built by the same <see cref="ReadModel.Build"/>, so both stores
/// give the same answers. Reads are tried again after a transient error; writes never are.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IDisposable, IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private readonly HttpClient? _ownedHttp;

    /// <summary>A store over a client whose HttpClient the caller owns.</summary>
    public Neo4jGraphStore(QueryApiClient client) => _client = client;

    private Neo4jGraphStore(QueryApiClient client, HttpClient ownedHttp)
    {
        _client = client;
        _ownedHttp = ownedHttp;
    }

    /// <summary>A store with its own HttpClient (each request bounded by the settings' timeout), released on dispose.</summary>
    public static Neo4jGraphStore Connect(Neo4jSettings settings)
    {
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        return new Neo4jGraphStore(new QueryApiClient(http, settings), http);
    }

    public void Dispose() => _ownedHttp?.Dispose();

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public string Location => _client.Settings.Display;

    public Task InitializeAsync(CancellationToken ct) => Guard(async () => await Neo4jSchema.InitializeAsync(_client, null, ct));

    public Task<StoreCounts> CountAsync(CancellationToken ct) => Guard(async () =>
    {
        var r = (await _client.RunAsync(Cypher.CountAll.With(), ct)).Records().Single();
        int N(string key) => checked((int)(long)r[key]!);
        return new StoreCounts(N("jurisdictions"), N("units"), N("sections"), N("duties"), N("holdings"), N("correspondences"), N("sources"));
    });

    public Task<IReadOnlyList<Jurisdiction>> ListJurisdictionsAsync(CancellationToken ct) =>
        ReadAsync(Cypher.ListJurisdictions.With(), JurisdictionOf, ct);

    public async Task<Jurisdiction?> GetJurisdictionAsync(string name, CancellationToken ct) =>
        (await ReadAsync(Cypher.GetJurisdiction.With(("name", Jurisdiction.Canonical(name))), JurisdictionOf, ct)).FirstOrDefault();

    private static Jurisdiction JurisdictionOf(M r) =>
        new((long)r["id"]!, (string)r["name"]!, Enum.Parse<JurisdictionLevel>((string)r["level"]!), r["parent"] as string);

    /// <summary>Runs one read statement (tried again after a transient error); each row mapped whole.</summary>
    private Task<IReadOnlyList<T>> ReadAsync<T>(CypherCall call, Func<M, T> map, CancellationToken ct) =>
        Guard<IReadOnlyList<T>>(async () => [.. (await _client.RunAsync(call, ct)).Records().Select(map)]);

    /// <summary>Runs one read statement whose rows return a record map in column <c>r</c>.</summary>
    private Task<IReadOnlyList<T>> RecordsAsync<T>(CypherCall call, Func<M, T> map, CancellationToken ct) =>
        ReadAsync(call, r => map(Neo4jRecords.Map(r)), ct);

    /// <summary>Runs reads in one transaction, so they see one state of the graph (tried again whole after a transient error).</summary>
    private Task<T> ReadTransactionAsync<T>(Func<Neo4jWriter, Task<T>> work, CancellationToken ct) =>
        Guard(() => _client.InTransactionAsync((tx, t) => work(new Neo4jWriter(tx, t)), idempotent: true, ct));

    /// <summary>
    /// Runs work in one write transaction: committed if it returns, rolled back if it throws. Its
    /// first statement moves the change stamp on, which write-locks the stamp until the end: writers
    /// run one at a time, so what a write checks before writing still holds when it writes (as the
    /// embedded store's serializable transactions ensure).
    /// </summary>
    private Task<T> WriteAsync<T>(Func<Neo4jWriter, Task<T>> work, CancellationToken ct) =>
        Guard(() => _client.InTransactionAsync(async (tx, t) =>
        {
            var w = new Neo4jWriter(tx, t);
            await w.BumpChangesAsync();
            return await work(w);
        }, idempotent: false, ct));

    private const string ConstraintFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";

    /// <summary>Neo4j's refusals in the store's terms: a broken key constraint is a conflict; anything else means the store cannot do the work now.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Neo4jException e) when (e.Code == ConstraintFailed)
        {
            throw new StoreException(StoreErrorCode.Conflict, "name", "a record with the same key already exists", e);
        }
        catch (Neo4jException e) when (e.Code == Neo4jException.OutcomeUnknown)
        {
            throw new StoreException(StoreErrorCode.OutcomeUnknown, "store", e.Message, e);
        }
        catch (Neo4jException e)
        {
            throw new StoreException(StoreErrorCode.Unavailable, "store", e.Message, e);
        }
    }

    /// <summary>One page of a list and the count of all that match, from one statement.</summary>
    private Task<Page<T>> ListPageAsync<T>(PagedCypher statements, PageRequest page, Func<M, T> map, Func<T, long> id, Func<T, string> name,
        CancellationToken ct, (string, object?)[] where)
    {
        var (afterId, afterName) = page.Position();
        var limit = page.First + 1L;
        var call = page.Order == PageOrder.Name
            ? statements.ByName.With([.. where, ("after", afterId), ("afterName", afterName), ("limit", limit)])
            : statements.ById.With([.. where, ("after", afterId), ("limit", limit)]);
        return Guard(async () =>
        {
            var row = (await _client.RunAsync(call, ct)).Records().Single();
            var items = ((IEnumerable<object?>)row["items"]!).Select(item => map((M)item!)).ToList();
            return Cursor.PageOf(items, page, checked((int)(long)row["total"]!), id, name);
        });
    }

    /// <summary>A list of ids as a statement parameter.</summary>
    private static List<long> Ids(IReadOnlyCollection<long> ids) => [.. ids.Distinct()];
}
