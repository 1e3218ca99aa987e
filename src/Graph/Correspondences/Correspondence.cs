using DutyGraph.Graph.Common;

namespace DutyGraph.Graph.Correspondences;

/// <summary>
/// A row of a township's 衔接对应表: a township office (a unit or a section of the township)
/// answers to a county unit. Names are kept as written; the ids are set where they resolve.
/// </summary>
public sealed record Correspondence
{
    public long Id { get; init; }
    public required string Township { get; init; }
    public required string TownshipOffice { get; init; }
    public required string CountyUnit { get; init; }
    public string? Note { get; init; }
    public required string Source { get; init; }
    public Extras Extra { get; init; } = Extras.Empty;
    public long? OfficeUnitId { get; init; }
    public long? OfficeSectionId { get; init; }
    public long? CountyUnitId { get; init; }
}
