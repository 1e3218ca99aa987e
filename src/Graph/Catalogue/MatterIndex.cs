using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Catalogue;

/// <summary>
/// Finds matters whose words resemble a question's when no phrase of theirs is in it word for
/// word (a caller saying 偷砍了几棵树 reaches 林木采伐 through 砍 and 树): each matter is the set of Chinese characters and
/// character pairs of its name, wordings and everyday words, each weighed by how few matters have
/// it; a question scores a matter by the weight of what they share, as a share of what the
/// question's known characters and pairs weigh, and only where they share a pair.
/// </summary>
public sealed class MatterIndex
{
    private const double SingleCharacterWeight = 0.5;

    private readonly IReadOnlyList<Matter> _matters;
    private readonly Dictionary<string, int[]> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

    public MatterIndex(IReadOnlyList<Matter> matters, Func<string, string> normalize)
    {
        _matters = matters;
        var building = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < matters.Count; i++)
        {
            var m = matters[i];
            var tokens = new HashSet<string>(StringComparer.Ordinal);
            foreach (var phrase in m.Wordings.Concat(m.Everyday).Append(m.Name))
            {
                Tokens(normalize(phrase), tokens);
            }
            foreach (var token in tokens)
            {
                if (!building.TryGetValue(token, out var list))
                {
                    building[token] = list = [];
                }
                list.Add(i);
            }
        }
        foreach (var (token, list) in building)
        {
            _postings[token] = [.. list];
            _idf[token] = Math.Log(1 + ((double)matters.Count / list.Count)) * (token.Length == 1 ? SingleCharacterWeight : 1);
        }
    }

    /// <summary>The Chinese characters and the pairs of neighbouring ones in a normalised text.</summary>
    public static void Tokens(string text, HashSet<string> into)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!SearchText.IsHan(text[i]))
            {
                continue;
            }
            into.Add(text[i].ToString());
            if (i + 1 < text.Length && SearchText.IsHan(text[i + 1]))
            {
                into.Add(text.Substring(i, 2));
            }
        }
    }



    /// <summary>The matters a normalised question resembles, best first, each with the share (0–1) of the question's known words it has.</summary>
    public List<(Matter Matter, double Share)> Resembling(string question, int count)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        Tokens(question, tokens);
        var scores = new Dictionary<int, double>();
        var pairs = new HashSet<int>();
        var known = 0.0;
        foreach (var token in tokens)
        {
            if (!_postings.TryGetValue(token, out var matters))
            {
                continue;
            }
            var idf = _idf[token];
            known += idf;
            foreach (var m in matters)
            {
                scores[m] = scores.GetValueOrDefault(m) + idf;
                if (token.Length == 2)
                {
                    pairs.Add(m);
                }
            }
        }
        // A matter resembles a question only if they share a pair of characters, not loose characters alone (的, 了).
        return known <= 0 ? [] : [.. scores.Where(s => pairs.Contains(s.Key)).OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(count)
            .Select(s => (_matters[s.Key], s.Value / known))];
    }
}
