namespace DutyGraph.Graph.Neo4j.QueryApi;

/// <summary>What one statement returned: its columns, its rows (values read from typed JSON) and its counters.</summary>
public sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<object?[]> Rows, IReadOnlyDictionary<string, object?> Counters)
{
    public static readonly QueryResult Empty = new([], [], new Dictionary<string, object?>());

    /// <summary>The rows as maps from column to value.</summary>
    public IEnumerable<IReadOnlyDictionary<string, object?>> Records() =>
        Rows.Select(row => (IReadOnlyDictionary<string, object?>)Fields.Select((f, i) => (f, row[i])).ToDictionary(x => x.f, x => x.Item2, StringComparer.Ordinal));

    /// <summary>A counter such as <c>nodesCreated</c> (0 when the server did not report it).</summary>
    public long Counter(string name) => Counters.TryGetValue(name, out var v) && v is long n ? n : 0;
}
