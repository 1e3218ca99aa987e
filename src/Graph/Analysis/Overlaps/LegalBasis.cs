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

    /// <summary>The article without its 款/项: two clauses of the same article are one provision's parts.</summary>
    public static string? ArticleOnly(string? article)
    {
        if (article is null)
        {
            return null;
        }
        var end = article.IndexOf('条', StringComparison.Ordinal);
        if (end < 0)
        {
            return article;
        }
        // 第X条之一 is an article of its own, inserted after 第X条.
        var length = end + 1 < article.Length - 1 && article[end + 1] == '之' ? end + 3 : end + 1;
        return article[..length];
    }
}
