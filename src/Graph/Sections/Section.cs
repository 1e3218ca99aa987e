using DutyGraph.Graph.Common;

namespace DutyGraph.Graph.Sections;

/// <summary>A section (内设机构, 科室) of a unit.</summary>
public sealed record Section
{
    public long Id { get; init; }
    /// <summary>The id of the unit; 0 in a dataset that has not been stored yet.</summary>
    public long UnitId { get; init; }
    public required string Jurisdiction { get; init; }
    public required string Unit { get; init; }
    public required string Name { get; init; }
    public string? Kind { get; init; }
    public int? StaffQuota { get; init; }
    public int? StaffActual { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public required string Source { get; init; }
    public Extras Extra { get; init; } = Extras.Empty;

    public bool IsValidAt(DateOnly day) => Validity.IsValidAt(ValidFrom, ValidTo, day);
}

public static class SectionKinds
{
    public static readonly IReadOnlyList<string> Known = ["综合", "业务", "执法", "审批", "其他"];
}
