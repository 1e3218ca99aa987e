using DutyGraph.Graph.Text;
using DutyGraph.Graph.Duties;

namespace DutyGraph.Graph.Analysis.Search;

/// <summary>The fields of a duty that search reads, most telling first.</summary>
public enum DutyField
{
    Title,
    Description,
    Basis,
}

/// <summary>
/// An inverted index of character bigrams over duties' title, description and legal basis,
/// scored with BM25F: a gram found in a title counts more than one in a description, and one
/// in a description more than one in a basis; common grams count for little.
/// </summary>
public sealed class DutyIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private static readonly double[] FieldWeights = [3.0, 1.0, 0.3];

    private readonly Dictionary<int, Posting[]> _postings;
    private readonly int[][] _lengths;
    private readonly double[] _averageLengths;

    /// <summary>How often a gram occurs in each field of one duty.</summary>
    private readonly record struct Posting(int Doc, byte Title, byte Description, byte Basis)
    {
        public int In(int field) => field switch { 0 => Title, 1 => Description, _ => Basis };
    }

    public DutyIndex(IReadOnlyList<Duty> duties) : this(duties, null)
    {
    }

    /// <summary>
    /// The index of these duties, made from an earlier one where they are its duties (the same
    /// records in the same places) followed by new ones, as after duties were added: only the
    /// new ones are read. Otherwise every duty is read.
    /// </summary>
    public static DutyIndex Of(IReadOnlyList<Duty> duties, DutyIndex? earlier) =>
        earlier is not null && earlier.Duties.Count <= duties.Count && Enumerable.Range(0, earlier.Duties.Count).All(i => ReferenceEquals(earlier.Duties[i], duties[i]))
            ? new DutyIndex(duties, earlier)
            : new DutyIndex(duties, null);

    private DutyIndex(IReadOnlyList<Duty> duties, DutyIndex? earlier)
    {
        Duties = duties;
        var building = new Dictionary<int, List<Posting>>();
        _lengths = [new int[duties.Count], new int[duties.Count], new int[duties.Count]];
        var counts = new Dictionary<int, (byte T, byte D, byte B)>();
        Titles = new string[duties.Count];
        var first = earlier?.Duties.Count ?? 0;
        if (earlier is not null)
        {
            Array.Copy(earlier.Titles, Titles, first);
            for (var f = 0; f < _lengths.Length; f++)
            {
                Array.Copy(earlier._lengths[f], _lengths[f], first);
            }
        }
        for (var doc = first; doc < duties.Count; doc++)
        {
            counts.Clear();
            string[] fields = [SearchText.Normalize(duties[doc].Title), SearchText.Normalize(duties[doc].Description), SearchText.Normalize(duties[doc].Basis)];
            Titles[doc] = fields[0];
            for (var f = 0; f < fields.Length; f++)
            {
                _lengths[f][doc] = Math.Max(1, fields[f].Length - 1);
                foreach (var gram in Grams(fields[f]))
                {
                    var (t, d, b) = counts.GetValueOrDefault(gram);
                    counts[gram] = f switch
                    {
                        0 => ((byte)Math.Min(255, t + 1), d, b),
                        1 => (t, (byte)Math.Min(255, d + 1), b),
                        _ => (t, d, (byte)Math.Min(255, b + 1)),
                    };
                }
            }
            foreach (var (gram, (t, d, b)) in counts)
            {
                if (!building.TryGetValue(gram, out var list))
                {
                    building[gram] = list = [];
                }
                list.Add(new Posting(doc, t, d, b));
            }
        }
        if (earlier is null)
        {
            _postings = building.ToDictionary(p => p.Key, p => p.Value.ToArray());
        }
        else
        {
            _postings = new Dictionary<int, Posting[]>(earlier._postings);
            foreach (var (gram, added) in building)
            {
                _postings[gram] = _postings.TryGetValue(gram, out var before) ? [.. before, .. added] : [.. added];
            }
        }
        _averageLengths = [.. _lengths.Select(l => l.Length == 0 ? 1 : l.Average())];
    }

    public IReadOnlyList<Duty> Duties { get; }

    /// <summary>A gram as a number (its two characters side by side; a lone character alone): no string is made per gram while indexing.</summary>
    private static int Key(string gram) => gram.Length == 1 ? gram[0] : (gram[0] << 16) | gram[1];

    /// <summary>The grams of normalised text as numbers, as <see cref="SearchText.Bigrams"/> gives them as strings.</summary>
    private static List<int> Grams(string normalized)
    {
        if (normalized.Length == 1)
        {
            return [normalized[0]];
        }
        var grams = new List<int>(Math.Max(0, normalized.Length - 1));
        for (var i = 0; i + 1 < normalized.Length; i++)
        {
            grams.Add((normalized[i] << 16) | normalized[i + 1]);
        }
        return grams;
    }

    /// <summary>The normalised title of each duty, by its index.</summary>
    public string[] Titles { get; }

    /// <summary>How many duties contain the gram in any field.</summary>
    public int DocumentFrequency(string gram) => _postings.TryGetValue(Key(gram), out var p) ? p.Length : 0;

    /// <summary>The gram's inverse document frequency: rare grams weigh more.</summary>
    public double Idf(string gram)
    {
        var df = DocumentFrequency(gram);
        return Math.Log(1 + ((Duties.Count - df + 0.5) / (df + 0.5)));
    }

    /// <summary>Adds weight × BM25F of the gram to the score of every duty that contains it, leaving out those whose <paramref name="eligible"/> entry is 0.</summary>
    public void Score(string gram, double weight, double[] scores, double[]? eligible = null)
    {
        if (!_postings.TryGetValue(Key(gram), out var postings))
        {
            return;
        }
        var idf = Idf(gram);
        foreach (var posting in postings)
        {
            if (eligible is not null && eligible[posting.Doc] == 0)
            {
                continue;
            }
            var tf = 0.0;
            for (var f = 0; f < FieldWeights.Length; f++)
            {
                var n = posting.In(f);
                if (n > 0)
                {
                    tf += FieldWeights[f] * n / (1 - B + (B * _lengths[f][posting.Doc] / _averageLengths[f]));
                }
            }
            scores[posting.Doc] += weight * idf * tf * (K1 + 1) / (K1 + tf);
        }
    }

    /// <summary>Adds the weight to the cover of every duty whose title or description contains the gram (those eligible).</summary>
    public void Cover(string gram, double weight, double[] cover, double[]? eligible = null)
    {
        if (!_postings.TryGetValue(Key(gram), out var postings))
        {
            return;
        }
        foreach (var posting in postings)
        {
            if ((eligible is null || eligible[posting.Doc] != 0) && (posting.Title > 0 || posting.Description > 0))
            {
                cover[posting.Doc] += weight;
            }
        }
    }

    /// <summary>The fields of a duty that contain the gram.</summary>
    public IEnumerable<DutyField> FieldsWith(string gram, int doc)
    {
        if (!_postings.TryGetValue(Key(gram), out var postings))
        {
            yield break;
        }
        var at = Array.BinarySearch(postings, new Posting(doc, 0, 0, 0), Comparer<Posting>.Create((a, b) => a.Doc.CompareTo(b.Doc)));
        if (at < 0)
        {
            yield break;
        }
        for (var f = 0; f < FieldWeights.Length; f++)
        {
            if (postings[at].In(f) > 0)
            {
                yield return (DutyField)f;
            }
        }
    }
}
