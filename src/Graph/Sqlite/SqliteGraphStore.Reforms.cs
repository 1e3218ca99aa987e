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
        Check.ReformSource(step);
        return await InTransactionAsync(async w =>
        {
            var ended = new List<Holding>();
            var created = new List<Holding>();
            var seen = new HashSet<long>();
            for (var i = 0; i < step.Moves.Count; i++)
            {
                var move = step.Moves[i];
                var at = $"moves[{i}]";
                var holding = (await HoldingsAsync(w.Connection, w.Transaction, GetHoldingSql, ct, ("$id", move.HoldingId))).FirstOrDefault();
                Check.Movable(holding, move, seen, step.On, at);
                var unit = (await UnitsAsync(w.Connection, w.Transaction, GetUnitSql, ct, ("$id", move.ToUnitId))).FirstOrDefault();
                var section = move.ToSectionId is { } sectionId
                    ? (await SectionsAsync(w.Connection, w.Transaction, GetSectionSql, ct, ("$id", sectionId))).FirstOrDefault()
                    : null;
                Check.MoveTarget(holding!, move, unit, section, step.On, at);
                await Sql.ExecuteAsync(w.Connection, w.Transaction, EndHoldingOnSql, ct, ("$id", holding!.Id), ("$on", DateText.Format(step.On)));
                ended.Add(holding with { ValidTo = step.On });
                var others = await HoldingsAsync(w.Connection, w.Transaction, HoldingsOfDutySql, ct, ("$duty", holding.DutyId));
                if (Check.Moved(holding, move, unit!, section, others, step) is not { } moved)
                {
                    continue;
                }
                var id = w.Holding(moved, holding.DutyId, unit!.Id, section?.Id);
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
}
