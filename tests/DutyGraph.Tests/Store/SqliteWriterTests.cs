using DutyGraph.Graph.Sqlite;
using Microsoft.Data.Sqlite;

namespace DutyGraph.Tests.Store;

/// <summary>The SQLite writes bind each value to the parameter it names, whatever order it comes in.</summary>
public sealed class SqliteWriterTests
{
    private const string CreateSql = "CREATE TABLE t (a TEXT, b TEXT)";
    private const string InsertSql = "INSERT INTO t (a, b) VALUES ($a, $b)";
    private const string InsertUnnamedSql = "INSERT INTO t (a, b) VALUES (?, ?)";

    private static async Task<(SqliteConnection, SqliteTransaction)> OpenAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = CreateSql;
            await create.ExecuteNonQueryAsync();
        }
        return (connection, connection.BeginTransaction());
    }

    [Fact]
    public async Task Values_given_in_another_order_than_the_statements_parameters_still_go_to_the_parameters_they_name()
    {
        var (connection, tx) = await OpenAsync();
        await using var _ = connection;
        await using (var w = new SqliteWriter(connection, tx))
        {
            w.Run(InsertSql, ("$b", "B"), ("$a", "A"));
            w.Run(InsertSql, ("$a", "A2"), ("$b", null));
        }
        await using var read = connection.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "SELECT a || '/' || ifnull(b, 'null') FROM t ORDER BY rowid";
        await using var reader = await read.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        Assert.Equal(["A/B", "A2/null"], rows);
    }

    [Fact]
    public async Task A_value_for_a_parameter_the_statement_does_not_have_one_given_twice_or_a_statement_with_unnamed_parameters_is_refused()
    {
        var (connection, tx) = await OpenAsync();
        await using var _ = connection;
        await using var w = new SqliteWriter(connection, tx);

        var misnamed = Assert.Throws<ArgumentException>(() => w.Run(InsertSql, ("$a", "A"), ("$c", "C")));
        var missing = Assert.Throws<ArgumentException>(() => w.Run(InsertSql, ("$a", "A")));
        var unnamed = Assert.Throws<ArgumentException>(() => w.Run(InsertUnnamedSql, ("$a", "A"), ("$b", "B")));
        var twice = Assert.Throws<ArgumentException>(() => w.Run(InsertSql, ("$b", "B"), ("$b", "B")));

        Assert.Contains("no parameter $c; it has $a, $b", misnamed.Message, StringComparison.Ordinal);
        Assert.Contains("takes 2 values ($a, $b), not 1", missing.Message, StringComparison.Ordinal);
        Assert.Contains("has no name", unnamed.Message, StringComparison.Ordinal);
        Assert.Contains("$b is given twice", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_description_with_a_column_name_that_is_not_one_or_a_column_listed_twice_is_refused()
    {
        var badName = Assert.Throws<ArgumentException>(() =>
            new TableWrite<string>("t", [], ["a"], null, ("a", (_, v) => v), ("b; DROP TABLE t", (_, v) => v)));
        var twice = Assert.Throws<ArgumentException>(() =>
            new TableWrite<string>("t", [], ["a"], null, ("a", (_, v) => v), ("a", (_, v) => v)));
        var fine = new TableWrite<string>("t", ["j"], ["a"], null, ("j", (_, v) => v), ("a", (_, v) => v), ("b", (_, v) => v));

        Assert.Contains("'b; DROP TABLE t' is not a column name", badName.Message, StringComparison.Ordinal);
        Assert.Contains("lists the column 'a' twice", twice.Message, StringComparison.Ordinal);
        Assert.Equal("UPDATE t SET a = $a, b = $b WHERE id = $id", fine.UpdateSql);
        Assert.EndsWith("ON CONFLICT (j, a) DO UPDATE SET b = excluded.b RETURNING id", fine.UpsertSql, StringComparison.Ordinal);
    }
}
