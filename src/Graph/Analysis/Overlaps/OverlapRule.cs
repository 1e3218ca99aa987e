using DutyGraph.Graph.Catalogue;
using static DutyGraph.Graph.Analysis.Overlaps.MatterAgreement;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>Why two lead duties of one list overlap: the kind, how sure, the matter they share and, for staff, the reason.</summary>
public sealed record PairVerdict(DuplicateKind Kind, double Score, string Matter, string Reason);

/// <summary>
/// Decides whether two lead duties of one list, led by different holders, overlap. The holder's
/// own affairs (本部门安全生产) overlap nothing of another unit; guidance of lower levels is not
/// doing; a step (受理, 初审) is not the decision, nor in a township's list a step (巡查, 制止, 报告) the
/// penalty; in a township's list the unit above and the township's office split a matter by level
/// unless they list one item or both punish. Otherwise they must be about one matter: a
/// catalogue matter both are read as (or, unknown to the catalogue, the same words), a broader and
/// a narrower matter, one naming the other's matter, or two matters on a 职责边界 with the same
/// action and alike words; and for the same people (残疾人, 退役军人 …, or everybody). They must
/// not each name something the other does not (超过保质期 vs 标签不符合规定), be two kinds of one short-worded thing (城建档案 vs 会计档案) or
/// two narrower cases. Then two units doing the same thing are 重复, doing different things to
/// that matter alone 交叉, unless a 行政审批局 holds the permit and the other supervises after it
/// (审管分离, intentional); two sections of one unit, which the 三定 gives each its part, overlap only
/// doing the same with alike words, or on management work.
/// </summary>
public static partial class OverlapRule
{
    private const double Same = 0.9;
    private const double OneSided = 0.8;
    private const double SameArticle = 0.95;
    private const double CrossFactor = 0.8;
    private const double SeparatedScore = 0.7;

    public static PairVerdict? Judge(LeadDuty a, LeadDuty b) => Decide(a, b).Verdict;

    /// <summary>Why two lead duties are not an overlap, in a few words (null when they are one).</summary>
    public static string? WhyNot(LeadDuty a, LeadDuty b) => Decide(a, b).Rejection;

    private static (PairVerdict? Verdict, string? Rejection) No(string why) => (null, why);

