using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;
using R = DutyGraph.Graph.Neo4j.Store.Neo4jRecords;

namespace DutyGraph.Graph.Neo4j.Store;

/// <summary>Reform steps: holdings move to their new holders, then what is abolished ends, in one transaction.</summary>
public sealed partial class Neo4jGraphStore
{
    public Task<ReformOutcome> ApplyReformAsync(ReformStep step, CancellationToken ct)
    {
        Check.ReformSource(step);
        return WriteAsync(async w =>
        {
            var ended = new List<Holding>();
            var created = new List<Holding>();
            var seen = new HashSet<long>();
            for (var i = 0; i < step.Moves.Count; i++)
            {
                var move = step.Moves[i];
                var at = $"moves[{i}]";
                var holding = await w.OneAsync(Cypher.HoldingsById, move.HoldingId, R.Holding);
                Check.Movable(holding, move, seen, step.On, at);
                var unit = await w.OneAsync(Cypher.UnitsById, move.ToUnitId, R.Unit);
                var section = move.ToSectionId is { } sectionId ? await w.OneAsync(Cypher.SectionsById, sectionId, R.Section) : null;
                Check.MoveTarget(holding!, move, unit, section, step.On, at);
                await w.RunAsync(Cypher.EndHolding.With(("id", holding!.Id), ("on", step.On)));
                ended.Add(holding with { ValidTo = step.On });
                var others = await w.ListAsync(Cypher.HoldingsOfDuties.With(("ids", new[] { holding.DutyId })), R.Holding);
                if (Check.Moved(holding, move, unit!, section, others, step) is not { } moved)
                {
                    continue;
                }
                var duty = (await w.OneAsync(Cypher.DutiesById, holding.DutyId, R.Duty))!;
                var id = await w.HoldingsAsync([new Neo4jWriter.HoldingRow(moved, duty.Id, duty.Jurisdiction, unit!.Id, section?.Id)]);
                created.Add((await w.OneAsync(Cypher.HoldingsById, id, R.Holding))!);
            }
            var sections = new List<Section>();
            foreach (var (id, i) in (step.AbolishSections ?? []).Select((id, i) => (id, i)))
            {
                sections.Add(await AbolishSectionInAsync(w, id, step.On, $"abolishSections[{i}]"));
            }
            var units = new List<Unit>();
            foreach (var (id, i) in (step.AbolishUnits ?? []).Select((id, i) => (id, i)))
            {
                var ofUnit = Cypher.SectionsOfUnits.With(("ids", new[] { id }));
                var ending = (await w.ListAsync(ofUnit, R.Section))
                    .Where(s => s.IsValidAt(step.On) && !(step.AbolishSections ?? []).Contains(s.Id)).Select(s => s.Id).ToHashSet();
                units.Add(await AbolishUnitInAsync(w, id, step.On, $"abolishUnits[{i}]"));
                sections.AddRange((await w.ListAsync(ofUnit, R.Section)).Where(s => ending.Contains(s.Id)));
            }
            return new ReformOutcome(ended, created, units, sections);
        }, ct);
    }
}
