using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Units;

/// <summary>
/// An edit of a unit, once for every store (<see cref="RecordEdit"/>): a unit stays in its
/// jurisdiction; ending it is refused while it holds duties after that day (先立后破).
/// </summary>
public static class UnitEdits
{
    public static Task<Unit> CreateAsync(IGraphStore store, Unit unit, CancellationToken ct)
    {
        Check.Unit(unit);
        return store.WriteInTransactionAsync("CreateUnit", w => w.InsertUnitAsync(unit with { Jurisdiction = Jurisdiction.Canonical(unit.Jurisdiction) }), ct);
    }

    public static Task<Unit> UpdateAsync(IGraphStore store, long id, Func<Unit, Unit> change, CancellationToken ct) =>
        RecordEdit.ApplyAsync(store, "unit", id, (w, i) => w.UnitAsync(i), change, async (w, old, changed) =>
        {
            var unit = changed with { Id = id };
            Check.Unit(unit);
            if (Jurisdiction.Canonical(unit.Jurisdiction) != old.Jurisdiction)
            {
                throw new StoreException(StoreErrorCode.InvalidArgument, "jurisdiction",
                    $"a unit cannot move from {old.Jurisdiction} to another jurisdiction: abolish it and set up a new one");
            }
            if (unit.ValidTo is { } end && unit.ValidTo != old.ValidTo)
            {
                Check.NotHolding(await w.HeldByUnitAfterAsync(id, end), unit.Name, end, "validTo");
            }
            return await w.WriteUnitAsync(unit with { Jurisdiction = old.Jurisdiction }, old);
        }, ct);
}
