using DutyGraph.Graph.Common;

namespace DutyGraph.Graph.Units;

/// <summary>A government unit (单位): a department, a 群团 organisation, a township office.</summary>
public sealed record Unit
{
    public long Id { get; init; }
    public required string Jurisdiction { get; init; }
    public required string Name { get; init; }
    public string? Kind { get; init; }
    /// <summary>The unit this one belongs to (上级单位), by name.</summary>
    public string? Parent { get; init; }
    /// <summary>Other names the unit carries (挂牌名称).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>The unit it shares offices with (合署办公), by name.</summary>
    public string? ColocatedWith { get; init; }
    public int? StaffQuota { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public required string Source { get; init; }
    public Extras Extra { get; init; } = Extras.Empty;

    public bool IsValidAt(DateOnly day) => Validity.IsValidAt(ValidFrom, ValidTo, day);
}

/// <summary>The kinds docs/formats.md names; other kinds are accepted as written.</summary>
public static class UnitKinds
{
    public static readonly IReadOnlyList<string> Known =
        ["党委部门", "政府部门", "群团组织", "事业单位", "乡镇", "派出机构", "议事协调机构", "其他"];
}
