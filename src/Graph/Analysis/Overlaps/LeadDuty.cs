using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>A duty with its lead holdings in force (holder active) and how the catalogue reads it: what overlap detection compares.</summary>
public sealed record LeadDuty(Duty Duty, IReadOnlyList<(Holding Holding, Unit Unit)> Leads, DutyMeaning Meaning, string Core, bool ApprovalBody)
{
    /// <summary>The kinds of its lead units (公安, 交通 …).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>
    /// Whether the duty is its holder's own affairs beside another duty: read so from its title
    /// (本单位, 机关党建 …), or a 内部管理 item on a matter that no lead unit of either duty is of a
    /// kind to lead (干部教育培训 in two bureaus' lists is each one's own staff's training; beside
    /// the 组织部's, it is the county's), or a matter its unit has nothing to do with, done by the
    /// unit's general office (a bureau's 办公室 doing 督查督办 for the bureau).
    /// </summary>
    public bool OwnAffairsBeside(LeadDuty other) => Meaning.Scope == DutyScope.Internal
        || (Duty.Category?.Trim() == DutyReader.InternalCategory && Meaning.Matter is { } matter
            && !matter.Leads.Any(Kinds.Contains) && !matter.Leads.Any(other.Kinds.Contains))
        || (InGeneralOffice && Meaning.Matter is { } run && !run.Leads.Concat(run.Related).Any(Kinds.Contains));

    /// <summary>Whether the duty is on a township's list.</summary>
    public bool InTownshipList { get; init; }

    /// <summary>Whether the duty is on a township's list and its lead holders are all units above it (county units).</summary>
    public bool FromAbove => InTownshipList && Leads.All(l => l.Unit.Jurisdiction != Duty.Jurisdiction);

    /// <summary>Whether every lead is a unit's general office (the catalogue's 综合科室: 办公室, 综合科 …), which runs its unit.</summary>
    public bool GeneralOffice { get; init; }

    /// <summary>A general office that runs its own unit; not those of the 党委 and 政府, whose running is the whole county's.</summary>
    private bool InGeneralOffice => GeneralOffice && !Kinds.Any(WholeGovernmentOffices.Contains);

    /// <summary>The unit kinds (unit-kinds.csv) of the 党委 and 政府 offices.</summary>
    private static readonly HashSet<string> WholeGovernmentOffices = ["政府办", "党委办"];

    /// <summary>What the duty's legal basis cites.</summary>
    public Citations Cited { get; init; } = Citations.None;

    /// <summary>Whether some lead of one and some lead of the other are different holders (unit, or section of a unit).</summary>
    public bool HasOtherHolderThan(LeadDuty other) =>
        Leads.Any(x => other.Leads.Any(y => Holder(x.Holding) != Holder(y.Holding)));

    /// <summary>Whether some lead of one and some lead of the other are different units.</summary>
    public bool HasOtherUnitThan(LeadDuty other) => Leads.Any(x => other.Leads.Any(y => x.Unit.Id != y.Unit.Id));

    public static (long Unit, long? Section) Holder(Holding h) => (h.UnitId!.Value, h.SectionId);

    /// <summary>How a holder is named to staff: the unit, and its section where it has one.</summary>
    public static string Name(Holding h) => h.Section is null ? h.Unit : $"{h.Unit}{h.Section}";
}

/// <summary>
/// The articles a legal basis cites (law and article, without 款 and 项), and the laws of them,
/// leaving out the laws of procedure any duty may cite (行政处罚法 …); read once per basis text.
/// </summary>
public sealed record Citations(string[] Articles, string[] Laws)
{
    public static readonly Citations None = new([], []);

    public static Citations Of(string? basis)
    {
        var clauses = LegalBasis.Parse(basis).Where(c => c.Article is not null && !LegalBasis.IsGeneral(c.Law)).ToList();
        return clauses.Count == 0 ? None
            : new([.. clauses.Select(c => c.Law + "|" + LegalBasis.ArticleOnly(c.Article)).Distinct()], [.. clauses.Select(c => c.Law).Distinct()]);
    }
}
