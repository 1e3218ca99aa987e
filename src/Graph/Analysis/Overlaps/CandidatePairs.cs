namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>
/// The pairs worth scoring, never all pairs: duties of one jurisdiction whose grams agree in
/// a MinHash band (LSH over the core title and description), whose normalised titles are the
/// same, or who cite the same article of a law.
/// </summary>
public static class CandidatePairs
{
    public const int Bands = 24;
    public const int Rows = 2;
    private const int Hashes = Bands * Rows;
    private const uint Prime = 4294967291;

    /// <summary>
    /// A bucket bigger than this holds duties alike only in template wording (a band of common
    /// grams, an article a whole list cites): its pairs are left to the other buckets. Buckets
    /// of the same normalised title are never cut. The benchmark measures what this costs in
    /// recall against all pairs.
    /// </summary>
    private const int MaxBucket = 200;
    private const int ClauseBand = -2;
    private const int ExactBand = -1;

    /// <summary>Pairs (i &lt; j) of indices into <paramref name="profiles"/>, each once.</summary>
    public static IReadOnlyList<(int A, int B)> Of(IReadOnlyList<DutyProfile> profiles)
    {
        var (multipliers, offsets) = Coefficients();
        var buckets = new Dictionary<(string Jurisdiction, int Band, ulong Key), List<int>>();
        var signature = new uint[Hashes];
        for (var i = 0; i < profiles.Count; i++)
        {
            var profile = profiles[i];
            var jurisdiction = profile.Duty.Jurisdiction;
            if (profile.TextGrams.Length > 0)
            {
                Array.Fill(signature, uint.MaxValue);
                foreach (var gram in profile.TextGrams)
                {
                    var h = Fnv(gram);
                    for (var k = 0; k < Hashes; k++)
                    {
                        var v = (uint)(((multipliers[k] * h) + offsets[k]) % Prime);
                        if (v < signature[k])
                        {
                            signature[k] = v;
                        }
                    }
                }
                for (var band = 0; band < Bands; band++)
                {
                    var key = ((ulong)signature[band * Rows] << 32) | signature[(band * Rows) + 1];
                    Add(buckets, (jurisdiction, band, key), i);
                }
            }
            Add(buckets, (jurisdiction, ExactBand, Fnv(profile.Core)), i);
            foreach (var clause in profile.Clauses.Where(c => c.Article is not null))
            {
                Add(buckets, (jurisdiction, ClauseBand, Fnv(clause.Law + "|" + LegalBasis.ArticleOnly(clause.Article))), i);
            }
        }
        var pairs = new HashSet<(int, int)>();
        foreach (var (key, members) in buckets)
        {
            if (members.Count < 2 || (members.Count > MaxBucket && key.Band != ExactBand))
            {
                continue;
            }
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    pairs.Add((members[x], members[y]));
                }
            }
        }
        return [.. pairs.Order()];
    }

    private static void Add(Dictionary<(string, int, ulong), List<int>> buckets, (string, int, ulong) key, int index)
    {
        if (!buckets.TryGetValue(key, out var list))
        {
            buckets[key] = list = [];
        }
        if (list.Count == 0 || list[^1] != index)
        {
            list.Add(index);
        }
    }

    /// <summary>Fixed coefficients, so that a run gives the same candidates every time.</summary>
    private static (ulong[] Multipliers, ulong[] Offsets) Coefficients()
    {
        var random = new Random(20241122);
        var multipliers = new ulong[Hashes];
        var offsets = new ulong[Hashes];
        for (var k = 0; k < Hashes; k++)
        {
            multipliers[k] = (ulong)random.NextInt64(1, int.MaxValue);
            offsets[k] = (ulong)random.NextInt64(0, Prime);
        }
        return (multipliers, offsets);
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
    public static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }
}
