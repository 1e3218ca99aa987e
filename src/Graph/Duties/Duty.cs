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
    /// <summary>The day the duty was cancelled on purpose (状态 取消): from then it is nobody's and not an orphan.</summary>
    public DateOnly? CancelledOn { get; init; }
    /// <summary>Unknown columns of the row that lists the duty without a holder.</summary>
    public Extras Extra { get; init; } = Extras.Empty;

    public string ListKey => DutyKey.Of(Code, Title);

    /// <summary>事项编码: with the title, the duty's key in its list; files write it before the title.</summary>
    public static TextField<Duty> CodeField { get; } = new("code", "事项编码", Long: false, d => d.Code, (d, v) => d with { Code = v });

    /// <summary>
    /// The duty's optional text fields, each described once: the CSV rows, both stores and the API
    /// read and write them from this list (a new one: docs/adding-a-field.md).
    /// </summary>
    public static IReadOnlyList<TextField<Duty>> TextFields { get; } =
    [
        CodeField,
        new("category", "事项类型", Long: false, d => d.Category, (d, v) => d with { Category = v }),
        new("description", "职责内容", Long: true, d => d.Description, (d, v) => d with { Description = v }),
        new("basis", "实施依据", Long: true, d => d.Basis, (d, v) => d with { Basis = v }),
    ];

    /// <summary>Whether the duty was cancelled on or before that day.</summary>
    public bool IsCancelledAt(DateOnly day) => CancelledOn is { } cancelled && cancelled <= day;
}

/// <summary>The 状态 of a duty: 有效 (in force, the default) or 取消 (cancelled on purpose).</summary>
public static class DutyStatus
{
    public const string ActiveName = "有效";
    public const string CancelledName = "取消";

    /// <summary>Reads a 状态 value: empty, 有效 or ACTIVE is in force; 取消 or CANCELLED is cancelled; null for anything else.</summary>
    public static bool? IsCancelled(string? text)
    {
        var t = text.AsSpan().Trim();
        if (t.IsEmpty || t.SequenceEqual(ActiveName) || t.Equals("ACTIVE", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return t.SequenceEqual(CancelledName) || t.Equals("CANCELLED", StringComparison.OrdinalIgnoreCase) ? true : null;
    }
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
