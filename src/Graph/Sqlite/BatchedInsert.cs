namespace DutyGraph.Graph.Sqlite;

/// <summary>
/// A multi-row INSERT: one statement for <see cref="Rows"/> rows at once (SQLite runs it far
/// faster than as many single-row statements) and one for a single row, for what is left.
/// Both are built once from a constant prefix and placeholders, never from input.
/// </summary>
internal sealed class BatchedInsert
{
    public const int Rows = 64;

    public BatchedInsert(string prefix, int columns)
    {
        Columns = columns;
        var row = "(" + string.Join(',', Enumerable.Repeat("?", columns)) + ")";
        OneRowSql = prefix + row;
        FullSql = prefix + string.Join(',', Enumerable.Repeat(row, Rows));
    }

    public int Columns { get; }
    public string OneRowSql { get; }
    public string FullSql { get; }
}
