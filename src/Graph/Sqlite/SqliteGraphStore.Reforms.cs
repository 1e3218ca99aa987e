using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Sqlite;

/// <summary>Reform steps: holdings move to their new holders, then what is abolished ends, in one transaction.</summary>
public sealed partial class SqliteGraphStore
{
    private const string EndHoldingOnSql = "UPDATE holdings SET valid_to = $on WHERE id = $id";

    public async Task<ReformOutcome> ApplyReformAsync(ReformStep step, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(step.Source))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "source", "a reform step must say where it comes from (e.g. the 三定 document)");
        }
        return await InTransactionAsync(async w =>
        {
            var ended = new List<Holding>();
            var created = new List<Holding>();
            var seen = new HashSet<long>();
            for (var i = 0; i < step.Moves.Count; i++)
            {
                var move = step.Moves[i];
                var at = $"moves[{i}]";
                if (!seen.Add(move.HoldingId))
                {
                    throw new StoreException(StoreErrorCode.InvalidArgument, at + ".holding", $"holding {move.HoldingId} is moved twice in one step");
                }
                var holding = (await HoldingsAsync(w.Connection, w.Transaction, GetHoldingSql, ct, ("$id", move.HoldingId))).FirstOrDefault()
                    ?? throw new StoreException(StoreErrorCode.NotFound, at + ".holding", $"no holding has id {move.HoldingId}");
                if (!holding.IsValidAt(step.On))
                {
                    throw new StoreException(StoreErrorCode.InvalidArgument, at + ".holding",
                        $"{holding.Unit}{(holding.Section is null ? "" : "/" + holding.Section)} does not hold that duty on {DateText.Format(step.On)}");
                }
                var (unit, section) = await TargetAsync(w, move, step.On, at, ct);
                if (holding.UnitId == unit.Id && holding.SectionId == section?.Id)
                {
                    throw new StoreException(StoreErrorCode.InvalidArgument, at + ".toUnit", $"{unit.Name} already is the holder: nothing to move");
                }
                await Sql.ExecuteAsync(w.Connection, w.Transaction, EndHoldingOnSql, ct, ("$id", holding.Id), ("$on", DateText.Format(step.On)));
                ended.Add(holding with { ValidTo = step.On });
                var role = move.Role ?? holding.Role;
                var others = await HoldingsAsync(w.Connection, w.Transaction, HoldingsOfDutySql, ct, ("$duty", holding.DutyId));
                if (others.Any(h => h.UnitId == unit.Id && h.SectionId == section?.Id && h.Role == role && h.IsValidAt(step.On)))
                {
                    continue;
                }
                var moved = new Holding
                {
                    DutyId = holding.DutyId, Unit = unit.Name, Section = section?.Name, Role = role, ValidFrom = step.On, Source = step.Source,
                };
                var id = w.Holding(moved, holding.DutyId, unit.Id, section?.Id);
                created.Add((await HoldingsAsync(w.Connection, w.Transaction, GetHoldingSql, ct, ("$id", id)))[0]);
            }
            var sections = new List<Section>();
            foreach (var (id, i) in (step.AbolishSections ?? []).Select((id, i) => (id, i)))
            {
                sections.Add(await AbolishSectionInAsync(w, id, step.On, $"abolishSections[{i}]", ct));
            }
            var units = new List<Unit>();
            foreach (var (id, i) in (step.AbolishUnits ?? []).Select((id, i) => (id, i)))
            {
                var ending = (await SectionsAsync(w.Connection, w.Transaction, SectionsOfUnitsSql, ct, ("$ids", Sql.IdArray([id]))))
                    .Where(s => s.IsValidAt(step.On) && !(step.AbolishSections ?? []).Contains(s.Id)).Select(s => s.Id).ToHashSet();
                units.Add(await AbolishUnitInAsync(w, id, step.On, $"abolishUnits[{i}]", ct));
                sections.AddRange((await SectionsAsync(w.Connection, w.Transaction, SectionsOfUnitsSql, ct, ("$ids", Sql.IdArray([id]))))
                    .Where(s => ending.Contains(s.Id)));
            }
            return new ReformOutcome(ended, created, units, sections);
        }, ct);
    }

    /// <summary>The unit (and section) a move goes to; both must be in being on the day.</summary>
    private static async Task<(Unit Unit, Section? Section)> TargetAsync(SqliteWriter w, HoldingMove move, DateOnly on, string at, CancellationToken ct)
    {
        var unit = (await UnitsAsync(w.Connection, w.Transaction, GetUnitSql, ct, ("$id", move.ToUnitId))).FirstOrDefault()
            ?? throw new StoreException(StoreErrorCode.NotFound, at + ".toUnit", $"no unit has id {move.ToUnitId}");
        if (!unit.IsValidAt(on))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, at + ".toUnit", $"{unit.Name} is not in being on {DateText.Format(on)}");
        }
        if (move.ToSectionId is not { } sectionId)
        {
            return (unit, null);
        }
        var section = (await SectionsAsync(w.Connection, w.Transaction, GetSectionSql, ct, ("$id", sectionId))).FirstOrDefault()
            ?? throw new StoreException(StoreErrorCode.NotFound, at + ".toSection", $"no section has id {sectionId}");
        if (section.UnitId != unit.Id)
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, at + ".toSection", $"{section.Name} is a section of another unit, not of {unit.Name}");
        }
        return section.IsValidAt(on) ? (unit, section)
            : throw new StoreException(StoreErrorCode.InvalidArgument, at + ".toSection", $"{section.Name} is not in being on {DateText.Format(on)}");
    }
}
