using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using Microsoft.Data.Sqlite;

namespace DutyGraph.Graph.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, foreign keys and unique constraints
/// enforcing the model's rules, a schema version with forward migrations. Each public call
/// is one transaction.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IDisposable, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly ReadConnections _readers;

    public SqliteGraphStore(string path)
    {
        Location = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Location,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
        _readers = new ReadConnections(_connectionString, keepIdle: Math.Max(32, 8 * Environment.ProcessorCount));
    }

    /// <summary>Closes the read connections kept open; reads after this are refused.</summary>
    public ValueTask DisposeAsync() => _readers.DisposeAsync();

    public void Dispose() => _readers.Dispose();

    public string Location { get; }

    private const string InitializeSql = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

    public async Task InitializeAsync(CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(Location);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        await using var connection = await OpenAsync(ct);
        await Sql.ExecuteAsync(connection, null, InitializeSql, ct);
        await SchemaMigrations.ApplyAsync(connection, ct);
    }

    public Task<int> SchemaVersionAsync(CancellationToken ct) =>
        ReadAsync(c => SchemaMigrations.VersionAsync(c, null, ct), ct);

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    private const string CountSql = """
        SELECT (SELECT count(*) FROM jurisdictions) AS jurisdictions, (SELECT count(*) FROM units) AS units,
               (SELECT count(*) FROM sections) AS sections, (SELECT count(*) FROM duties) AS duties, (SELECT count(*) FROM holdings) AS holdings,
               (SELECT count(*) FROM correspondences) AS correspondences, (SELECT count(*) FROM sources) AS sources
        """;

    public Task<StoreCounts> CountAsync(CancellationToken ct) =>
        ReadAsync(async c => (await Sql.ListAsync(c, null, CountSql,
            r => new StoreCounts((int)r.Long("jurisdictions"), (int)r.Long("units"), (int)r.Long("sections"), (int)r.Long("duties"), (int)r.Long("holdings"),
                (int)r.Long("correspondences"), (int)r.Long("sources")), ct))[0], ct);

    private const string ListJurisdictionsSql =
        "SELECT " + RecordReaders.JurisdictionColumns + " FROM " + RecordReaders.JurisdictionFrom + " ORDER BY j.name";

    public Task<IReadOnlyList<Jurisdiction>> ListJurisdictionsAsync(CancellationToken ct) =>
        ReadAsync<IReadOnlyList<Jurisdiction>>(async c => await Sql.ListAsync(c, null, ListJurisdictionsSql, RecordReaders.Jurisdiction, ct), ct);

    private const string GetJurisdictionSql =
        "SELECT " + RecordReaders.JurisdictionColumns + " FROM " + RecordReaders.JurisdictionFrom + " WHERE j.name = $name";

    public Task<Jurisdiction?> GetJurisdictionAsync(string name, CancellationToken ct) =>
        ReadAsync(async c => (await Sql.ListAsync(c, null, GetJurisdictionSql, RecordReaders.Jurisdiction, ct,
            ("$name", Jurisdiction.Canonical(name)))).FirstOrDefault(), ct);

    public async Task<LoadSummary> BulkLoadAsync(IDatasetSource dataset, LoadMode mode, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        try
        {
            return await InTransactionAsync(async w =>
            {
                await Sql.ExecuteAsync(w.Connection, w.Transaction, QuietSql, ct);
                var summary = await new BulkLoader(w, dataset, progress, ct).LoadAsync(mode);
                await Sql.ExecuteAsync(w.Connection, w.Transaction, LoggedAnythingSql, ct);
                progress?.Report(new LoadProgress("committing", dataset.RowCountHint, dataset.RowCountHint));
                return summary;
            }, ct, checkForeignKeysAtEnd: true);
        }
        catch (StoreException e) when (e.Code != StoreErrorCode.Unavailable)
        {
            throw new DatasetRejectedException([Problem.Error("(store)", 0, null, e.Message)]);
        }
    }

    private const string BumpChangesSql = "UPDATE store_state SET changes = changes + 1";

    /// <summary>A bulk load does not log row by row: it says once that anything may have changed.</summary>
    private const string QuietSql = "UPDATE store_state SET quiet = 1 WHERE id = 1";

    private const string LoggedAnythingSql = """
        UPDATE store_state SET quiet = 0 WHERE id = 1;
        INSERT INTO change_log (stamp, scope) SELECT changes + 1, '*' FROM store_state WHERE id = 1;
        """;

    /// <summary>The change log keeps the last <see cref="LoggedChanges"/> stamps.</summary>
    private const string TrimChangeLogSql = """
        DELETE FROM change_log WHERE stamp <= (SELECT changes FROM store_state WHERE id = 1) - $kept;
        DELETE FROM changed_rows WHERE stamp <= (SELECT changes FROM store_state WHERE id = 1) - $kept;
        """;

    /// <summary>Runs work in one write transaction: committed if it returns, rolled back if it throws or is cancelled.</summary>
    private async Task<T> InTransactionAsync<T>(Func<SqliteWriter, Task<T>> work, CancellationToken ct, bool checkForeignKeysAtEnd = false)
    {
        await using var connection = await OpenAsync(ct);
        if (checkForeignKeysAtEnd)
        {
            await Sql.ExecuteAsync(connection, null, ForeignKeysOffSql, ct);
        }
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        await using var writer = new SqliteWriter(connection, tx);
        try
        {
            var result = await work(writer);
            if (checkForeignKeysAtEnd)
            {
                await CheckForeignKeysAsync(writer, ct);
            }
            await Sql.ExecuteAsync(connection, tx, BumpChangesSql, ct);
            await Sql.ExecuteAsync(connection, tx, TrimChangeLogSql, ct, ("$kept", LoggedChanges));
            await tx.CommitAsync(ct);
            return result;
        }
        catch (SqliteException e) when (Sql.IsUniqueViolation(e))
        {
            throw new StoreException(StoreErrorCode.Conflict, "name", "a record with the same key already exists", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "input", $"the change breaks a rule of the graph ({ConstraintKind(e)}); nothing was written", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw new StoreException(StoreErrorCode.Unavailable, "store",
                $"the store {Location} is busy: another process is writing to it; try again when it has finished", e);
        }
        finally
        {
            if (checkForeignKeysAtEnd)
            {
                await writer.DisposeAsync();
                await tx.DisposeAsync();
                await Sql.ExecuteAsync(connection, null, ForeignKeysOnSql, CancellationToken.None);
            }
        }
    }

    /// <summary>Which kind of constraint SQLite says failed, without its text (which names tables and columns).</summary>
    private static string ConstraintKind(SqliteException e) => e.SqliteExtendedErrorCode switch
    {
        275 => "a value is out of range",
        787 => "a reference points at nothing",
        1299 => "a required value is missing",
        _ => "a constraint failed",
    };

    private const string ForeignKeyCheckSql = "PRAGMA foreign_key_check";
    private const string ForeignKeysOffSql = "PRAGMA foreign_keys = OFF";
    private const string ForeignKeysOnSql = "PRAGMA foreign_keys = ON";

    /// <summary>
    /// A bulk load writes with foreign keys off (each row would otherwise cost a lookup per key)
    /// and checks them all once before committing; any violation refuses the load.
    /// </summary>
    private static async Task CheckForeignKeysAsync(SqliteWriter w, CancellationToken ct)
    {
        var violations = await Sql.ListAsync(w.Connection, w.Transaction, ForeignKeyCheckSql, r => $"{r.String("table")} row {r.Long("rowid")} -> {r.String("parent")}", ct);
        if (violations.Count > 0)
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "dataset",
                $"the load would leave {violations.Count} broken reference(s), e.g. {violations[0]}; nothing was written");
        }
    }

    /// <summary>
    /// One page of a list: the rows after the cursor in the page's order (the statement for id
    /// order, or for name order), one more to know if there is a next page, and the count of all that match.
    /// </summary>
    private Task<Page<T>> ListPageAsync<T>(PagedSql sql, PageRequest page, Func<SqlRow, T> map,
        Func<T, long> id, Func<T, string> name, CancellationToken ct, (string, object?)[] where)
    {
        var (afterId, afterName) = page.Position();
        return ReadAsync(async c =>
        {
            await using var tx = c.BeginTransaction(deferred: true);
            var listSql = page.Order == PageOrder.Name ? sql.ByName : sql.ById;
            var items = await Sql.ListAsync(c, tx, listSql, map, ct, [.. where, ("$after", afterId), ("$afterName", afterName), ("$limit", Limit(page))]);
            var total = (int)await Sql.ScalarAsync(c, tx, sql.Count, ct, where);
            return Cursor.PageOf(items, page, total, id, name);
        }, ct);
    }

    /// <summary>The statements of a paged list: in id order, in name order, and the count.</summary>
    private sealed record PagedSql(string ById, string ByName, string Count);

    private static long Limit(PageRequest page) => page.First == int.MaxValue ? -1 : (long)page.First + 1;

    /// <summary>Runs a read on one of the kept read connections.</summary>
    private async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct)
    {
        var connection = await _readers.RentAsync(ct);
        var failed = true;
        try
        {
            var result = await work(connection);
            failed = false;
            return result;
        }
        catch (StoreException)
        {
            // A refusal (such as "not found") leaves the connection as it was: it is kept.
            failed = false;
            throw;
        }
        finally
        {
            await _readers.ReturnAsync(connection, failed);
        }
    }
}
