using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Sqlite;

/// <summary>
/// Writes a dataset source inside the caller's transaction, as its rows stream by: units,
/// then sections (their unit must exist, in the dataset or already stored), then duties with
/// their holders and the correspondences, resolving every name with one <see cref="NameIndex"/>.
/// The source's errors and the loader's own are thrown together at the end, so the caller
/// rolls everything back; dangling references become warnings.
/// </summary>
internal sealed class BulkLoader(SqliteWriter w, IDatasetSource source, IProgress<LoadProgress>? progress, CancellationToken ct)
{
    private readonly LoadChecks _checks = new(source);
    private readonly long _total = source.RowCountHint;
    private long _done;

    private const string AnyDutiesSql = "SELECT EXISTS (SELECT 1 FROM duties)";
    private const string AnyUnitsSql = "SELECT EXISTS (SELECT 1 FROM units)";
    private const string DeleteAllSql = """
        DELETE FROM holdings; DELETE FROM correspondences; DELETE FROM duties; DELETE FROM sections;
        DELETE FROM units; DELETE FROM jurisdictions; DELETE FROM sources;
        """;
    /// <summary>
    /// Into a store with no duties yet, rows go in faster without the duty and holding indexes,
    /// which are then built once over the sorted data, still inside the transaction.
    /// </summary>
    private const string DropDutyIndexesSql = """
        DROP INDEX duties_by_key; DROP INDEX holdings_by_duty; DROP INDEX holdings_by_unit; DROP INDEX holdings_by_section;
        """;
    private const string CreateDutyIndexesSql = """
        CREATE UNIQUE INDEX duties_by_key ON duties (jurisdiction_id, list_key);
        CREATE INDEX holdings_by_duty ON holdings (duty_id);
        CREATE INDEX holdings_by_unit ON holdings (unit_id);
        CREATE INDEX holdings_by_section ON holdings (section_id);
        """;
    private const string BulkCacheSql = "PRAGMA cache_size = -400000";
    private const string NormalCacheSql = "PRAGMA cache_size = -16000";

    /// <summary>Loads with a page cache large enough for a big load, and gives the memory back after.</summary>
    public async Task<LoadSummary> LoadAsync(LoadMode mode)
    {
        await Sql.ExecuteAsync(w.Connection, w.Transaction, BulkCacheSql, ct);
        try
        {
            return await LoadRowsAsync(mode);
        }
        finally
        {
            await Sql.ExecuteAsync(w.Connection, w.Transaction, NormalCacheSql, CancellationToken.None);
        }
    }

    private async Task<LoadSummary> LoadRowsAsync(LoadMode mode)
    {
        if (mode == LoadMode.Replace)
        {
            await Sql.ExecuteAsync(w.Connection, w.Transaction, DeleteAllSql, ct);
        }
        var hadDuties = await Sql.ScalarAsync(w.Connection, w.Transaction, AnyDutiesSql, ct) != 0;
        var hadUnits = await Sql.ScalarAsync(w.Connection, w.Transaction, AnyUnitsSql, ct) != 0;

        var units = new List<Row<Units.Unit>>();
        foreach (var row in Prefetch.Ahead(source.Units, ct))
        {
            w.Unit(row.Value, upsert: hadUnits);
            units.Add(row);
            Step("units");
        }
        var names = await Linker.LoadNameIndexAsync(w, null, ct);
        var sections = 0;
        foreach (var row in Prefetch.Ahead(source.Sections, ct))
        {
            if (_checks.SectionUnit(row, names) is not { } unitId)
            {
                continue;
            }
            names.AddSection(w.Section(row.Value, unitId, upsert: hadUnits), unitId, row.Value.Name);
            sections++;
            Step("sections");
        }
        if (!hadDuties)
        {
            await Sql.ExecuteAsync(w.Connection, w.Transaction, DropDutyIndexesSql, ct);
        }
        var dutyIds = new List<long>();
        var cancelled = new List<(int DutyIndex, DateOnly On)>();
        var holdings = 0;
        var dutyRows = 0;
        foreach (var row in Prefetch.Ahead(source.DutyRows, ct))
        {
            dutyRows++;
            if (row.FirstOfDuty)
            {
                dutyIds.Add(hadDuties ? MergeDuty(row.Duty) : QueueDuty(row.Duty, dutyIds.Count + 1));
            }
            else if (row.Duty.CancelledOn is { } on)
            {
                cancelled.Add((row.DutyIndex, on));
            }
            if (row.Holding is { } h)
            {
                var (unitId, sectionId) = names.ResolveHolder(row.Duty.Jurisdiction, h.Unit, h.Section);
                _checks.Holder(row.Line, row.Duty.Jurisdiction, h.Unit, h.Section, unitId, sectionId);
                w.QueueHolding(h, dutyIds[row.DutyIndex], unitId, sectionId);
                holdings++;
            }
            Step("duties");
        }
        w.FlushBatches();
        // A later row of a duty may say 取消 when its first did not: the day is recorded once every duty is written.
        foreach (var (index, on) in cancelled)
        {
            w.CancelDuty(dutyIds[index], on);
        }
        if (!hadDuties)
        {
            progress?.Report(new LoadProgress("indexing", _done, _total));
            await Sql.ExecuteAsync(w.Connection, w.Transaction, CreateDutyIndexesSql, ct);
        }
        var correspondences = 0;
        foreach (var row in Prefetch.Ahead(source.Correspondences, ct))
        {
            var c = row.Value;
            w.Correspondence(c, names);
            _checks.Correspondence(row.Line, c.Township, c.TownshipOffice, c.CountyUnit, names);
            correspondences++;
            Step("correspondences");
        }
        _checks.ThrowIfErrors();
        foreach (var row in units)
        {
            _checks.UnitReferences(row, names);
        }
        progress?.Report(new LoadProgress("linking", _done, _total));
        await Linker.LinkAllAsync(w, names, ct);
        await Sql.ExecuteAsync(w.Connection, w.Transaction, SqliteGraphStore.RelinkFeedbackSql, ct);
        return _checks.Summary(units.Count, sections, dutyIds.Count, holdings, dutyRows, correspondences);
    }

    /// <summary>Into a store with duties: the duty is added or updated by its key, and its old holders go (the rows list its holders now).</summary>
    private long MergeDuty(Duties.Duty duty)
    {
        var id = w.Duty(duty, upsert: true);
        w.DeleteHoldingsOf(id);
        return id;
    }

    /// <summary>Into a store with no duties: ids are given here, so duties go in batches with no lookup.</summary>
    private long QueueDuty(Duties.Duty duty, long id)
    {
        w.QueueDuty(duty, id);
        return id;
    }

    private void Step(string stage)
    {
        if (++_done % 5_000 == 0)
        {
            ct.ThrowIfCancellationRequested();
            progress?.Report(new LoadProgress(stage, _done, _total));
        }
    }
}
