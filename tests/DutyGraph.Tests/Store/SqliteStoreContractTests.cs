using DutyGraph.Graph.Sqlite;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DutyGraph.Tests.Store;

/// <summary>The embedded store runs the whole contract, plus what is particular to a SQLite file.</summary>
public sealed class SqliteStoreContractTests : StoreContract
{
    protected override async Task<IGraphStore> NewStoreAsync(TempFolder temp) => await Stores.NewSqliteAsync(temp);

    [Fact]
    public async Task A_new_file_gets_the_latest_schema_in_WAL_mode_and_opening_it_again_changes_nothing()
    {
        using var temp = new TempFolder();
        var store = await Stores.NewSqliteAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, CancellationToken.None);
        var before = await Stores.ExportTextAsync(store, temp);
        await new SqliteGraphStore(temp.File("store.db")).InitializeAsync(CancellationToken.None);

        Assert.Equal(before, await Stores.ExportTextAsync(store, temp));
        Assert.Equal(1, await store.SchemaVersionAsync(CancellationToken.None));
        await using var connection = new SqliteConnection($"Data Source={temp.File("store.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_file_written_by_a_newer_DutyGraph_is_refused_rather_than_misread()
    {
        using var temp = new TempFolder();
        await Stores.NewSqliteAsync(temp);
        await using (var connection = new SqliteConnection($"Data Source={temp.File("store.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            await command.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new SqliteGraphStore(temp.File("store.db")).InitializeAsync(CancellationToken.None));

        Assert.Contains("schema version 99", refused.Message, StringComparison.Ordinal);
    }
}
