using DutyGraph.Graph.Common;

namespace DutyGraph.Graph.Duties;

/// <summary>
/// A duty (职责事项) on the list of one jurisdiction. Its key in that list is its code,
/// or its title where it has no code.
/// </summary>
public sealed record Duty
{
    public long Id { get; init; }
    public required string Jurisdiction { get; init; }
    public string? Code { get; init; }
    public required string Title { get; init; }
    public string? Category { get; init; }
    public string? Description { get; init; }
    public string? Basis { get; init; }
    public required string Source { get; init; }
    /// <summary>Unknown columns of the row that lists the duty without a holder.</summary>
    public Extras Extra { get; init; } = Extras.Empty;

    public string ListKey => DutyKey.Of(Code, Title);
}

public static class DutyKey
{
    public static string Of(string? code, string title) =>
        string.IsNullOrWhiteSpace(code) ? "T:" + Text.NameKey.Of(title) : "C:" + Text.NameKey.Of(code);
}

public static class DutyCategories
{
    public static readonly IReadOnlyList<string> Known =
    [
        "行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励",
        "行政裁决", "其他行政权力", "公共服务", "内部管理", "基本履职", "配合履职", "上级收回",
    ];
}
