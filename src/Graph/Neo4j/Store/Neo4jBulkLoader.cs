using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Neo4j.Store;

/// <summary>
/// Writes a dataset source inside the caller's explicit transaction as its rows stream by, in
/// <c>UNWIND</c> batches: units, then sections (their unit must exist), then duties with their
/// holders, then correspondences, resolving every name with one <see cref="NameIndex"/>. The
/// source's errors and the loader's own are thrown together at the end, so the caller rolls
/// everything back; dangling references become warnings. The same rules as the embedded store's loader.
/// </summary>
internal sealed class Neo4jBulkLoader(Neo4jWriter w, IDatasetSource source, IProgress<LoadProgress>? progress)
{
    /// <summary>Rows per request.</summary>
    private const int Batch = 1_000;

    private readonly LoadChecks _checks = new(source);
    private readonly long _total = source.RowCountHint;
    private long _done;

    public async Task<LoadSummary> LoadAsync(LoadMode mode)
    {
        var ct = w.Token;
        if (mode == LoadMode.Replace)
        {
            progress?.Report(new LoadProgress("clearing", 0, _total));
            while ((await w.RunAsync(Cypher.DeleteGraph.With(("limit", 10_000L)))).First<long>("deleted") > 0)
            {
                ct.ThrowIfCancellationRequested();
            }
        }
        var units = new List<Row<Unit>>();
        foreach (var chunk in Prefetch.Ahead(source.Units, ct).Chunk(Batch))
        {
            await w.UnitsAsync([.. chunk.Select(r => r.Value)], upsert: true);
            units.AddRange(chunk);
            Step("units", chunk.Length);
        }
        var names = await Neo4jLinker.NamesAsync(w, null);
        var sections = await SectionsAsync(names);
        var (duties, holdings, dutyRows) = await DutiesAsync(names);
        var correspondences = await CorrespondencesAsync(names);
        _checks.ThrowIfErrors();
        foreach (var row in units)
        {
            _checks.UnitReferences(row, names);
        }
        progress?.Report(new LoadProgress("linking", _done, _total));
        await Neo4jLinker.LinkAllAsync(w, names);
        // An updated duty lost its holders: a name only they used goes too.
        await w.RunAsync(Cypher.DropUnusedNames.With());
        await w.RunAsync(Cypher.RelinkFeedback.With());
        return _checks.Summary(units.Count, sections, duties, holdings, dutyRows, correspondences);
    }

    private async Task<int> SectionsAsync(NameIndex names)
    {
        var count = 0;
        foreach (var chunk in Prefetch.Ahead(source.Sections, w.Token).Chunk(Batch))
        {
            var batch = new List<(Section Section, long UnitId)>();
            foreach (var row in chunk)
            {
                if (_checks.SectionUnit(row, names) is { } unitId)
                {
                    batch.Add((row.Value, unitId));
                }
            }
            if (batch.Count > 0)
            {
                var ids = await w.SectionsAsync(batch, upsert: true);
                for (var i = 0; i < batch.Count; i++)
                {
                    names.AddSection(ids[i], batch[i].UnitId, batch[i].Section.Name);
                }
                count += batch.Count;
            }
            Step("sections", chunk.Length);
        }
        return count;
    }

    /// <summary>Duties go in batches, each followed by the holdings of the rows read so far (a holding needs its duty's id).</summary>
    private async Task<(int Duties, int Holdings, int Rows)> DutiesAsync(NameIndex names)
    {
        var dutyIds = new List<long>();
        var dutyJurisdictions = new List<string>();
        var pendingDuties = new List<Duty>();
        var pendingHoldings = new List<(Holding Holding, int DutyIndex, long? UnitId, long? SectionId)>();
        var cancelled = new List<(int DutyIndex, DateOnly On)>();
        var holdings = 0;
        var rows = 0;
        async Task FlushAsync()
        {
            if (pendingDuties.Count > 0)
            {
                var ids = await w.DutiesAsync(pendingDuties, upsert: true);
                dutyIds.AddRange(ids);
                pendingDuties.Clear();
            }
            if (pendingHoldings.Count > 0)
            {
                await w.HoldingsAsync([.. pendingHoldings.Select(h =>
                    new Neo4jWriter.HoldingRow(h.Holding, dutyIds[h.DutyIndex], dutyJurisdictions[h.DutyIndex], h.UnitId, h.SectionId))]);
                holdings += pendingHoldings.Count;
                pendingHoldings.Clear();
            }
        }
        foreach (var row in Prefetch.Ahead(source.DutyRows, w.Token))
        {
            rows++;
            if (row.FirstOfDuty)
            {
                pendingDuties.Add(row.Duty);
                dutyJurisdictions.Add(row.Duty.Jurisdiction);
            }
            else if (row.Duty.CancelledOn is { } on)
            {
                cancelled.Add((row.DutyIndex, on));
            }
            if (row.Holding is { } h)
            {
                var (unitId, sectionId) = names.ResolveHolder(row.Duty.Jurisdiction, h.Unit, h.Section);
                _checks.Holder(row.Line, row.Duty.Jurisdiction, h.Unit, h.Section, unitId, sectionId);
                pendingHoldings.Add((h, row.DutyIndex, unitId, sectionId));
            }
            if (pendingDuties.Count + pendingHoldings.Count >= Batch)
            {
                await FlushAsync();
            }
            Step("duties", 1);
        }
        await FlushAsync();
        // A later row of a duty may say 取消 when its first did not: the day is recorded once every duty is written.
        foreach (var chunk in cancelled.Chunk(Batch))
        {
            await w.CancelDutiesAsync([.. chunk.Select(c => (dutyIds[c.DutyIndex], c.On))]);
        }
        return (dutyIds.Count, holdings, rows);
    }

    /// <summary>Correspondences by key: a later row of the same township, office and county unit replaces an earlier one.</summary>
    private async Task<int> CorrespondencesAsync(NameIndex names)
    {
        var byKey = new Dictionary<(string, string, string), Correspondence>();
        var count = 0;
        foreach (var row in Prefetch.Ahead(source.Correspondences, w.Token))
        {
            var c = row.Value;
            byKey[(c.Township, NameKey.Of(c.TownshipOffice), NameKey.Of(c.CountyUnit))] = c;
            _checks.Correspondence(row.Line, c.Township, c.TownshipOffice, c.CountyUnit, names);
            count++;
            Step("correspondences", 1);
        }
        foreach (var chunk in byKey.Values.Chunk(Batch))
        {
            await w.CorrespondencesAsync(chunk, names);
        }
        return count;
    }

    private void Step(string stage, int rows)
    {
        var before = _done / 5_000;
        _done += rows;
        if (_done / 5_000 != before)
        {
            w.Token.ThrowIfCancellationRequested();
            progress?.Report(new LoadProgress(stage, _done, _total));
        }
    }
}
