using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Store;

/// <summary>
/// What a reform step reads and changes inside one write transaction: records by id and the few
/// changes a step makes. A store carries these out and decides nothing; the rules (先立后破, what
/// may move where, what an abolition ends) are the use case's (<see cref="Reforms.ReformSteps"/>).
/// </summary>
public interface IReformWrites
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

    /// <summary>Adds a holding of the duty by the unit (or its section), as given; returns it as stored.</summary>
    Task<Holding> AddHoldingAsync(Holding holding, Duty duty, Unit unit, Section? section);

    /// <summary>Sets the unit's end date, and nothing else.</summary>
    Task EndUnitAsync(long id, DateOnly on);

    Task EndSectionAsync(long id, DateOnly on);
}
