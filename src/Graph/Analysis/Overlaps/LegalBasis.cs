using System.Text.RegularExpressions;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>A law and, where the basis names one, an article of it (第X条, with 款 and 项 folded in).</summary>
public sealed record Clause(string Law, string? Article)
{
    public override string ToString() => Article is null ? $"《{Law}》" : $"《{Law}》{Article}";
}

/// <summary>
/// Reads the clauses a legal basis (实施依据) cites: each 《law》 and the articles written after
/// it until the next law ("《食品安全法》第一百二十二条、第一百二十六条第一款").
/// </summary>
public static partial class LegalBasis
{
    [GeneratedRegex(@"《(?<law>[^》]+)》(?<rest>[^《]*)")]
    private static partial Regex LawPattern();

    [GeneratedRegex(@"第[〇零一二三四五六七八九十百千0-9]+条(之[一二三四五六七八九十])?(第[〇零一二三四五六七八九十0-9]+款)?(第[〇零一二三四五六七八九十0-9]+项)?")]
    private static partial Regex ArticlePattern();

    public static IReadOnlyList<Clause> Parse(string? basis)
    {
        if (string.IsNullOrWhiteSpace(basis))
        {
            return [];
        }
        var clauses = new List<Clause>();
        foreach (Match law in LawPattern().Matches(basis))
        {
            var name = ShortLawName(law.Groups["law"].Value);
            var articles = ArticlePattern().Matches(law.Groups["rest"].Value).Select(a => a.Value).Distinct().ToList();
            if (articles.Count == 0)
            {
                clauses.Add(new Clause(name, null));
            }
            clauses.AddRange(articles.Select(a => new Clause(name, a)));
        }
        return clauses;
    }

    /// <summary>"中华人民共和国食品安全法" and "食品安全法" are the same law.</summary>
    public static string ShortLawName(string law)
    {
        var name = law.Trim();
        return name.StartsWith("中华人民共和国", StringComparison.Ordinal) ? name["中华人民共和国".Length..] : name;
    }

    /// <summary>
    /// The article without its 款/项, its number in figures (第二十条 and 第20条 are one article): two
    /// clauses of the same article are one provision's parts.
    /// </summary>
    public static string? ArticleOnly(string? article)
    {
        if (article is null)
        {
            return null;
        }
        var end = article.IndexOf('条', StringComparison.Ordinal);
        if (end < 0 || !article.StartsWith('第'))
        {
            return article;
        }
        // 第X条之一 is an article of its own, inserted after 第X条.
        var inserted = end + 1 < article.Length - 1 && article[end + 1] == '之' ? article[(end + 1)..(end + 3)] : "";
        return Number(article[1..end]) is { } number ? $"第{number}条{inserted}" : article[..(end + 1 + inserted.Length)];
    }

    /// <summary>The laws of procedure every penalty or permit may cite beside its own law: citing two of their articles says nothing of the matter.</summary>
    public static bool IsGeneral(string law) => GeneralLaws.Contains(law);

    private static readonly HashSet<string> GeneralLaws =
        ["行政处罚法", "行政许可法", "行政强制法", "行政复议法", "行政诉讼法", "国家赔偿法", "行政处罚法实施条例"];

    /// <summary>A number written in figures or in Chinese (二十, 一百零五, 120), or null.</summary>
    private static int? Number(string text)
    {
        if (int.TryParse(text, out var figures))
        {
            return figures;
        }
        int total = 0, digit = 0;
        foreach (var c in text)
        {
            var d = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c == '〇')
            {
                d = 0;
            }
            if (d >= 0)
            {
                digit = d;
                continue;
            }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                return null;
            }
            total += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        return total + digit;
    }
}
