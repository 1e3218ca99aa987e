using DutyGraph.Graph.Analysis.Text;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>How alike two duties are, and why.</summary>
public sealed record PairScore(double Score, DuplicateKind Kind, IReadOnlyList<string> Explanation);

/// <summary>
/// Scores a candidate pair closely: rare shared grams of the core titles (and descriptions)
/// count most; a shared legal clause pulls the score up; two different articles of the same
/// law (siblings) or two different kinds of action (a 许可 and a 处罚) pull it down.
/// Grams are numbered once and kept sorted per duty, so a pair is compared by a merge, not by sets.
/// </summary>
public sealed class PairScorer
{
    private const double TitleShare = 0.6;
    private const double SharedClausePull = 0.35;
    private const double SiblingFactor = 0.45;
    private const double CategoryMismatchFactor = 0.4;

    private readonly IReadOnlyList<DutyProfile> _profiles;
    private readonly double[] _weights;
    private readonly int[][] _title;
    private readonly int[][] _text;

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
        for (var i = 0; i < profiles.Count; i++)
        {
            _title[i] = [.. profiles[i].TitleGrams.Select(Id).Order()];
            _text[i] = [.. profiles[i].TextGrams.Select(Id).Order()];
            foreach (var id in _text[i])
            {
                df[id]++;
            }
        }
        var n = Math.Max(1, profiles.Count);
        _weights = [.. df.Select(d => Math.Max(0.1, Math.Log((double)n / Math.Max(1, d)) + 1))];
    }

    /// <summary>The score of the profiles at these indices, and why.</summary>
    public PairScore Score(int x, int y)
    {
        var (a, b) = (_profiles[x], _profiles[y]);
        var explanation = new List<string>();
        var categoryMismatch = a.Category is not null && b.Category is not null && a.Category != b.Category;
        var (shared, sibling) = Compare(a.Clauses, b.Clauses);
        if (a.Core.Length > 0 && a.Core == b.Core && !categoryMismatch && !sibling)
        {
            explanation.Add($"事项名称归一后相同：“{a.Duty.Title}”与“{b.Duty.Title}”");
            AddCommon(explanation, a, shared);
            return new PairScore(1.0, DuplicateKind.Exact, explanation);
        }
        var title = WeightedJaccard(_title[x], _title[y]);
        var text = WeightedJaccard(_text[x], _text[y]);
        var score = (TitleShare * title) + ((1 - TitleShare) * text);
        explanation.Add($"事项名称相似度{title:0.00}（“{a.Duty.Title}”与“{b.Duty.Title}”），名称与职责内容相似度{text:0.00}");
        if (shared.Count > 0)
        {
            score += SharedClausePull * (1 - score);
        }
        AddCommon(explanation, a, shared);
        if (sibling)
        {
            score *= SiblingFactor;
            explanation.Add($"同一法律的不同条款（{string.Join("；", a.Clauses)} 与 {string.Join("；", b.Clauses)}），是并列事项而非重复");
        }
        if (categoryMismatch)
        {
            score *= CategoryMismatchFactor;
            explanation.Add($"事项类型不同：{a.Category}与{b.Category}");
        }
        return new PairScore(Math.Round(score, 4), DuplicateKind.Near, explanation);
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
    private double WeightedJaccard(int[] a, int[] b)
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
                either += _weights[a[i++]];
            }
            else if (i == a.Length || b[j] < a[i])
            {
                either += _weights[b[j++]];
            }
            else
            {
                both += _weights[a[i]];
                either += _weights[a[i]];
                i++;
                j++;
            }
        }
        return either == 0 ? 0 : both / either;
    }
}
