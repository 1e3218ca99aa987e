namespace DutyGraph.Graph.Neo4j.QueryApi;

/// <summary>What one statement returned: its columns, its rows (values read from typed JSON) and its counters.</summary>
public sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<object?[]> Rows, IReadOnlyDictionary<string, object?> Counters)
{
    public static readonly QueryResult Empty = new([], [], new Dictionary<string, object?>());

    /// <summary>The rows as maps from column to value.</summary>
    public IEnumerable<IReadOnlyDictionary<string, object?>> Records() =>
        Rows.Select(row => (IReadOnlyDictionary<string, object?>)Fields.Select((f, i) => (f, row[i])).ToDictionary(x => x.f, x => x.Item2, StringComparer.Ordinal));

    /// <summary>The named column of each row.</summary>
    public IEnumerable<T> Values<T>(string column)
    {
        if (Rows.Count == 0)
        {
            return [];
        }
        var i = IndexOf(column);
        return Rows.Select(row => (T)row[i]!);
    }

    /// <summary>The named column of the first row.</summary>
    public T First<T>(string column) => Rows.Count > 0 ? (T)Rows[0][IndexOf(column)]!
        : throw new InvalidDataException($"the statement returned no row (wanted its '{column}')");

    /// <summary>The named columns of each row, as pairs.</summary>
    public IEnumerable<(TA, TB)> Pairs<TA, TB>(string a, string b)
    {
        if (Rows.Count == 0)
        {
            return [];
        }
        var (i, j) = (IndexOf(a), IndexOf(b));
        return Rows.Select(row => ((TA)row[i]!, (TB)row[j]!));
    }

    private int IndexOf(string column)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == column)
            {
                return i;
            }
        }
        throw new InvalidDataException($"the statement returned no column '{column}'; it returned {string.Join(", ", Fields)}");
    }

    /// <summary>A counter such as <c>nodesCreated</c> (0 when the server did not report it).</summary>
    public long Counter(string name) => Counters.TryGetValue(name, out var v) && v is long n ? n : 0;
}
