using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Units;

/// <summary>
/// An edit of a unit, once for every store (<see cref="RecordEdit"/>): a unit stays in its
/// jurisdiction; ending it is refused while it holds duties after that day (先立后破); a rename
/// carries over to the rows that name it by its old name.
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
            var jurisdiction = Check.StaysIn(old.Jurisdiction, unit.Jurisdiction,
                $"a unit cannot move from {old.Jurisdiction} to another jurisdiction: abolish it and set up a new one");
            if (unit.ValidTo is { } end && unit.ValidTo != old.ValidTo)
            {
                Check.NotHolding(await w.HeldByUnitAfterAsync(id, end), unit.Name, end, "validTo");
            }
            await w.WriteUnitAsync(unit with { Jurisdiction = jurisdiction });
            if (NameKey.Of(unit.Name) != NameKey.Of(old.Name))
            {
                // A rename carries over to the rows that name the unit by its old name; a holding that names it by a 挂牌 name it carries keeps it.
                await w.RenameUnitReferencesAsync(id, old.Name, unit.Name);
                var renamed = (await w.HolderNamesOfUnitAsync(id)).Where(h => NameKey.Of(h.UnitName) == NameKey.Of(old.Name)).Select(h => h.HoldingId).ToList();
                if (renamed.Count > 0)
                {
                    await w.RenameHoldersAsync(renamed, unit.Name);
                }
            }
            await w.LinkNamesAsync();
            return (await w.UnitAsync(id))!;
        }, ct);
}
