using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DutyGraph.Graph.Sqlite;

/// <summary>Small helpers to run parameterised statements; statements themselves live beside the methods that run them.</summary>
internal static class Sql
{
    /// <summary>
    /// A command for the statement with its parameters set: the connection's kept (prepared)
    /// command when it keeps them, else a new one. Hand it back with <see cref="ReleaseAsync"/>.
    /// </summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string text, params (string Name, object? Value)[] parameters)
    {
        var command = (connection as StatementCachingConnection)?.Statement(text) ?? connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = text;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    /// <summary>Disposes a command unless its connection keeps it for the next call.</summary>
    public static ValueTask ReleaseAsync(SqliteConnection connection, SqliteCommand command) =>
        connection is StatementCachingConnection caching && caching.Keeps(command) ? ValueTask.CompletedTask : command.DisposeAsync();

    public static async Task<int> ExecuteAsync(SqliteConnection c, SqliteTransaction? tx, string text, CancellationToken ct, params (string, object?)[] parameters)
    {
        var command = Command(c, tx, text, parameters);
        try
        {
            return await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await ReleaseAsync(c, command);
        }
    }

    public static async Task<long> ScalarAsync(SqliteConnection c, SqliteTransaction? tx, string text, CancellationToken ct, params (string, object?)[] parameters)
    {
        var command = Command(c, tx, text, parameters);
        try
        {
            var value = await command.ExecuteScalarAsync(ct);
            return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }
        finally
        {
            await ReleaseAsync(c, command);
        }
    }

    /// <summary>The rows of a query, each mapped by column name (<see cref="SqlRow"/>).</summary>
    public static async Task<List<T>> ListAsync<T>(SqliteConnection c, SqliteTransaction? tx, string text, Func<SqlRow, T> map, CancellationToken ct, params (string, object?)[] parameters)
    {
        var command = Command(c, tx, text, parameters);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var columns = SqlRow.ColumnsOf(reader);
            var list = new List<T>();
            while (await reader.ReadAsync(ct))
            {
                list.Add(map(new SqlRow(reader, columns)));
            }
            return list;
        }
        finally
        {
            await ReleaseAsync(c, command);
        }
    }

    /// <summary>An id list as a JSON array, for <c>IN (SELECT value FROM json_each($ids))</c>.</summary>
    public static string IdArray(IEnumerable<long> ids) => "[" + string.Join(',', ids) + "]";

    public static bool IsUniqueViolation(SqliteException e) => e.SqliteErrorCode == 19 && e.SqliteExtendedErrorCode is 2067 or 1555;
}
