using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Sections;

/// <summary>
/// An edit of a section, once for every store (<see cref="RecordEdit"/>): a section stays in its
/// unit; ending it is refused while it holds duties after that day (先立后破).
/// </summary>
public static class SectionEdits
{
    /// <summary>A new section of the unit its UnitId names, or else of the unit of its name in its jurisdiction; refused when there is none.</summary>
    public static Task<Section> CreateAsync(IGraphStore store, Section section, CancellationToken ct)
    {
        Check.Section(section);
        return store.WriteInTransactionAsync("CreateSection", async w =>
        {
            var unitId = section.UnitId != 0 ? section.UnitId
                : await w.FindUnitInAsync(Jurisdictions.Jurisdiction.Canonical(section.Jurisdiction), section.Unit) ?? 0;
            if (unitId == 0 || await w.UnitAsync(unitId) is null)
            {
                throw new StoreException(StoreErrorCode.NotFound, "unit",
                    $"the section's unit ('{section.Unit}' in {section.Jurisdiction}, id {section.UnitId}) does not exist");
            }
            return await w.InsertSectionAsync(section, unitId);
        }, ct);
    }

    public static Task<Section> UpdateAsync(IGraphStore store, long id, Func<Section, Section> change, CancellationToken ct) =>
        RecordEdit.ApplyAsync(store, "section", id, (w, i) => w.SectionAsync(i), change, async (w, old, changed) =>
        {
            var section = changed with { Id = id };
            Check.Section(section);
            if (section.UnitId != 0 && section.UnitId != old.UnitId)
            {
                throw new StoreException(StoreErrorCode.InvalidArgument, "unitId",
                    "a section cannot move to another unit: abolish it and set up a new one (or merge sections)");
            }
            if (section.ValidTo is { } end && section.ValidTo != old.ValidTo)
            {
                Check.NotHolding(await w.HeldBySectionAfterAsync(id, end), section.Name, end, "validTo");
            }
            return await w.WriteSectionAsync(section with { UnitId = old.UnitId }, old);
        }, ct);
}
