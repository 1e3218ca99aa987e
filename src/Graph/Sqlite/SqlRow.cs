using Microsoft.Data.Sqlite;

namespace DutyGraph.Graph.Sqlite;

/// <summary>
/// A row of a query, read by column name (the SELECT lists name each column as the record's
/// property it fills): adding or moving a column cannot shift another. The names are looked up
/// once per query, not once per row.
/// </summary>
internal readonly struct SqlRow(SqliteDataReader reader, IReadOnlyDictionary<string, int> columns)
{
    /// <summary>The ordinals of a query's columns by name, as the SELECT list names them.</summary>
    public static Dictionary<string, int> ColumnsOf(SqliteDataReader reader)
    {
        var columns = new Dictionary<string, int>(reader.FieldCount, StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            columns.TryAdd(reader.GetName(i), i);
        }
        return columns;
    }

    private int Ordinal(string name) => columns.TryGetValue(name, out var i) ? i
        : throw new InvalidOperationException($"the query has no column named '{name}'; it has {string.Join(", ", columns.Keys)}");

    public string String(string name) => reader.GetString(Ordinal(name));

    public string? Text(string name)
    {
        var i = Ordinal(name);
        return reader.IsDBNull(i) ? null : reader.GetString(i);
    }

    public long Long(string name) => reader.GetInt64(Ordinal(name));

    public long? LongOrNull(string name)
    {
        var i = Ordinal(name);
        return reader.IsDBNull(i) ? null : reader.GetInt64(i);
    }

    public int? IntOrNull(string name)
    {
        var i = Ordinal(name);
        return reader.IsDBNull(i) ? null : reader.GetInt32(i);
    }
}
