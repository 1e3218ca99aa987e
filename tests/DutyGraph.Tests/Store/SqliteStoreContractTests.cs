using System.Text.RegularExpressions;
using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;
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
    public async Task The_change_log_names_the_lists_rows_knowledge_and_reviews_each_write_touched_and_a_bulk_load_as_anything()
    {
        using var temp = new TempFolder();
        await using var store = await Stores.NewSqliteAsync(temp);
        var empty = await store.ChangeStampAsync(CancellationToken.None);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, CancellationToken.None);
        var loaded = await store.ChangeStampAsync(CancellationToken.None);
        var duty = await DutyEdits.CreateAsync(store, new Graph.Duties.Duty { Jurisdiction = "上犹县/营前镇", Title = "森林防火巡查劝导", Source = "test" }, CancellationToken.None);
        var afterDuty = await store.ChangeStampAsync(CancellationToken.None);
        var one = await store.ChangesSinceAsync(loaded, CancellationToken.None);
        await store.AddThesaurusAsync([new("油烟", "餐饮服务业油烟污染")], CancellationToken.None);

        var bulk = await store.ChangesSinceAsync(empty, CancellationToken.None);
        var knowledge = await store.ChangesSinceAsync(afterDuty, CancellationToken.None);
        var nothing = await store.ChangesSinceAsync(knowledge.Stamp, CancellationToken.None);

        Assert.Null(bulk.Lists);
        Assert.Equal(["上犹县/营前镇"], one.Lists!);
        Assert.Equal([duty.Id], one.Rows!.Duties);
        Assert.Equal([duty.Id], one.Rows!.HoldingsOfDuties);
        Assert.False(one.Knowledge || one.Reviews);
        Assert.True(one.Touches("上犹县") && one.Touches("上犹县/营前镇") && !one.Touches("上犹县/双溪乡") && !one.Touches("崇义县") && one.Touches(null));
        Assert.True(knowledge.Knowledge);
        Assert.False(knowledge.Touches("上犹县"));
        Assert.Equal((knowledge.Stamp, 0), (nothing.Stamp, nothing.Lists!.Count));
    }

    [Fact]
    public async Task A_new_file_gets_the_latest_schema_in_WAL_mode_and_opening_it_again_changes_nothing()
    {
        using var temp = new TempFolder();
        var store = await Stores.NewSqliteAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, CancellationToken.None);
        var before = await Stores.ExportTextAsync(store, temp);
        await new SqliteGraphStore(temp.File("store.db")).InitializeAsync(CancellationToken.None);

        Assert.Equal(before, await Stores.ExportTextAsync(store, temp));
        Assert.Equal(SchemaMigrations.Latest, await store.SchemaVersionAsync(CancellationToken.None));
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

    [Fact]
    public async Task Reads_on_the_kept_connections_see_what_another_process_wrote_since_they_were_prepared()
    {
        using var temp = new TempFolder();
        await using var server = await Stores.NewSqliteAsync(temp);
        await server.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, CancellationToken.None);
        var before = await server.ListUnitsAsync(new UnitFilter { Jurisdiction = "上犹县" }, new PageRequest(50, null, PageOrder.Id), CancellationToken.None);

        await using (var other = new SqliteGraphStore(temp.File("store.db")))
        {
            await UnitEdits.CreateAsync(other, new DutyGraph.Graph.Units.Unit { Jurisdiction = "上犹县", Name = "县新设局", Source = "test" }, CancellationToken.None);
        }
        var after = await server.ListUnitsAsync(new UnitFilter { Jurisdiction = "上犹县" }, new PageRequest(50, null, PageOrder.Id), CancellationToken.None);

        Assert.Equal(before.TotalCount + 1, after.TotalCount);
        Assert.Contains(after.Items, u => u.Name == "县新设局");
    }

    [Fact]
    public async Task Many_reads_at_once_share_the_kept_connections_and_each_gets_the_whole_answer()
    {
        using var temp = new TempFolder();
        await using var store = await Stores.NewSqliteAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, CancellationToken.None);
        var expected = await store.ListUnitsAsync(new UnitFilter(), PageRequest.All, CancellationToken.None);

        var pages = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() =>
            store.ListUnitsAsync(new UnitFilter(), PageRequest.All, CancellationToken.None))));

        Assert.All(pages, page => Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected.Items), System.Text.Json.JsonSerializer.Serialize(page.Items)));
        Assert.All(pages, page => Assert.Equal(expected.TotalCount, page.TotalCount));
    }

    [Fact]
    public async Task A_store_that_was_disposed_refuses_reads_instead_of_reopening_the_file()
    {
        using var temp = new TempFolder();
        var store = await Stores.NewSqliteAsync(temp);
        await store.CountAsync(CancellationToken.None);

        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_file_of_schema_version_1_is_migrated_to_the_latest_version_with_its_data_kept()
    {
        using var temp = new TempFolder();
        var store = await Stores.NewSqliteAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, CancellationToken.None);
        var before = await Stores.ExportTextAsync(store, temp);
        await store.DisposeAsync();
        await using (var connection = new SqliteConnection($"Data Source={temp.File("store.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var triggers = connection.CreateCommand();
            triggers.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger'";
            var names = new List<string>();
            await using (var reader = await triggers.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    names.Add(reader.GetString(0));
                }
            }
            await using var command = connection.CreateCommand();
            command.CommandText = string.Concat(names.Select(n => $"DROP TRIGGER {n}; ")) + UndoLaterMigrations() + "PRAGMA user_version = 1;";
            await command.ExecuteNonQueryAsync();
        }

        await using var reopened = await Stores.NewSqliteAsync(temp);
        await reopened.AddThesaurusAsync([new("油烟", "餐饮服务业油烟污染")], CancellationToken.None);

        Assert.Equal(SchemaMigrations.Latest, await reopened.SchemaVersionAsync(CancellationToken.None));
        Assert.Equal(before, await Stores.ExportTextAsync(reopened, temp));
        Assert.Single(await reopened.ListThesaurusAsync(CancellationToken.None));
        Assert.True(await reopened.ChangeStampAsync(CancellationToken.None) > 0);
    }

    [Fact]
    public async Task Staff_feedback_finds_its_unit_again_after_a_replace_import_gives_units_new_ids()
    {
        using var temp = new TempFolder();
        await using var store = await Stores.NewSqliteAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, CancellationToken.None);
        var market = (await store.FindUnitAsync("上犹县", "县市场监督管理局", CancellationToken.None))!;
        await store.AddFeedbackAsync(new(0, "网上买的奶粉是假的", "上犹县", market.Id, "", DateTimeOffset.UnixEpoch), CancellationToken.None);
        var reordered = SmallCounty.WriteTo(temp, "reordered");
        var lines = File.ReadAllLines(Path.Combine(reordered, "units.csv"));
        File.WriteAllLines(Path.Combine(reordered, "units.csv"), [lines[0], .. lines.Skip(1).Reverse()]);

        await store.BulkLoadAsync(DutyGraph.Graph.Datasets.DatasetFolder.Open(reordered), LoadMode.Replace, null, CancellationToken.None);

        var moved = (await store.FindUnitAsync("上犹县", "县市场监督管理局", CancellationToken.None))!;
        Assert.NotEqual(market.Id, moved.Id);
        var feedback = Assert.Single(await store.ListFeedbackAsync(CancellationToken.None));
        Assert.Equal((moved.Id, "县市场监督管理局"), (feedback.UnitId, feedback.UnitName));
    }

    /// <summary>What makes a file of today's schema one of version 1: the tables, indexes and columns the later migrations add, dropped.</summary>
    private static string UndoLaterMigrations()
    {
        var later = string.Join('\n', SchemaMigrations.All.Skip(1));
        var tables = Regex.Matches(later, @"CREATE TABLE (\w+)").Select(m => m.Groups[1].Value).ToHashSet();
        var indexes = Regex.Matches(later, @"CREATE (?:UNIQUE )?INDEX (\w+)").Select(m => m.Groups[1].Value);
        var columns = Regex.Matches(later, @"ALTER TABLE (\w+) ADD COLUMN (\w+)").Where(m => !tables.Contains(m.Groups[1].Value))
            .Select(m => $"ALTER TABLE {m.Groups[1].Value} DROP COLUMN {m.Groups[2].Value}; ");
        return string.Concat(indexes.Select(i => $"DROP INDEX IF EXISTS {i}; ")) + string.Concat(columns)
            + string.Concat(tables.Select(t => $"DROP TABLE IF EXISTS {t}; "));
    }
}
