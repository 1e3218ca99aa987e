using DutyGraph.Graph.Analysis.Text;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>How alike two duties are, and why.</summary>
public sealed record PairScore(double Score, DuplicateKind Kind, IReadOnlyList<string> Explanation);

/// <summary>
/// Scores candidate pairs of one list (one jurisdiction's duties) closely. Three likenesses
/// are weighed: the core titles' grams (a gram found in few titles of the list counts far more
/// than template wording such as 经营许可), the everyday concepts the thesaurus finds in the
/// titles (化肥 and 肥料 are one matter), and the descriptions. A shared article pulls the score
/// up, unless much of the list cites it; two different articles of one law (siblings) or a
/// permit set against a penalty pull it down. Grams and concepts are numbered once and kept
/// sorted per duty, so a pair is compared by merges, not by sets.
/// </summary>
public sealed class PairScorer
{
    private const double TitleShare = 0.55;
    private const double ConceptShare = 0.3;
    private const double TextShare = 0.15;
    private const double SharedClausePull = 0.35;
    private const double SiblingFactor = 0.45;
    private const double PermitMismatchFactor = 0.3;
    private const double CategoryMismatchFactor = 0.8;
    private const string Permit = "行政许可";

    /// <summary>
    /// A clause cited by more duties than this in one list (an article a whole township list
    /// cites) says nothing about any two of them, so it does not pull their score up.
    /// </summary>
    public const int MaxClauseCiters = 40;

    private readonly IReadOnlyList<DutyProfile> _profiles;
    private readonly int[][] _pulling;

    public PairScorer(IReadOnlyList<DutyProfile> profiles)
    {
        _profiles = profiles;
        var n = Math.Max(1, profiles.Count);
        double Idf(int d) => Math.Max(0.1, Math.Log((double)n / Math.Max(1, d)) + 1);
        var grams = new Vocabulary<int>();
        var text = profiles.Select(p => grams.Number(p.TextGrams)).ToArray();
        var title = profiles.Select(p => grams.Number(p.TitleGrams)).ToArray();
        var concepts = new Vocabulary<string>();
        var conceptSets = profiles.Select(p => concepts.Number(p.Concepts)).ToArray();
        Text = new WeightedSets(text, [.. grams.Frequencies(text).Select(Idf)]);
        // Squared, so that a rare gram outweighs template wording found in many titles several times over.
        Title = new WeightedSets(title, [.. grams.Frequencies(title).Select(d => Math.Pow(Idf(d), 2))]);
        Concepts = new WeightedSets(conceptSets, [.. concepts.Frequencies(conceptSets).Select(Idf)]);
        Likenesses = [(Title, TitleShare), (Concepts, ConceptShare), (Text, TextShare)];
        var citers = profiles.SelectMany(CitedArticles).CountBy(c => c).ToDictionary();
        var articles = new Vocabulary<string>();
        _pulling = [.. profiles.Select(p => p.Category == Permit ? [] :
            articles.Number(CitedArticles(p).Where(c => citers[c] <= MaxClauseCiters)).Order().ToArray())];
    }

    /// <summary>How many duties the scorer holds.</summary>
    public int Count => _profiles.Count;

    /// <summary>The three likenesses weighed, each with its share of the score.</summary>
    public IReadOnlyList<(WeightedSets Sets, double Share)> Likenesses { get; }

    private WeightedSets Title { get; }

    private WeightedSets Concepts { get; }

    private WeightedSets Text { get; }

    /// <summary>
    /// The articles (numbered; law and article) a duty cites that pull a pair's score up: not for permits,
    /// and not those cited by more than <see cref="MaxClauseCiters"/> duties of its list.
    /// </summary>
    public IReadOnlyList<int> PullingArticles(int x) => _pulling[x];

    private static bool SharesAny(int[] a, int[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }
            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return false;
    }

    /// <summary>The likeness (before the pull) a pair sharing a pulling article needs to reach the minimum score.</summary>
    public static double PulledMinimum(double minScore) => (minScore - SharedClausePull) / (1 - SharedClausePull);

