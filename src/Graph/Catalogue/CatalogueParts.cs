namespace DutyGraph.Graph.Catalogue;

/// <summary>A kind of unit (市场监管, 公安, 城管 …) and the words in a unit's name that show it.</summary>
public sealed record UnitKind(string Name, IReadOnlyList<string> NameWords, string? Note);

/// <summary>An action with the words that show it in a list title and, in a question, that the caller wants it.</summary>
public sealed record ActionCue(DutyAction Action, string Name, IReadOnlyList<string> TitleWords, IReadOnlyList<string> QuestionWords, string? Category);

/// <summary>
/// The small word lists beside the matters: what marks a duty as the holder's own affairs (内部)
/// or as guidance of lower levels (指导), filler words that say nothing of what a duty is about
/// (泛词), aspects (方面) such as 安全生产 that a title names beside its real matter, and words
/// that show a question is no government business at all (范围外: 电影推荐, 比分多少), and the
/// steps before a decision (环节).
/// </summary>
public sealed record CatalogueCues(
    IReadOnlyList<string> Internal, IReadOnlyList<string> Guidance, IReadOnlyList<string> Filler, IReadOnlyList<string> Aspects,
    IReadOnlyList<string> OffTopic)
{
    public static readonly CatalogueCues None = new([], [], [], [], []);

    /// <summary>Words of a step before another unit decides (环节: 受理, 初审, 核实上报): such a duty is the front end of a procedure, not the procedure.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>Matters every unit also has for itself (自身事务: 党风廉政建设, 保密工作): a 内部管理 item on one is the unit's own affairs.</summary>
    public IReadOnlyList<string> OwnAffairs { get; init; } = [];

    /// <summary>Names of a unit's general office (综合科室: 办公室, 综合科): what it does on a matter its unit has nothing to do with runs the unit.</summary>
    public IReadOnlyList<string> GeneralOffices { get; init; } = [];

    /// <summary>The groups of people a duty can be for (对象: 残疾人, 退役军人 …), each the words that name it, the first its name.</summary>
    public IReadOnlyList<IReadOnlyList<string>> People { get; init; } = [];
}

/// <summary>
/// A 职责边界: two matters that two departments' lists each cover from their own side (河道采砂 and
/// 矿产资源开采, 非法营运 and 道路客运经营), so that duties on them doing the same thing are one responsibility.
/// </summary>
public sealed record MatterBoundary(string A, string B, string? Note);
