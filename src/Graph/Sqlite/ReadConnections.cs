using Microsoft.Data.Sqlite;

namespace DutyGraph.Graph.Sqlite;

/// <summary>
/// The store's read connections, kept open between calls with their statements prepared.
/// SQLite plans a statement each time it is prepared, and for the list statements (a join
/// with optional filters) planning costs as much as running them; a statement kept by its
/// connection is only reset and bound again. Writes open connections of their own.
/// </summary>
internal sealed class ReadConnections(string connectionString, int keepIdle) : IDisposable, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Stack<StatementCachingConnection> _idle = new();
    private bool _disposed;

    /// <summary>An open connection for one read, idle or new; give it back with <see cref="Return"/>.</summary>
    public async Task<SqliteConnection> RentAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_idle.TryPop(out var idle))
            {
                return idle;
            }
        }
        var connection = new StatementCachingConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return connection;
    }

    /// <summary>
    /// Takes a connection back after a read. After a failed read, or beyond the idle bound, it is
    /// disposed instead: its statements are released and its handle goes back to Microsoft.Data.Sqlite's pool.
    /// </summary>
    public async ValueTask ReturnAsync(SqliteConnection connection, bool failed)
    {
        if (!failed && connection is StatementCachingConnection caching)
        {
            lock (_gate)
            {
                if (!_disposed && _idle.Count < keepIdle)
                {
                    _idle.Push(caching);
                    return;
                }
            }
        }
        await connection.DisposeAsync();
    }

    public void Dispose()
    {
        foreach (var connection in TakeAll())
        {
            connection.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in TakeAll())
        {
            await connection.DisposeAsync();
        }
    }

    /// <summary>Refuses further rents and hands over the idle connections to be closed.</summary>
    private List<StatementCachingConnection> TakeAll()
    {
        lock (_gate)
        {
            _disposed = true;
            List<StatementCachingConnection> idle = [.. _idle];
            _idle.Clear();
            return idle;
        }
    }
}

/// <summary>A connection that keeps one command per statement text, prepared on first use.</summary>
internal sealed class StatementCachingConnection(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>The statement texts are constants of the store; the bound only guards against a mistake.</summary>
    private const int MaxStatements = 256;

    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);

    /// <summary>The kept command for the text, or null when the cache is full (the caller then makes and disposes its own).</summary>
    public SqliteCommand? Statement(string text)
    {
        if (_statements.TryGetValue(text, out var command))
        {
            return command;
        }
        if (_statements.Count >= MaxStatements)
        {
            return null;
        }
        command = CreateCommand();
        command.CommandText = text;
        _statements[text] = command;
        return command;
    }

    public bool Keeps(SqliteCommand command) => _statements.TryGetValue(command.CommandText, out var kept) && ReferenceEquals(kept, command);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var command in _statements.Values)
            {
                command.Dispose();
            }
            _statements.Clear();
        }
        base.Dispose(disposing);
    }
}