    private static (PairVerdict? Verdict, string? Rejection) Decide(LeadDuty a, LeadDuty b)
    {
        if (!a.HasOtherHolderThan(b))
        {
            return No("one holder");
        }
        var (ma, mb) = (a.Meaning, b.Meaning);
        var otherUnits = a.HasOtherUnitThan(b);
        // The holder's own affairs overlap nothing of another unit, nor a duty its own unit does for others.
        // Between units, a 内部管理 item on a matter neither is of a kind to lead is each one's own; within a unit, its title says.
        var (ownA, ownB) = otherUnits ? (a.OwnAffairsBeside(b), b.OwnAffairsBeside(a)) : (ma.Scope == DutyScope.Internal, mb.Scope == DutyScope.Internal);
        if ((ownA || ownB) && (otherUnits || ownA != ownB))
        {
            return No("own affairs");
        }
        if ((ma.Scope == DutyScope.Guidance) != (mb.Scope == DutyScope.Guidance))
        {
            return No("guidance beside doing");
        }
        // Taking in and checking an application (受理, 初审) beside deciding it, and patrolling, stopping and reporting
        // (巡查, 制止, 报告: a township's part) beside punishing it, are one procedure split between holders.
        var other = ma.Step ? mb.Action : ma.Action;
        if (ma.Step != mb.Step && (DutyActions.IsDecision(other) || (DutyActions.IsEnforcement(other) && a.InTownshipList)))
        {
            return No("a step beside the decision");
        }
        // The same work for two places (临湖区辖区… and 江滨区辖区…) is each place's own.
        if (PlaceOf(a.Duty.Title) is { } placeA && PlaceOf(b.Duty.Title) is { } placeB && placeA != placeB)
        {
            return No("different places");
        }
        var sameAction = DutyActions.SameKind(ma.Action, mb.Action);
        var exact = a.Core.Length > 0 && a.Core == b.Core;
        // In a township's list a unit above and the township's office take one matter by level (上级收回 beside 基本履职): they
        // overlap listing one item, or both punishing (a penalty given to the township and still listed above).
        if (a.FromAbove != b.FromAbove && !exact && !(DutyActions.IsEnforcement(ma.Action) && DutyActions.IsEnforcement(mb.Action)))
        {
            return No("levels splitting the work");
        }
        if (exact && sameAction)
        {
            return (new PairVerdict(DuplicateKind.Exact, 1.0, ma.Matter?.Name ?? a.Core, $"事项名称归一后相同：“{a.Duty.Title}”"), null);
        }
        var basis = Basis(a, b);
        // A broader and a narrower matter (道路运输经营 and 非法营运) are one; and a duty's title may name the other's matter beside its own.
        if (basis == BasisRelation.Siblings)
        {
            return No("sibling articles");
        }
        var matter = Shared(ma, mb) ?? Related(ma, mb) ?? Named(ma, mb);
        var (sideA, sideB) = (matter, matter);
        if (matter is null)
        {
            if (Bordering(ma, mb) is not { } border)
            {
                return No("no shared matter");
            }
            var (x, y) = border;
            if (!sameAction)
            {
                return No("different actions across a boundary");
            }
            // Across a boundary the two titles must also say something alike (病死 and 经营 in 屠宰经营病死畜禽 and 经营病死肉类).
            if (!Alike(ma, mb))
            {
                return No("nothing alike across a boundary");
            }
            (matter, sideA, sideB) = (x + DuplicateFinder.BoundarySeparator + y, x, y);
        }
        // A duty for a group of people (残疾人自主创业补贴, 退役军人来信来访) and one for everybody or for another group are two duties.
        if (basis != BasisRelation.SameArticle && !ma.People.SetEquals(mb.People))
        {
            return No("different people");
        }
        double score;
        if (basis == BasisRelation.SameArticle)
        {
            score = SameArticle;
        }
        else
        {
            var across = sideA != sideB;
            var (specificA, specificB) = (Specifics(ma, mb, sideA!, across), Specifics(mb, ma, sideB!, across));
            if (OtherField(a, sideA!) || OtherField(b, sideB!))
            {
                return No("incidental matter");
            }
            if (!across && (OwnRemitBeside(a, b, sideA!) || OwnRemitBeside(b, a, sideA!)))
            {
                return No("each its own remit");
            }
            if (specificA.Count > 0 && specificB.Count > 0 && !SharesWords(specificA, specificB))
            {
                return No("different specifics");
            }
            // Two kinds of one thing named by a short word of management (城建档案管理 and 会计档案管理) are two things.
            if (ma.Matter?.Name == sideA && mb.Matter?.Name == sideB && ma.Modifier is { } kindA && mb.Modifier is { } kindB
                && !SharesWords([kindA], [kindB]))
            {
                return No("different kinds of one thing");
            }
            // Two different narrower cases of the shared matter (工业噪声 and 建筑施工噪声 of 噪声污染防治) are two things.
            if (!across && Narrower(ma, mb, sideA!) is { Count: > 0 } narrowerA && Narrower(mb, ma, sideB!) is { Count: > 0 } narrowerB
                && !narrowerA.Intersect(narrowerB).Any())
            {
                return No("different narrower cases");
            }
            score = specificA.Count > 0 || specificB.Count > 0 ? (SharesWords(specificA, specificB) ? Same : OneSided) : Same;
            score = across ? Math.Min(score, OneSided) : score;
        }
        // Sections of one unit split its work by the 三定: the same duty worded twice there must also say something alike, the
        // matter's word counting (the unit's own management work has no such split, and one cited article is one duty).
        if (sameAction && !otherUnits && basis != BasisRelation.SameArticle && !Alike(ma, mb) && !(ManagementWork(a) && ManagementWork(b)))
        {
            return No("sections splitting the work");
        }
        if (sameAction)
        {
            return (new PairVerdict(DuplicateKind.Near, score, matter, sideA == sideB
                ? $"同一事项“{matter}”、同一职权（{DutyActions.ChineseName(ma.Action)}）由两个牵头主体承担"
                : $"“{sideA}”与“{sideB}”是两个部门从各自一侧管的同一件事（职责边界），同一职权（{DutyActions.ChineseName(ma.Action)}）由两个牵头主体承担"), null);
        }
        // Two sections of one unit: approving and supervising are the 三定's own split of the work; the unit's own affairs and
        // management work (内部管理) have no such split, short of punishing what the other manages.
        if (!otherUnits)
        {
            return ManagementWork(a) && ManagementWork(b) && DutyActions.IsEnforcement(ma.Action) == DutyActions.IsEnforcement(mb.Action)
                ? (new PairVerdict(DuplicateKind.Near, score, matter, $"同一单位的两个科室都承担本单位的“{matter}”"), null)
                : No("sections splitting the work");
        }
        if ((a.ApprovalBody && DutyActions.IsApproval(ma.Action) && DutyActions.IsSupervision(mb.Action))
            || (b.ApprovalBody && DutyActions.IsApproval(mb.Action) && DutyActions.IsSupervision(ma.Action)))
        {
            return (new PairVerdict(DuplicateKind.Separated, SeparatedScore, matter,
                $"审管分离：行政审批局负责“{matter}”的{DutyActions.ChineseName(a.ApprovalBody ? ma.Action : mb.Action)}，主管部门负责事中事后监管（{DutyActions.ChineseName(a.ApprovalBody ? mb.Action : ma.Action)}），属有意安排"), null);
        }
        // A department supervising and its public institution (事业单位) doing the service or technical work is 政事分开, not two masters.
        if (Institution(a) != Institution(b))
        {
            return No("a department and an institution doing its service");
        }
        // Doing different things about a matter is a cross only where both duties are about that matter alone:
        // 网吧 设立审批 beside 网吧 信息网络安全审核 are two legal steps, not one thing with two masters.
        if (ma.Matters.Any(m => !mb.Matters.Contains(m)) || mb.Matters.Any(m => !ma.Matters.Contains(m)))
        {
            return No("different actions on more than one matter");
        }
        return (new PairVerdict(DuplicateKind.Cross, Math.Round(score * CrossFactor, 4), matter,
            $"同一事项“{matter}”由不同单位分别{DutyActions.ChineseName(ma.Action)}和{DutyActions.ChineseName(mb.Action)}：一件事多头管理（职责交叉）"), null);
    }

    private enum BasisRelation
    {
        /// <summary>The bases say nothing either way: one or both cite no article of a law the other cites.</summary>
        Unknown,
        /// <summary>Both cite one article: the same provision, so the same responsibility.</summary>
        SameArticle,
        /// <summary>Both cite articles of one law but none in common: two provisions, two responsibilities (盗伐 and 滥伐).</summary>
        Siblings,
    }

    private static BasisRelation Basis(LeadDuty a, LeadDuty b) =>
        a.Cited.Articles.Intersect(b.Cited.Articles).Any() ? BasisRelation.SameArticle : a.Cited.Laws.Intersect(b.Cited.Laws).Any() ? BasisRelation.Siblings : BasisRelation.Unknown;

    /// <summary>The place a title begins with (临湖区, 青杠镇, 东城街道), or null.</summary>
    private static string? PlaceOf(string title) => LeadingPlace().Match(title) is { Success: true } m ? m.Groups[1].Value : null;

    [System.Text.RegularExpressions.GeneratedRegex("^(?:对)?([\u4E00-\u9FFF]{2,5}?(?:街道|区|县|镇|乡))(?:辖区|范围内|境内)")]
    private static partial System.Text.RegularExpressions.Regex LeadingPlace();
}
