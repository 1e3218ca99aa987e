using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>Whose remit a shared matter is: a duty may name it only in passing, do its own field's work on it, or be an institution's part of it.</summary>
public static partial class OverlapRule
{
    /// <summary>
    /// Whether the shared matter is incidental to the duty: not its first matter, its holder neither
    /// leads nor shares it, and the duty is about a matter of another field: its first one, or one its
    /// holder leads (交通's 出租汽车驾驶员 duty naming 计价器 is about taxis, not about 计量器具; 工信's
    /// 工业项目招商 is 招商, which 工信 shares).
    /// </summary>
    private static bool OtherField(LeadDuty of, string shared)
    {
        var matters = of.Meaning.Matters;
        var matter = matters.FirstOrDefault(m => m.Name == shared);
        if (matter is null || matters[0] == matter || matter.Leads.Concat(matter.Related).Any(of.Kinds.Contains))
        {
            return false;
        }
        var field = Matter.TopField(matter.Field);
        return Matter.TopField(matters[0].Field) != field
            || matters.Any(m => m != matter && Matter.TopField(m.Field) != field && m.Leads.Any(of.Kinds.Contains));
    }

    /// <summary>
    /// Whether a duty is its holder's own work on another matter of its title, beside the shared one
    /// the other duty's holder leads (or, a permit, the 行政审批局 grants) and its own holder has nothing
    /// to do with (公安's 信息网络安全审核 of 网吧, beside 文旅's or the 行政审批局's 网吧设立审批).
    /// </summary>
    private static bool OwnRemitBeside(LeadDuty of, LeadDuty other, string shared)
    {
        var matter = of.Meaning.Matters.FirstOrDefault(m => m.Name == shared);
        var otherLeads = matter is not null && (matter.Leads.Any(other.Kinds.Contains) || (other.ApprovalBody && DutyActions.IsApproval(other.Meaning.Action)));
        if (!otherLeads || matter!.Leads.Concat(matter.Related).Any(of.Kinds.Contains))
        {
            return false;
        }
        var words = of.Meaning.Matters.Select((m, i) => (Matter: m, Word: of.Meaning.MatterWords[i])).ToList();
        var sharedWord = words.First(x => x.Matter == matter).Word;
        return words.Any(x => x.Matter != matter && !other.Meaning.Matters.Contains(x.Matter) && x.Matter.Leads.Any(of.Kinds.Contains)
            && After(of.Duty.Title, x.Word, sharedWord));
    }

    /// <summary>
    /// Whether a matter word is not a mere modifier of another in the title as the catalogue read it: a
    /// Chinese title names its head last, so a later matter is what the duty does (信息网络安全审核 of 网吧)
    /// and an earlier one only says which (技术改造 投资项目备案), unless 和, 及, 与 or 、 just before the
    /// other joins them as two things (出版物零售单位和个体工商户). A word the title does not have (a
    /// staff correction's) says nothing.
    /// </summary>
    private static bool After(string title, string word, string than)
    {
        var text = SearchText.Normalize(title);
        var (at, other) = (text.LastIndexOf(word, StringComparison.Ordinal), text.LastIndexOf(than, StringComparison.Ordinal));
        return at >= 0 && other >= 0 && (at > other || (other >= at + word.Length + 1 && Conjunctions.Contains(text[other - 1])));
    }

    private const string Conjunctions = "和及与、";


    private const string InstitutionKind = "事业单位";

    private static bool Institution(LeadDuty duty) => duty.Leads.All(l => l.Unit.Kind?.Trim() == InstitutionKind);

    private static bool ManagementWork(LeadDuty duty) =>
        duty.Meaning.Scope == DutyScope.Internal || duty.Duty.Category?.Trim() == DutyReader.InternalCategory;
}
