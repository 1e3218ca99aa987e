namespace DutyGraph.Graph.Catalogue;

/// <summary>Where a duty's reading comes from.</summary>
public enum MeaningSource
{
    /// <summary>Read from the duty's title and category against the catalogue.</summary>
    Catalogue,
    /// <summary>Staff corrected it; the correction wins over what the catalogue reads.</summary>
    Staff,
}

/// <summary>
/// What a duty is understood to be: the matters it is about (most telling first; empty when the
/// catalogue knows none of its words), what it does about them, and whose affairs it concerns.
/// <see cref="Rest"/> is what the title says beyond its matter and action (超过保质期 in
/// 对经营超过保质期食品的处罚), as separate pieces; <see cref="LocalKey"/> stands in for a matter
/// when the catalogue has none, so that two duties worded alike are still one matter.
/// </summary>
public sealed record DutyMeaning(
    IReadOnlyList<Matter> Matters, IReadOnlyList<string> MatterWords, DutyAction Action, string ActionWord, DutyScope Scope,
    IReadOnlyList<string> Rest, string LocalKey, MeaningSource Source)
{
    /// <summary>The matter the duty is most about, or null when the catalogue knows none.</summary>
    public Matter? Matter => Matters.Count > 0 ? Matters[0] : null;

    /// <summary>The matter's name, or the duty's own key for a duty the catalogue does not know.</summary>
    public string MatterKey => Matter?.Name ?? "~" + LocalKey;

    /// <summary>The catalogue's words (wordings and everyday words of any matter) found in <see cref="Rest"/>: the things it names besides its matters.</summary>
    public IReadOnlyList<(string Phrase, IReadOnlyList<Matter> Matters)> RestNamed { get; init; } = [];

    /// <summary>The matters the words of <see cref="RestNamed"/> stand for, where a word stands for one matter only.</summary>
    public IReadOnlyList<Matter> RestMatters { get; init; } = [];

    /// <summary>Its matters named only by a wording of action and filler words or one many fields share (城市管理, 档案管理), by name.</summary>
    public IReadOnlySet<string> WeakMatters { get; init; } = new HashSet<string>();

    /// <summary>Whether the duty is a step before another decides (申请受理和初审, 调查核实上报): its title's last action word is a step.</summary>
    public bool Step { get; init; }

    /// <summary>The groups of people its title says it is for (残疾人, 退役军人 …: the catalogue's 对象), by name.</summary>
    public IReadOnlySet<string> People { get; init; } = new HashSet<string>();

    /// <summary>The words just before its first matter's short word that say which kind of it the title means (城建 in 城建档案管理), or null.</summary>
    public string? Modifier { get; init; }

    /// <summary>The matters each of its matters borders on (职责边界: 河道采砂 and 矿产资源开采), by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Bordering { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The broader matters of each of its matters (上级事项, then theirs), by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Broader { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>A correction staff made to how a duty is read: it is kept by the duty's list and key, and wins.</summary>
public sealed record DutyCorrection(
    string Jurisdiction, string ListKey, string? Matter, DutyAction? Action, DutyScope? Scope, string? By, DateTimeOffset At);
