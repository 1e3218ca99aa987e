using DutyGraph.Graph.Catalogue;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>
/// How two duties' readings agree on what they are about: the matter they share, one naming the
/// other's matter, a 职责边界 between their matters, a broader and a narrower matter, and what each
/// names that the other does not. <see cref="OverlapRule"/> decides from these.
/// </summary>
internal static class MatterAgreement
{
    /// <summary>How many two-character pieces two titles on related but different matters must share to be one thing.</summary>
    internal const int AlikeAcross = 2;

    /// <summary>The matter both are read as (the first of one's that the other has), or their common words where the catalogue knows neither.</summary>
    internal static string? Shared(DutyMeaning a, DutyMeaning b)
    {
        if (a.Matters.Count == 0 && b.Matters.Count == 0)
        {
            return a.LocalKey.Length > 0 && a.LocalKey == b.LocalKey ? a.LocalKey : null;
        }
        // A matter both name only by weak words (城市管理 in two titles) is no sign of one thing.
        return a.Matters.FirstOrDefault(m => b.Matters.Contains(m) && !(a.WeakMatters.Contains(m.Name) && b.WeakMatters.Contains(m.Name)))?.Name;
    }

    /// <summary>The first matter of one duty that the rest of the other's title names (民意诉求 in 12345热线诉求受理).</summary>
    internal static string? Named(DutyMeaning a, DutyMeaning b) =>
        (b.Matter is { } mb && a.RestMatters.Contains(mb) ? mb : a.Matter is { } ma && b.RestMatters.Contains(ma) ? ma : null)?.Name;

    /// <summary>A matter of one and a matter of the other on a 职责边界, the first such pair in the first duty's order.</summary>
    internal static (string, string)? Bordering(DutyMeaning a, DutyMeaning b)
    {
        foreach (var x in a.Matters)
        {
            if (a.Bordering.GetValueOrDefault(x.Name) is { } others && b.Matters.FirstOrDefault(y => others.Contains(y.Name)) is { } y)
            {
                return (x.Name, y.Name);
            }
        }
        return null;
    }

    /// <summary>A matter of one that is broader or narrower than one of the other's (扬尘污染 and 施工扬尘); the narrower is named.</summary>
    internal static string? Related(DutyMeaning a, DutyMeaning b)
    {
        foreach (var x in a.Matters)
        {
            foreach (var y in b.Matters)
            {
                if (b.Broader.GetValueOrDefault(y.Name)?.Contains(x.Name) == true)
                {
                    return y.Name;
                }
                if (a.Broader.GetValueOrDefault(x.Name)?.Contains(y.Name) == true)
                {
                    return x.Name;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// What one duty names that the other does not: its other matters of the shared matter's field
    /// (农村水电站 beside 水利工程建设), and the things the catalogue knows in the rest of its title
    /// (超过保质期 beside 标签); plain words (销售不合格, 假劣) do not tell two duties apart. Across a
    /// 职责边界 (<paramref name="across"/>) each side's own matter of the boundary is not one of them.
    /// </summary>
    internal static List<string> Specifics(DutyMeaning of, DutyMeaning other, string shared, bool across)
    {
        var field = Matter.TopField(of.Matters.FirstOrDefault(m => m.Name == shared)?.Field ?? "");
        var words = new List<string>();
        for (var i = 0; i < of.Matters.Count; i++)
        {
            // A narrower case of the shared matter (科技创新平台 beside 科技创新) is the same thing more closely said.
            var matter = of.Matters[i];
            if (!(across && matter.Name == shared) && !other.Matters.Contains(matter) && Matter.TopField(matter.Field) == field && of.Broader.GetValueOrDefault(matter.Name)?.Contains(shared) != true)
            {
                words.Add(of.MatterWords[i]);
            }
        }
        words.AddRange(of.RestNamed.Select(n => n.Phrase));
        return words;
    }

    /// <summary>Whether two titles share at least <see cref="AlikeAcross"/> two-character pieces of their matter words and the rest.</summary>
    internal static bool Alike(DutyMeaning a, DutyMeaning b) =>
        SharedPieces([.. a.MatterWords, .. a.Rest], [.. b.MatterWords, .. b.Rest], AlikeAcross) >= AlikeAcross;

    /// <summary>Whether two lists of words share a two-character piece.</summary>
    internal static bool SharesWords(List<string> a, List<string> b) => SharedPieces(a, b, 1) >= 1;

    /// <summary>The matters of one duty that are narrower cases of the shared matter and that the other duty does not name.</summary>
    internal static List<string> Narrower(DutyMeaning of, DutyMeaning other, string shared) =>
        [.. of.Matters.Where(m => !other.Matters.Contains(m) && of.Broader.GetValueOrDefault(m.Name)?.Contains(shared) == true).Select(m => m.Name)];

    /// <summary>The two-character pieces of some words.</summary>
    internal static HashSet<int> Grams(IEnumerable<string> words)
    {
        var grams = new HashSet<int>();
        foreach (var word in words)
        {
            for (var i = 0; i + 1 < word.Length; i++)
            {
                grams.Add((word[i] << 16) | word[i + 1]);
            }
        }
        return grams;
    }

    /// <summary>How many different two-character pieces two lists of words share, counting up to <paramref name="enough"/>.</summary>
    internal static int SharedPieces(List<string> a, List<string> b, int enough)
    {
        var grams = Grams(a);
        var shared = new HashSet<int>();
        foreach (var word in b)
        {
            for (var i = 0; i + 1 < word.Length; i++)
            {
                var gram = (word[i] << 16) | word[i + 1];
                if (grams.Contains(gram) && shared.Add(gram) && shared.Count >= enough)
                {
                    return shared.Count;
                }
            }
        }
        return shared.Count;
    }
}
