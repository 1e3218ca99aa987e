using System.Text;

namespace DutyGraph.Graph.Text;

/// <summary>
/// Text as search and matching see it: full-width forms folded to half-width, letters in
/// lower case, common traditional characters in their simplified form, and everything that
/// is not a letter, digit or Han character (punctuation, spaces, symbols) dropped.
/// </summary>
public static class SearchText
{
    /// <summary>Whether a character is a common Han character (CJK Unified Ideographs).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = raw switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(raw - 0xFEE0),
                _ => raw,
            };
            // Han characters have no case: asking ICU for it is most of the cost of normalising.
            c = c switch
            {
                < '\u0080' => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c,
                >= '\u4E00' and <= '\u9FFF' => TraditionalChinese.Simplify(c),
                _ => TraditionalChinese.Simplify(char.ToLowerInvariant(c)),
            };
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>Prefixes of list titles that say nothing of the matter ("对……的行政处罚").</summary>
    private static readonly string[] StockPrefixes = ["关于", "对"];

    /// <summary>Suffixes of list titles that name the kind of action, longest first.</summary>
    private static readonly string[] StockSuffixes =
    [
        "行为的行政处罚", "行为的处罚", "的行政处罚", "行政处罚", "的处罚", "的行政强制措施", "的行政强制", "的查封扣押",
        "的查处", "的行政检查", "的监督检查", "的检查", "行为",
    ];

    /// <summary>
    /// The matter of a list title, normalised: stock phrasing around it removed, so that
    /// "对餐饮服务业油烟污染的行政处罚" and "对餐饮服务业油烟污染的处罚" have the same core.
    /// </summary>
    public static string Core(string? title)
    {
        var text = Normalize(title);
        foreach (var prefix in StockPrefixes)
        {
            if (text.Length > prefix.Length + 1 && text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text[prefix.Length..];
                break;
            }
        }
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var suffix in StockSuffixes)
            {
                if (text.Length > suffix.Length + 1 && text.EndsWith(suffix, StringComparison.Ordinal))
                {
                    text = text[..^suffix.Length];
                    stripped = true;
                    break;
                }
            }
        }
        return text;
    }

    /// <summary>The overlapping two-character grams of normalised text (one gram for a single character).</summary>
    public static IEnumerable<string> Bigrams(string normalized)
    {
        if (normalized.Length == 1)
        {
            yield return normalized;
            yield break;
        }
        for (var i = 0; i + 1 < normalized.Length; i++)
        {
            yield return normalized.Substring(i, 2);
        }
    }

    /// <summary>
    /// The distinct grams of two normalised texts, each as a number (its two characters side by
    /// side; a one-character text's gram has 0xFFFF as its second), sorted: the same grams as
    /// <see cref="Bigrams"/> without a string for each.
    /// </summary>
    public static int[] BigramCodes(string first, string second)
    {
        var codes = new int[Math.Max(1, first.Length) + Math.Max(1, second.Length)];
        var count = 0;
        foreach (var text in (ReadOnlySpan<string>)[first, second])
        {
            if (text.Length == 1)
            {
                codes[count++] = (text[0] << 16) | 0xFFFF;
            }
            for (var i = 0; i + 1 < text.Length; i++)
            {
                codes[count++] = (text[i] << 16) | text[i + 1];
            }
        }
        var span = codes.AsSpan(0, count);
        span.Sort();
        var distinct = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (i == 0 || span[i] != span[i - 1])
            {
                span[distinct++] = span[i];
            }
        }
        return span[..distinct].ToArray();
    }
}
