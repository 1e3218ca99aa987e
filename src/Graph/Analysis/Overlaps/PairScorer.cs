using DutyGraph.Graph.Analysis.Text;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>How alike two duties are, and why.</summary>
public sealed record PairScore(double Score, DuplicateKind Kind, IReadOnlyList<string> Explanation);

/// <summary>
/// Scores a candidate pair closely: rare shared grams of the core titles (and descriptions)
/// count most; a shared legal clause pulls the score up; two different articles of the same
/// law (siblings) or two different kinds of action (a 许可 and a 处罚) pull it down.
/// </summary>
public sealed class PairScorer(IReadOnlyDictionary<string, double> idf)
{
    private const double TitleShare = 0.6;
    private const double SharedClausePull = 0.35;
    private const double SiblingFactor = 0.45;
    private const double CategoryMismatchFactor = 0.4;

    public PairScore Score(DutyProfile a, DutyProfile b)
    {
        var explanation = new List<string>();
        var categoryMismatch = a.Category is not null && b.Category is not null && a.Category != b.Category;
        var (shared, sibling) = Compare(a.Clauses, b.Clauses);
        if (a.Core.Length > 0 && a.Core == b.Core && !categoryMismatch && !sibling)
        {
            explanation.Add($"事项名称归一后相同：“{a.Duty.Title}”与“{b.Duty.Title}”");
            AddCommon(explanation, a, shared);
            return new PairScore(1.0, DuplicateKind.Exact, explanation);
        }
        var title = WeightedJaccard(a.TitleGrams, b.TitleGrams);
        var text = WeightedJaccard(a.TextGrams, b.TextGrams);
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
        var shared = a.Where(x => x.Article is not null && b.Any(y => y.Law == x.Law && LegalBasis.ArticleOnly(y.Article) == LegalBasis.ArticleOnly(x.Article)))
            .ToList();
        var sibling = shared.Count == 0 && a.Any(x => x.Article is not null && b.Any(y => y.Law == x.Law && y.Article is not null));
        return (shared, sibling);
    }

    private double WeightedJaccard(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        double both = 0, either = 0;
        var set = b.ToHashSet(StringComparer.Ordinal);
        foreach (var gram in a)
        {
            var w = idf.GetValueOrDefault(gram, 1);
            either += w;
            if (set.Contains(gram))
            {
                both += w;
            }
        }
        foreach (var gram in b)
        {
            if (!a.Contains(gram, StringComparer.Ordinal))
            {
                either += idf.GetValueOrDefault(gram, 1);
            }
        }
        return either == 0 ? 0 : both / either;
    }

    /// <summary>Inverse document frequencies of the grams over the profiles: a gram in half the duties weighs little.</summary>
    public static Dictionary<string, double> Idf(IReadOnlyList<DutyProfile> profiles)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            foreach (var gram in profile.TextGrams)
            {
                df[gram] = df.GetValueOrDefault(gram) + 1;
            }
        }
        var n = Math.Max(1, profiles.Count);
        return df.ToDictionary(p => p.Key, p => Math.Max(0.1, Math.Log((double)n / p.Value) + 1), StringComparer.Ordinal);
    }
}
