using DutyGraph.Graph.Analysis.Text;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>How alike two duties are, and why.</summary>
public sealed record PairScore(double Score, DuplicateKind Kind, IReadOnlyList<string> Explanation);

/// <summary>
/// Scores a candidate pair closely. Three likenesses are weighed: the core titles' grams (a
/// gram found in few titles counts far more than template wording such as 经营许可), the
/// everyday concepts the thesaurus finds in the titles (化肥 and 肥料 are one matter), and the
/// descriptions. A shared legal clause pulls the score up; two different articles of one law
/// (siblings) or a permit set against a penalty pull it down. Grams and concepts are numbered
/// once and kept sorted per duty, so a pair is compared by merges, not by sets.
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

    private readonly IReadOnlyList<DutyProfile> _profiles;
    private readonly double[] _weights;
    private readonly double[] _titleWeights;
    private readonly double[] _conceptWeights;
    private readonly int[][] _title;
    private readonly int[][] _text;
    private readonly int[][] _concepts;

    public PairScorer(IReadOnlyList<DutyProfile> profiles)
    {
        _profiles = profiles;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        int Id(string gram)
        {
            if (!ids.TryGetValue(gram, out var id))
            {
                ids[gram] = id = df.Count;
                df.Add(0);
            }
            return id;
        }
        _title = new int[profiles.Count][];
        _text = new int[profiles.Count][];
        var conceptIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var conceptDf = new List<int>();
        _concepts = new int[profiles.Count][];
        for (var i = 0; i < profiles.Count; i++)
        {
            _title[i] = [.. profiles[i].TitleGrams.Select(Id).Order()];
            _text[i] = [.. profiles[i].TextGrams.Select(Id).Order()];
            _concepts[i] = [.. profiles[i].Concepts.Select(c =>
            {
                if (!conceptIds.TryGetValue(c, out var id))
                {
                    conceptIds[c] = id = conceptDf.Count;
                    conceptDf.Add(0);
                }
                return id;
            }).Order()];
            foreach (var id in _text[i])
            {
                df[id]++;
            }
            foreach (var id in _concepts[i])
            {
                conceptDf[id]++;
            }
        }
        var titleDf = new int[df.Count];
        foreach (var grams in _title)
        {
            foreach (var id in grams)
            {
                titleDf[id]++;
            }
        }
        var n = Math.Max(1, profiles.Count);
        double Idf(int d) => Math.Max(0.1, Math.Log((double)n / Math.Max(1, d)) + 1);
        _weights = [.. df.Select(Idf)];
        // Squared, so that a rare gram outweighs template wording found in many titles several times over.
        _titleWeights = [.. titleDf.Select(d => Math.Pow(Idf(d), 2))];
        _conceptWeights = [.. conceptDf.Select(Idf)];
    }

    /// <summary>
    /// The score of the profiles at these indices, and why; null when it is below the minimum
    /// (most candidates are: the explanation is only written for pairs that are kept).
    /// </summary>
    public PairScore? Score(int x, int y, double minScore)
    {
        var (a, b) = (_profiles[x], _profiles[y]);
        var categoryMismatch = a.Category is not null && b.Category is not null && a.Category != b.Category;
        var permitMismatch = categoryMismatch && (a.Category == Permit || b.Category == Permit);
        var (shared, sibling) = Compare(a.Clauses, b.Clauses);
        if (a.Core.Length > 0 && a.Core == b.Core && !categoryMismatch && !sibling)
        {
            List<string> same = [$"事项名称归一后相同：“{a.Duty.Title}”与“{b.Duty.Title}”"];
            AddCommon(same, a, shared);
            return new PairScore(1.0, DuplicateKind.Exact, same);
        }
        var title = WeightedJaccard(_title[x], _title[y], _titleWeights);
        var text = WeightedJaccard(_text[x], _text[y], _weights);
        var concept = WeightedJaccard(_concepts[x], _concepts[y], _conceptWeights);
        var score = (TitleShare * title) + (ConceptShare * concept) + (TextShare * text);
        // One article often sets up several permits (食品安全法第三十五条: 食品生产 and 食品经营许可),
        // so for permits a shared article is no sign of overlap: their titles must agree.
        if (shared.Count > 0 && a.Category != Permit && b.Category != Permit)
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

    /// <summary>Σ weights of shared grams / Σ weights of grams in either, over two sorted id arrays.</summary>
    private static double WeightedJaccard(int[] a, int[] b, double[] weights)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        double both = 0, either = 0;
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j == b.Length || (i < a.Length && a[i] < b[j]))
            {
                either += weights[a[i++]];
            }
            else if (i == a.Length || b[j] < a[i])
            {
                either += weights[b[j++]];
            }
            else
            {
                both += weights[a[i]];
                either += weights[a[i]];
                i++;
                j++;
            }
        }
        return either == 0 ? 0 : both / either;
    }
}
