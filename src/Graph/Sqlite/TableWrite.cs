namespace DutyGraph.Graph.Sqlite;

/// <summary>
/// How a record is written to its table: each column named beside the value it takes. The
/// INSERT, the upsert, the UPDATE by id and the multi-row INSERT of the bulk load are built once
/// from these names (constants in code, never input), each value in a parameter named after its
/// column, and <see cref="SqliteWriter.Run"/> binds values by those names: a column cannot get
/// its neighbour's value.
/// </summary>
internal sealed partial class TableWrite<T>
{
    /// <summary>Rows per multi-row INSERT: SQLite runs one statement of 64 rows far faster than 64 statements.</summary>
    public const int BatchRows = 64;

    private readonly (string Column, Func<SqliteWriter, T, object?> Value)[] _columns;
    private readonly string[] _parameters;
    private readonly HashSet<string> _fixed;

    /// <param name="table">The table.</param>
    /// <param name="fixedColumns">Columns set when the row is made and never changed after (its place: jurisdiction, unit).</param>
    /// <param name="key">With the fixed columns, what the upsert finds an existing row by (none: no upsert).</param>
    /// <param name="alsoOnChange">Further assignments an update or upsert makes (links to recompute), or null.</param>
    /// <param name="columns">Each column beside the value it takes.</param>
    public TableWrite(string table, string[] fixedColumns, string[] key, string? alsoOnChange,
        params (string Column, Func<SqliteWriter, T, object?> Value)[] columns)
    {
        if (columns.Select(c => c.Column).Concat(fixedColumns).Concat(key).FirstOrDefault(c => !ColumnName().IsMatch(c)) is { } bad)
        {
            throw new ArgumentException($"'{bad}' is not a column name (lower case letters, digits and _)", nameof(columns));
        }
        if (columns.GroupBy(c => c.Column).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"{table} lists the column '{twice.Key}' twice", nameof(columns));
        }
        _columns = columns;
        _parameters = [.. columns.Select(c => "$" + c.Column)];
        _fixed = [.. fixedColumns.Select(c => "$" + c)];
        var names = columns.Select(c => c.Column).ToArray();
        var also = alsoOnChange is null ? "" : ", " + alsoOnChange;
        var conflict = fixedColumns.Concat(key).ToHashSet();
        InsertSql = $"INSERT INTO {table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select(n => "$" + n))})";
        _upsertSql = key.Length == 0 ? null : InsertSql + $" ON CONFLICT ({string.Join(", ", fixedColumns.Concat(key))}) DO UPDATE SET " +
            string.Join(", ", names.Where(n => !conflict.Contains(n)).Select(n => $"{n} = excluded.{n}")) + also + " RETURNING id";
        UpdateSql = $"UPDATE {table} SET " +
            string.Join(", ", names.Where(n => !_fixed.Contains("$" + n)).Select(n => $"{n} = ${n}")) + also + " WHERE id = $id";
        _batch = new Lazy<Batch>(() => Batch.Of(table, names));
    }

    /// <summary>The multi-row INSERT of the bulk load, built the first time a table is written in batches.</summary>
    private sealed record Batch(string[] Parameters, string Sql, string RowSql)
    {
        public static Batch Of(string table, string[] names)
        {
            string[] columns = ["id", .. names];
            var prefix = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ";
            string Row(int r) => "(" + string.Join(", ", columns.Select(n => $"${n}_{r}")) + ")";
            return new Batch([.. Enumerable.Range(0, BatchRows).SelectMany(r => columns.Select(n => $"${n}_{r}"))],
                prefix + string.Join(", ", Enumerable.Range(0, BatchRows).Select(Row)), prefix + Row(0));
        }
    }

    private readonly Lazy<Batch> _batch;

    public string InsertSql { get; }
    private readonly string? _upsertSql;

    /// <summary>The INSERT that updates the row with the record's key instead, when there is one, and returns its id.</summary>
    public string UpsertSql => _upsertSql ?? throw new InvalidOperationException("this table has no key to upsert by");
    public string UpdateSql { get; }

    /// <summary>The INSERT of <see cref="BatchRows"/> rows, each with its id.</summary>
    public string BatchSql => _batch.Value.Sql;

    /// <summary>The INSERT of one row of a batch, for what is left at the end.</summary>
    public string BatchRowSql => _batch.Value.RowSql;

    /// <summary>Values per row of a batch: the id and each column.</summary>
    public int BatchWidth => _columns.Length + 1;

    /// <summary>The record's values for <see cref="InsertSql"/> and <see cref="UpsertSql"/>, each named for its column.</summary>
    public (string Name, object? Value)[] Values(SqliteWriter w, T record)
    {
        var values = new (string, object?)[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            values[i] = (_parameters[i], _columns[i].Value(w, record));
        }
        return values;
    }

    /// <summary>The record's values for <see cref="UpdateSql"/> of the row with that id: every column but the fixed ones.</summary>
    public (string Name, object? Value)[] UpdateValues(SqliteWriter w, T record, long id)
    {
        var values = new List<(string, object?)>(_columns.Length + 1);
        for (var i = 0; i < _columns.Length; i++)
        {
            if (!_fixed.Contains(_parameters[i]))
            {
                values.Add((_parameters[i], _columns[i].Value(w, record)));
            }
        }
        values.Add(("$id", id));
        return [.. values];
    }

    /// <summary>Fills row <paramref name="row"/> of a batch with the record and the id it is given (null: SQLite gives one).</summary>
    public void FillBatchRow(Span<(string Name, object? Value)> slot, int row, SqliteWriter w, T record, long? id)
    {
        var names = _batch.Value.Parameters.AsSpan(row * BatchWidth, BatchWidth);
        slot[0] = (names[0], id);
        for (var i = 0; i < _columns.Length; i++)
        {
            slot[i + 1] = (names[i + 1], _columns[i].Value(w, record));
        }
    }

    /// <summary>The parameter names of row 0 of a batch, which <see cref="BatchRowSql"/> takes for any row's values.</summary>
    public ReadOnlySpan<string> RowZeroNames => _batch.Value.Parameters.AsSpan(0, BatchWidth);

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial System.Text.RegularExpressions.Regex ColumnName();
}
