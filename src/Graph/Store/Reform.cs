using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Store;

/// <summary>
/// A reform step (机构改革) as the reform use case applies it, all or nothing: each move ends a holding
/// on <see cref="On"/> and gives the duty to its new holder from that day; then the units and
/// sections listed are abolished on that day, which is refused while any of them still holds
/// a duty after it (先立后破: nothing may fall through).
/// </summary>
public sealed record ReformStep(
    DateOnly On,
    IReadOnlyList<HoldingMove> Moves,
    string Source,
    IReadOnlyList<long>? AbolishUnits = null,
    IReadOnlyList<long>? AbolishSections = null);

/// <summary>A holding to move: to a unit, or a section of it; the role stays unless a new one is given.</summary>
public sealed record HoldingMove(long HoldingId, long ToUnitId, long? ToSectionId = null, Role? Role = null);

/// <summary>What a reform step changed.</summary>
public sealed record ReformOutcome(
    IReadOnlyList<Holding> Ended,
    IReadOnlyList<Holding> Created,
    IReadOnlyList<Unit> AbolishedUnits,
    IReadOnlyList<Section> AbolishedSections);
