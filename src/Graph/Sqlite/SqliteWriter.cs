using DutyGraph.Graph.Jurisdictions;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DutyGraph.Graph.Sqlite;

/// <summary>
/// The writes of one transaction, with prepared statements reused row after row. Both the
/// single-record operations and the bulk load write through it, so a record is written one way.
/// </summary>
internal sealed partial class SqliteWriter(SqliteConnection connection, SqliteTransaction tx) : IAsyncDisposable
{
    private readonly Dictionary<string, long> _jurisdictions = [];
    private readonly Dictionary<string, long> _sources = [];
    private readonly Dictionary<string, Statement> _statements = new(ReferenceEqualityComparer.Instance);

    public SqliteConnection Connection => connection;
    public SqliteTransaction Transaction => tx;

    private const string EnsureJurisdictionSql = """
        INSERT INTO jurisdictions (name, level, parent_id) VALUES ($name, $level, $parent)
        ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id
        """;

    private readonly Dictionary<string, object> _boxedJurisdictions = [];
    private readonly Dictionary<string, object> _boxedSources = [];

    /// <summary>The id as the object bound to a statement, made once per name rather than boxed per row.</summary>
    private object JurisdictionBoxed(string name)
    {
        if (!_boxedJurisdictions.TryGetValue(name, out var boxed))
        {
            _boxedJurisdictions[name] = boxed = Jurisdiction(name);
        }
        return boxed;
    }

    private object SourceBoxed(string text)
    {
        if (!_boxedSources.TryGetValue(text, out var boxed))
        {
            _boxedSources[text] = boxed = Source(text);
        }
        return boxed;
    }

    public long Jurisdiction(string name)
    {
        if (_jurisdictions.TryGetValue(name, out var id))
        {
            return id;
        }
        var j = Jurisdictions.Jurisdiction.FromName(name);
        long? parent = j.Parent is null ? null : Jurisdiction(j.Parent);
        id = Run(EnsureJurisdictionSql, ("$name", j.Name), ("$level", j.Level.ToString()), ("$parent", parent));
        _jurisdictions[name] = id;
        return id;
    }

    private const string EnsureSourceSql = """
        INSERT INTO sources (text) VALUES ($text) ON CONFLICT (text) DO UPDATE SET text = excluded.text RETURNING id
        """;

    public long Source(string text)
    {
        if (!_sources.TryGetValue(text, out var id))
        {
            id = Run(EnsureSourceSql, ("$text", text));
            _sources[text] = id;
        }
        return id;
    }

    /// <summary>
    /// Runs a single statement, prepared once per transaction (statements are the constants
    /// beside the methods, so they are looked up by reference, not by hashing their text), with
    /// each value bound to the parameter it names; returns its first column (for RETURNING), the
    /// new row's id (for a plain INSERT) or the rows it changed. Goes straight to SQLite's C API:
    /// the bulk load runs it a million times, and ADO.NET's per-call cost would dominate.
    /// </summary>
    public long Run(string sql, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var statement = Prepared(sql);
        if (values.Length != statement.Parameters.Length)
        {
            throw new ArgumentException(
                $"the statement takes {statement.Parameters.Length} values ({string.Join(", ", statement.Parameters)}), not {values.Length}", nameof(values));
        }
        var pointer = statement.Handle.DangerousGetHandle();
        var call = statement.NextCall();
        for (var i = 0; i < values.Length; i++)
        {
            var (name, value) = values[i];
            var index = statement.Bind(name, i, call);
            Check(value switch
            {
                null => NativeBind.Null(pointer, index),
                string text => NativeBind.Text(pointer, index, text, ref _utf8),
                long number => NativeBind.Int64(pointer, index, number),
                int number => NativeBind.Int64(pointer, index, number),
                var other => throw new ArgumentException($"cannot bind a {other.GetType().Name} to {name}", nameof(values)),
            });
        }
        var handle = statement.Handle;
        try
        {
            var rc = raw.sqlite3_step(handle);
            if (rc == raw.SQLITE_ROW)
            {
                var id = raw.sqlite3_column_int64(handle, 0);
                while (rc == raw.SQLITE_ROW)
                {
                    rc = raw.sqlite3_step(handle);
                }
                Check(rc);
                return id;
            }
            Check(rc);
            return statement.Inserts ? raw.sqlite3_last_insert_rowid(connection.Handle) : raw.sqlite3_changes(connection.Handle);
        }
        finally
        {
            raw.sqlite3_reset(handle);
        }
    }

    private Statement Prepared(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out var stmt));
            var parameters = new string[raw.sqlite3_bind_parameter_count(stmt)];
            for (var i = 0; i < parameters.Length; i++)
            {
                if (raw.sqlite3_bind_parameter_name(stmt, i + 1).utf8_to_string() is not { } name)
                {
                    stmt.Dispose();
                    throw new ArgumentException($"parameter {i + 1} of the statement has no name: name every parameter ($name)", nameof(sql));
                }
                parameters[i] = name;
            }
            statement = new Statement(stmt, sql.TrimStart().StartsWith("INSERT", StringComparison.Ordinal), parameters);
            _statements[sql] = statement;
        }
        return statement;
    }

    /// <summary>A prepared statement and the names of its parameters, in SQLite's order.</summary>
    private sealed class Statement(sqlite3_stmt handle, bool inserts, string[] parameters)
    {
        private Dictionary<string, int>? _indexes;
        private readonly int[] _boundIn = new int[parameters.Length + 1];
        private int _calls;

        public sqlite3_stmt Handle => handle;
        public bool Inserts => inserts;
        public string[] Parameters => parameters;

        /// <summary>Starts binding the values of one run.</summary>
        public int NextCall() => ++_calls;

        /// <summary>
        /// The 1-based index of the parameter named so, which this run has not bound yet (with as many
        /// values as parameters, each is bound once); values given in the statement's order are found at once.
        /// </summary>
        public int Bind(string name, int given, int call)
        {
            var index = string.Equals(parameters[given], name, StringComparison.Ordinal) ? given + 1 : Find(name);
            if (_boundIn[index] == call)
            {
                throw new ArgumentException($"{name} is given twice; the statement takes {string.Join(", ", parameters)}", nameof(name));
            }
            _boundIn[index] = call;
            return index;
        }

        private int Find(string name)
        {
            _indexes ??= parameters.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i + 1, StringComparer.Ordinal);
            return _indexes.TryGetValue(name, out var index) ? index
                : throw new ArgumentException($"the statement has no parameter {name}; it has {string.Join(", ", parameters)}", nameof(name));
        }
    }

    private byte[] _utf8 = new byte[1024];

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc,
                raw.sqlite3_extended_errcode(connection.Handle));
        }
    }

    public ValueTask DisposeAsync()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Handle.Dispose();
        }
        _statements.Clear();
        return ValueTask.CompletedTask;
    }
}