    private static IEnumerable<string> CitedArticles(DutyProfile profile) =>
        profile.Clauses.Where(c => c.Article is not null).Select(c => c.Law + "|" + LegalBasis.ArticleOnly(c.Article)).Distinct();

    /// <summary>
    /// The score of the profiles at these indices, and why; null when it is below the minimum
    /// (most candidates are: the explanation is only written for pairs that are kept).
    /// </summary>
    public PairScore? Score(int x, int y, double minScore)
    {
        var (a, b) = (_profiles[x], _profiles[y]);
        var sameCore = a.Core.Length > 0 && a.Core == b.Core;
        var pulled = SharesAny(_pulling[x], _pulling[y]);
        var title = Title.Jaccard(x, y);
        var concept = Concepts.Jaccard(x, y);
        // Most candidates stop here: even with texts alike in full they stay below the minimum,
        // and only a shared article could raise them.
        if (!sameCore && !pulled && Math.Round((TitleShare * title) + (ConceptShare * concept) + TextShare, 4) < minScore)
        {
            return null;
        }
        var categoryMismatch = a.Category is not null && b.Category is not null && a.Category != b.Category;
        var permitMismatch = categoryMismatch && (a.Category == Permit || b.Category == Permit);
        var (shared, sibling) = Compare(a.Clauses, b.Clauses);
        if (sameCore && !categoryMismatch && !sibling)
        {
            List<string> same = [$"事项名称归一后相同：“{a.Duty.Title}”与“{b.Duty.Title}”"];
            AddCommon(same, a, shared);
            return new PairScore(1.0, DuplicateKind.Exact, same);
        }
        var text = Text.Jaccard(x, y);
        var score = (TitleShare * title) + (ConceptShare * concept) + (TextShare * text);
        // One article often sets up several permits (食品安全法第三十五条: 食品生产 and 食品经营许可),
        // so for permits a shared article is no sign of overlap: their titles must agree.
        if (pulled)
        {
            score += SharedClausePull * (1 - score);
        }
        if (sibling)
        {
            score *= SiblingFactor;
        }
        if (categoryMismatch)
        {
            score *= permitMismatch ? PermitMismatchFactor : CategoryMismatchFactor;
        }
        score = Math.Round(score, 4);
        if (score < minScore)
        {
            return null;
        }
        var explanation = new List<string> { $"事项名称相似度{title:0.00}（“{a.Duty.Title}”与“{b.Duty.Title}”），名称与职责内容相似度{text:0.00}" };
        if (concept > 0)
        {
            var common = a.Concepts.Intersect(b.Concepts, StringComparer.Ordinal).Order(StringComparer.Ordinal);
            explanation.Add($"同一事务（同义词表）：{string.Join("、", common)}，相似度{concept:0.00}");
        }
        AddCommon(explanation, a, shared);
        if (sibling)
        {
            explanation.Add($"同一法律的不同条款（{string.Join("；", a.Clauses)} 与 {string.Join("；", b.Clauses)}），是并列事项而非重复");
        }
        if (categoryMismatch)
        {
            explanation.Add($"事项类型不同：{a.Category}与{b.Category}");
        }
        return new PairScore(score, DuplicateKind.Near, explanation);
    }

    private static void AddCommon(List<string> explanation, DutyProfile a, IReadOnlyList<Clause> shared)
    {
        if (a.Category is not null)
        {
            explanation.Add($"事项类型：{a.Category}");
        }
        if (shared.Count > 0)
        {
            explanation.Add($"共同依据：{string.Join("；", shared)}");
        }
    }

    /// <summary>Clauses both cite (by law and article), and whether they cite only different articles of a law they share.</summary>
    private static (IReadOnlyList<Clause> Shared, bool Sibling) Compare(IReadOnlyList<Clause> a, IReadOnlyList<Clause> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return ([], false);
        }
        var shared = a.Where(x => x.Article is not null && b.Any(y => y.Law == x.Law && LegalBasis.ArticleOnly(y.Article) == LegalBasis.ArticleOnly(x.Article)))
            .ToList();
        var sibling = shared.Count == 0 && a.Any(x => x.Article is not null && b.Any(y => y.Law == x.Law && y.Article is not null));
        return (shared, sibling);
    }
}
