using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Sqlite;

/// <summary>
/// Writes a whole dataset inside the caller's transaction: units, then sections (their unit
/// must exist, in the dataset or already stored), then duties with their holders and the
/// correspondences, resolving every name with one <see cref="NameIndex"/>. Errors are
/// collected, never thrown one by one; dangling references become warnings.
/// </summary>
internal sealed class BulkLoader(SqliteWriter w, IProgress<LoadProgress>? progress, long total, CancellationToken ct)
{
    private readonly List<Problem> _errors = [];
    private readonly List<Problem> _warnings = [];
    private long _done;

    private const string CountDutiesSql = "SELECT EXISTS (SELECT 1 FROM duties)";
    private const string DeleteAllSql = """
        DELETE FROM holdings; DELETE FROM correspondences; DELETE FROM duties; DELETE FROM sections;
        DELETE FROM units; DELETE FROM jurisdictions; DELETE FROM sources;
        """;

    public async Task<LoadSummary> LoadAsync(Dataset dataset, LoadMode mode)
    {
        if (mode == LoadMode.Replace)
        {
            await Sql.ExecuteAsync(w.Connection, w.Transaction, DeleteAllSql, ct);
        }
        await Sql.ExecuteAsync(w.Connection, w.Transaction, "PRAGMA cache_size = -600000", ct);
        var hadDuties = await Sql.ScalarAsync(w.Connection, w.Transaction, CountDutiesSql, ct) != 0;

        foreach (var row in dataset.Units)
        {
            w.Unit(row.Value, upsert: true);
            Step("units");
        }
        var names = await Linker.LoadNameIndexAsync(w, ct);
        foreach (var row in dataset.Sections)
        {
            var s = row.Value;
            if (names.FindUnitIn(s.Jurisdiction, s.Unit) is not { } unitId)
            {
                _errors.Add(Problem.Error(DatasetFiles.Sections, row.Line, null,
                    $"单位 (unit): '{s.Unit}' is not a unit of {s.Jurisdiction}: add it to units.csv"));
                continue;
            }
            names.AddSection(w.Section(s, unitId, upsert: true), unitId, s.Name);
            Step("sections");
        }
        if (_errors.Count > 0)
        {
            throw new DatasetRejectedException(_errors);
        }
        var holdings = 0;
        foreach (var entry in dataset.Duties)
        {
            var duty = entry.Duty.Value;
            var dutyId = w.Duty(duty, upsert: true);
            if (hadDuties)
            {
                w.DeleteHoldingsOf(dutyId);
            }
            if (entry.Holdings.Count == 0)
            {
                Step("duties");
            }
            foreach (var row in entry.Holdings)
            {
                var h = row.Value;
                var (unitId, sectionId) = names.ResolveHolder(duty.Jurisdiction, h.Unit, h.Section);
                WarnIfDangling(row.Line, duty.Jurisdiction, h.Unit, h.Section, unitId, sectionId);
                w.Holding(h, dutyId, unitId, sectionId);
                holdings++;
                Step("duties");
            }
        }
        foreach (var row in dataset.Correspondences)
        {
            var c = row.Value;
            w.Correspondence(c, names);
            WarnIfDangling(row.Line, c.Township, c.TownshipOffice, c.CountyUnit, names);
            Step("correspondences");
        }
        foreach (var row in dataset.Units)
        {
            WarnIfUnitRefDangling(row, names);
        }
        progress?.Report(new LoadProgress("linking", _done, total));
        await Linker.LinkAllAsync(w, names, ct);
        return new LoadSummary(dataset.Units.Count, dataset.Sections.Count, dataset.Duties.Count, holdings,
            dataset.Correspondences.Count, _warnings);
    }

    private void WarnIfDangling(int line, string jurisdiction, string unit, string? section, long? unitId, long? sectionId)
    {
        if (unitId is null)
        {
            _warnings.Add(Problem.Warning(DatasetFiles.Duties, line, null,
                $"the holder '{unit}' is not a unit of {jurisdiction} or above it: imported as written, and an orphan until it exists"));
        }
        else if (section is not null && sectionId is null)
        {
            _warnings.Add(Problem.Warning(DatasetFiles.Duties, line, null,
                $"the section '{section}' is not a section of {unit}: imported as written, and an orphan until it exists"));
        }
    }

    private void WarnIfDangling(int line, string township, string office, string countyUnit, NameIndex names)
    {
        if (names.ResolveOffice(township, office) is (null, null))
        {
            _warnings.Add(Problem.Warning(DatasetFiles.Correspondences, line, null,
                $"the township office '{office}' is not a unit or section of {township}"));
        }
        if (names.ResolveCountyUnit(township, countyUnit) is null)
        {
            _warnings.Add(Problem.Warning(DatasetFiles.Correspondences, line, null,
                $"the county unit '{countyUnit}' does not exist above {township}: the office answers to nobody until it does"));
        }
    }

    private void WarnIfUnitRefDangling(Row<Units.Unit> row, NameIndex names)
    {
        var u = row.Value;
        foreach (var (name, what) in new[] { (u.Parent, "上级单位 (parent)"), (u.ColocatedWith, "合署办公 (colocatedWith)") })
        {
            if (name is not null && names.FindUnit(u.Jurisdiction, name) is null)
            {
                _warnings.Add(Problem.Warning(DatasetFiles.Units, row.Line, null,
                    $"{what} '{name}' is not a unit of {u.Jurisdiction} or above it"));
            }
        }
    }

    private void Step(string stage)
    {
        if (++_done % 5_000 == 0)
        {
            ct.ThrowIfCancellationRequested();
            progress?.Report(new LoadProgress(stage, _done, total));
        }
    }
}
