namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>
/// One set of numbered tokens per duty (title grams, concepts or text grams), each token with a
/// weight: what weighted Jaccard compares, and what prefix filtering indexes. Sets are kept
/// sorted by token id, so two are compared by a merge.
/// </summary>
public sealed class WeightedSets
{
    private readonly int[][] _sets;
    private readonly double[] _weights;
    private readonly double[] _totals;

    public WeightedSets(int[][] sets, double[] weights)
    {
        _sets = sets;
        _weights = weights;
        _totals = new double[sets.Length];
        for (var i = 0; i < sets.Length; i++)
        {
            Array.Sort(sets[i]);
            foreach (var token in sets[i])
            {
                _totals[i] += weights[token];
            }
        }
    }

    public double Total(int record) => _totals[record];

    /// <summary>Σ weights of shared tokens / Σ weights of tokens in either.</summary>
    public double Jaccard(int x, int y)
    {
        var (a, b) = (_sets[x], _sets[y]);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        double both = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (b[j] < a[i])
            {
                j++;
            }
            else
            {
                both += _weights[a[i]];
                i++;
                j++;
            }
        }
        var either = _totals[x] + _totals[y] - both;
        return either <= 0 ? 0 : both / either;
    }

    /// <summary>
    /// The heaviest tokens of a record (ties by id: one order for every record), up to where
    /// the rest weighs less than <paramref name="threshold"/> × the record's total. Two records
    /// whose weighted Jaccard reaches the threshold share a token of both prefixes: if they shared
    /// none, what they share would lie in the lighter rest of one of them, which weighs too little.
    /// </summary>
    public int[] Prefix(int record, double threshold)
    {
        var tokens = _sets[record];
        if (tokens.Length == 0)
        {
            return [];
        }
        var ordered = tokens.ToArray();
        Array.Sort(ordered, (p, q) => _weights[q] != _weights[p] ? _weights[q].CompareTo(_weights[p]) : p.CompareTo(q));
        var rest = _totals[record];
        var floor = threshold * _totals[record];
        var count = 0;
        while (count < ordered.Length && rest >= floor)
        {
            rest -= _weights[ordered[count++]];
        }
        return count == ordered.Length ? ordered : ordered[..count];
    }
}
