using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Reforms;

/// <summary>
/// The reform steps, once for every store: holdings move to their new holders, then what is
/// abolished ends, all in one transaction; an abolition is refused while the unit or section
/// still holds duties after that day (先立后破), and abolishing a unit ends its sections in being
/// then. A refusal names the field at fault and nothing is written.
/// </summary>
public static class ReformSteps
{
    public static Task<ReformOutcome> ApplyAsync(IGraphStore store, ReformStep step, CancellationToken ct)
    {
        Check.ReformSource(step);
        return store.WriteInTransactionAsync("ApplyReform", async w =>
        {
            var ended = new List<Holding>();
            var created = new List<Holding>();
            var seen = new HashSet<long>();
            for (var i = 0; i < step.Moves.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var move = step.Moves[i];
                var at = $"moves[{i}]";
                var holding = await w.HoldingAsync(move.HoldingId);
                Check.Movable(holding, move, seen, step.On, at);
                var unit = await w.UnitAsync(move.ToUnitId);
                var section = move.ToSectionId is { } sectionId ? await w.SectionAsync(sectionId) : null;
                Check.MoveTarget(holding!, move, unit, section, step.On, at);
                await w.EndHoldingAsync(holding!.Id, step.On);
                ended.Add(holding with { ValidTo = step.On });
                var others = await w.HoldingsOfDutyAsync(holding.DutyId);
                if (Check.Moved(holding, move, unit!, section, others, step) is { } moved)
                {
                    created.Add(await w.AddHoldingAsync(moved, (await w.DutyAsync(holding.DutyId))!, unit!.Id, section?.Id));
                }
            }
            var sections = new List<Section>();
            foreach (var (id, i) in (step.AbolishSections ?? []).Select((id, i) => (id, i)))
            {
                sections.Add(await EndSectionAsync(w, id, step.On, $"abolishSections[{i}]"));
            }
            var units = new List<Unit>();
            foreach (var (id, i) in (step.AbolishUnits ?? []).Select((id, i) => (id, i)))
            {
                var (unit, endedSections) = await EndUnitAsync(w, id, step.On, $"abolishUnits[{i}]");
                units.Add(unit);
                sections.AddRange(endedSections);
            }
            return new ReformOutcome(ended, created, units, sections);
        }, ct);
    }

    /// <summary>撤销 a unit on a day (and its sections in being then); refused while it holds duties after it.</summary>
    public static Task<Unit> AbolishUnitAsync(IGraphStore store, long id, DateOnly on, CancellationToken ct) =>
        store.WriteInTransactionAsync("AbolishUnit", async w => (await EndUnitAsync(w, id, on, "id")).Unit, ct);

    /// <summary>撤销 a section on a day; refused while it holds duties after it.</summary>
    public static Task<Section> AbolishSectionAsync(IGraphStore store, long id, DateOnly on, CancellationToken ct) =>
        store.WriteInTransactionAsync("AbolishSection", w => EndSectionAsync(w, id, on, "id"), ct);

    private static async Task<(Unit Unit, List<Section> Sections)> EndUnitAsync(IStoreWrites w, long id, DateOnly on, string field)
    {
        var unit = await w.UnitAsync(id) ?? throw new StoreException(StoreErrorCode.NotFound, field, $"no unit has id {id}");
        Check.EndDate(unit.ValidFrom, on, "on");
        Check.NotAbolishedBefore(unit.ValidTo, on, unit.Name);
        Check.NotHolding(await w.HeldByUnitAfterAsync(id, on), unit.Name, on, field);
        var sections = (await w.SectionsOfUnitAsync(id)).Where(s => s.IsValidAt(on)).Select(s => s with { ValidTo = on }).ToList();
        await w.EndSectionsAsync([.. sections.Select(s => s.Id)], on);
        await w.EndUnitAsync(id, on);
        return (unit with { ValidTo = on }, sections);
    }

    private static async Task<Section> EndSectionAsync(IStoreWrites w, long id, DateOnly on, string field)
    {
        var section = await w.SectionAsync(id) ?? throw new StoreException(StoreErrorCode.NotFound, field, $"no section has id {id}");
        Check.EndDate(section.ValidFrom, on, "on");
        Check.NotAbolishedBefore(section.ValidTo, on, section.Name);
        Check.NotHolding(await w.HeldBySectionAfterAsync(id, on), section.Name, on, field);
        await w.EndSectionsAsync([id], on);
        return section with { ValidTo = on };
    }
}
