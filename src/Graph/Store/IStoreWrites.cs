using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Store;

/// <summary>
/// What a write workflow reads and changes inside one write transaction: records by id and the
/// changes the workflows make. A store carries these out and decides nothing; the rules (先立后破,
/// what may move where, what an abolition ends, what an edit may change) are the use cases'
/// (<see cref="Reforms.ReformSteps"/>, <see cref="Units.UnitEdits"/>, <see cref="Sections.SectionEdits"/>,
/// <see cref="Duties.DutyEdits"/>, <see cref="Duties.HoldingEdits"/>, <see cref="Correspondences.CorrespondenceEdits"/>).
/// </summary>
public interface IStoreWrites
{
    Task<Holding?> HoldingAsync(long id);

    Task<Unit?> UnitAsync(long id);

    Task<Section?> SectionAsync(long id);

    Task<Duty?> DutyAsync(long id);

    Task<IReadOnlyList<Holding>> HoldingsOfDutyAsync(long dutyId);

    Task<IReadOnlyList<Section>> SectionsOfUnitAsync(long unitId);

    /// <summary>How many holdings of the unit (itself or its sections) are in force after the day.</summary>
    Task<long> HeldByUnitAfterAsync(long unitId, DateOnly on);

    /// <summary>How many holdings of the section are in force after the day.</summary>
    Task<long> HeldBySectionAfterAsync(long sectionId, DateOnly on);

    Task EndHoldingAsync(long id, DateOnly on);

    /// <summary>Adds a holding of the duty by the unit (or its section), or dangling by name when neither is known; returns it as stored.</summary>
    Task<Holding> AddHoldingAsync(Holding holding, Duty duty, long? unitId, long? sectionId);

    /// <summary>Deletes a holding (entered in error); false when there was none.</summary>
    Task<bool> DeleteHoldingAsync(long id);

    /// <summary>The unit and section a list of the jurisdiction means by these names (looked for there, then above), as a duties.csv row is read; null where none is.</summary>
    Task<(long? UnitId, long? SectionId)> ResolveHolderAsync(string jurisdiction, string unit, string? section);

    /// <summary>Sets the unit's end date, and nothing else.</summary>
    Task EndUnitAsync(long id, DateOnly on);

    /// <summary>Sets the sections' end date, in one go.</summary>
    Task EndSectionsAsync(IReadOnlyList<long> ids, DateOnly on);

    /// <summary>Writes a unit's fields (its jurisdiction is the one it is in, which the use case keeps).</summary>
    Task WriteUnitAsync(Unit unit);

    /// <summary>Carries a unit's new name to the rows that keep its old one: correspondences, 上级单位 and 合署办公 names, feedback.</summary>
    Task RenameUnitReferencesAsync(long unitId, string oldName, string newName);

    /// <summary>The holdings of a unit and its sections, with the unit name each was written with.</summary>
    Task<IReadOnlyList<(long HoldingId, string UnitName)>> HolderNamesOfUnitAsync(long unitId);

    /// <summary>Writes a new unit name into those holdings.</summary>
    Task RenameHoldersAsync(IReadOnlyList<long> holdingIds, string name);

    /// <summary>Links every name the store keeps unresolved to the unit or section it now means.</summary>
    Task LinkNamesAsync();

    /// <summary>Writes a section's fields over <paramref name="old"/>; the rows that name it are renamed with it. Returns it as stored.</summary>
    Task<Section> WriteSectionAsync(Section section, Section old);

    /// <summary>Writes a duty's fields; its list (jurisdiction) is the one it is on, which the use case keeps. Returns it as stored.</summary>
    Task<Duty> WriteDutyAsync(Duty duty);

    /// <summary>Stores a new unit as given (the use case writes its jurisdiction canonically) and links the names that meant it. Returns it as stored.</summary>
    Task<Unit> InsertUnitAsync(Unit unit);

    /// <summary>Stores a new section of a unit and links the names that meant it. Returns it as stored.</summary>
    Task<Section> InsertSectionAsync(Section section, long unitId);

    /// <summary>Stores a new duty on its list. Returns it as stored.</summary>
    Task<Duty> InsertDutyAsync(Duty duty);

    /// <summary>The unit of that name (or 挂牌 name) in that very jurisdiction, or null.</summary>
    Task<long?> FindUnitInAsync(string jurisdiction, string name);

    /// <summary>The id of the correspondence of the township between those names, or 0 when there is none.</summary>
    Task<long> CorrespondenceIdAsync(string township, string office, string countyUnit);

    /// <summary>Stores a new correspondence, its ends linked to the units and sections the names mean. Returns it as stored.</summary>
    Task<Correspondence> InsertCorrespondenceAsync(Correspondence correspondence);

    /// <summary>Deletes a correspondence; false when there was none.</summary>
    Task<bool> DeleteCorrespondenceAsync(long id);
}
