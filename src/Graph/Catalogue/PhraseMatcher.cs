namespace DutyGraph.Graph.Catalogue;

/// <summary>A phrase found in a text: where it starts, how long it is, and what it stands for.</summary>
public readonly record struct PhraseHit<T>(int Start, int Length, string Phrase, IReadOnlyList<T> Values)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds known phrases in normalised text with a character trie: every phrase that occurs, or
/// the longest ones that do not overlap (a phrase inside a longer one found is not taken again).
/// A walk from each position stops as soon as no phrase continues, so a text costs a few steps a
/// character whatever the number of phrases.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public List<T>? Values;
        public string? Phrase;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>Adds a normalised phrase standing for a value (a phrase may stand for several).</summary>
    public void Add(string phrase, T value)
    {
        if (phrase.Length == 0)
        {
            return;
        }
        var node = _root;
        foreach (var c in phrase)
        {
            node.Next ??= [];
            if (!node.Next.TryGetValue(c, out var next))
            {
                node.Next[c] = next = new Node();
            }
            node = next;
        }
        if (node.Values is null)
        {
            node.Values = [];
            node.Phrase = phrase;
            Count++;
        }
        if (!node.Values.Contains(value))
        {
            node.Values.Add(value);
        }
    }

    /// <summary>The values a phrase stands for exactly, or none.</summary>
    public IReadOnlyList<T> Get(string phrase)
    {
        var node = _root;
        foreach (var c in phrase)
        {
            if (node.Next is null || !node.Next.TryGetValue(c, out node))
            {
                return [];
            }
        }
        return node.Values ?? (IReadOnlyList<T>)[];
    }

    /// <summary>Every occurrence of every phrase in the text, in order of position.</summary>
    public List<PhraseHit<T>> All(string text)
    {
        var hits = new List<PhraseHit<T>>();
        for (var start = 0; start < text.Length; start++)
        {
            var node = _root;
            for (var i = start; i < text.Length; i++)
            {
                if (node.Next is null || !node.Next.TryGetValue(text[i], out node))
                {
                    break;
                }
                if (node.Values is not null)
                {
                    hits.Add(new PhraseHit<T>(start, i - start + 1, node.Phrase!, node.Values));
                }
            }
        }
        return hits;
    }

    /// <summary>The longest phrases that do not overlap (longest first, then leftmost), in order of position.</summary>
    public List<PhraseHit<T>> Longest(string text) => Longest(All(text), text.Length);

    /// <summary>Of these hits, the longest that do not overlap, in order of position.</summary>
    public static List<PhraseHit<T>> Longest(List<PhraseHit<T>> hits, int textLength)
    {
        if (hits.Count <= 1)
        {
            return hits;
        }
        var covered = new bool[textLength];
        var kept = new List<PhraseHit<T>>();
        foreach (var hit in hits.OrderByDescending(h => h.Length).ThenBy(h => h.Start))
        {
            if (covered.AsSpan(hit.Start, hit.Length).Contains(true))
            {
                continue;
            }
            covered.AsSpan(hit.Start, hit.Length).Fill(true);
            kept.Add(hit);
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
