namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>Numbers tokens in the order they are first seen.</summary>
internal sealed class Vocabulary<T>
    where T : notnull
{
    private readonly Dictionary<T, int> _ids = [];

    public int[] Number(IEnumerable<T> tokens) => [.. tokens.Select(t => _ids.TryGetValue(t, out var id) ? id : _ids[t] = _ids.Count).Distinct()];

    /// <summary>In how many of these sets each token is.</summary>
    public int[] Frequencies(int[][] sets)
    {
        var df = new int[_ids.Count];
        foreach (var set in sets)
        {
            foreach (var id in set)
            {
                df[id]++;
            }
        }
        return df;
    }
}
