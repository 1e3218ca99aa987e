using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Duties;

/// <summary>
/// Giving a duty to a holder and taking it away, once for every store: a holder given by id must
/// exist (and a section be one of its unit's), a holder given by name is resolved as a duties.csv
/// row is (and may dangle, to be reported as an orphan); a holder holds a duty once; a holding
/// ends on a day after it began, or is deleted when it was entered in error.
/// </summary>
public static class HoldingEdits
{
    public static Task<Holding> AssignAsync(IGraphStore store, Holding holding, CancellationToken ct)
    {
        Check.Holding(holding);
        return store.WriteInTransactionAsync("AssignHolding", async w =>
        {
            var duty = await w.DutyAsync(holding.DutyId)
                ?? throw new StoreException(StoreErrorCode.NotFound, "dutyId", $"no duty has id {holding.DutyId}");
            Check.NotHeldAlready(await w.HoldingsOfDutyAsync(duty.Id), holding);
            var (unitId, sectionId) = holding.UnitId is { } givenUnit
                ? await GivenHolderAsync(w, givenUnit, holding.SectionId)
                : await w.ResolveHolderAsync(duty.Jurisdiction, holding.Unit, holding.Section);
            return await w.AddHoldingAsync(holding, duty, unitId, sectionId);
        }, ct);
    }

    public static Task<Holding> EndAsync(IGraphStore store, long id, DateOnly on, CancellationToken ct) =>
        store.WriteInTransactionAsync("EndHolding", async w =>
        {
            var holding = await w.HoldingAsync(id) ?? throw StoreException.NotFound("holding", id);
            Check.EndDate(holding.ValidFrom, on, "on");
            await w.EndHoldingAsync(id, on);
            return holding with { ValidTo = on };
        }, ct);

    public static Task RemoveAsync(IGraphStore store, long id, CancellationToken ct) =>
        store.WriteInTransactionAsync("RemoveHolding", async w => await w.DeleteHoldingAsync(id) ? true : throw StoreException.NotFound("holding", id), ct);

    /// <summary>A holder given by id: the unit must exist, and the section (if any) must be one of its sections.</summary>
    private static async Task<(long? UnitId, long? SectionId)> GivenHolderAsync(IStoreWrites w, long unitId, long? sectionId)
    {
        if (await w.UnitAsync(unitId) is null)
        {
            throw new StoreException(StoreErrorCode.NotFound, "unit", $"no unit has id {unitId}");
        }
        if (sectionId is { } id && (await w.SectionAsync(id))?.UnitId != unitId)
        {
            throw new StoreException(StoreErrorCode.NotFound, "section", $"unit {unitId} has no section with id {id}");
        }
        return (unitId, sectionId);
    }
}
