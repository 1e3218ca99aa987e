using DutyGraph.Graph.Neo4j;
using DutyGraph.Tests.Conformance;

namespace DutyGraph.Tests.Neo4j;

/// <summary>
/// Every Cypher statement the Neo4j store can send is checked by Neo4j's own Cypher front end
/// (@neo4j-cypher/language-support): no syntax or semantic error, no deprecated form, known
/// procedures with the right YIELD columns, and exactly the $parameters its code supplies.
/// </summary>
[Collection(ReferenceImplementation.Collection)]
public sealed class CypherFrontEndTests(ReferenceImplementation node)
{
    private sealed record Checked(string Name, bool Ok, Diagnostic[] Errors, string[] UsedParameters);

    private sealed record Diagnostic(string Message, int Line, int Column);

    private async Task<Checked[]> CheckAsync(IEnumerable<CypherStatement> statements)
    {
        var input = statements.Select(s => new { name = s.Name, statement = s.Text, parameters = s.Parameters });
        // The script exits 1 when a statement fails; its report on standard output is what is asserted.
        var output = await node.RunScriptAsync("check-cypher.mjs", System.Text.Json.JsonSerializer.Serialize(input), acceptExitCodes: [0, 1]);
        return System.Text.Json.JsonSerializer.Deserialize<Checked[]>(output, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
    }

    [Fact]
    public async Task Every_statement_the_Neo4j_store_sends_passes_Neo4js_Cypher_front_end_with_the_parameters_its_code_supplies()
    {
        var statements = Cypher.All();

        var results = await CheckAsync(statements);

        Assert.Equal(statements.Count, results.Length);
        var failures = results.Where(r => !r.Ok).Select(r => $"{r.Name}: {string.Join("; ", r.Errors.Select(e => $"{e.Message} (line {e.Line}, column {e.Column})"))}");
        Assert.Empty(failures);
        Assert.Equal(statements.Count, statements.Select(s => s.Name).Distinct().Count());
    }

    [Fact]
    public async Task Broken_statements_fail_the_check_each_for_its_own_reason()
    {
        CypherStatement[] broken =
        [
            new("SyntaxError", "MATCH (u:Unit RETURN u", [], true),
            new("UndefinedVariable", "MATCH (u:Unit) RETURN s.name", [], true),
            new("WrongType", "WITH 1 AS x MATCH (x)-[:HAS_SECTION]->(s) RETURN s", [], true),
            new("ParameterNotSupplied", "MATCH (u:Unit {id: $id}) RETURN u", ["ids"], true),
            new("UnknownProcedure", "CALL db.index.fulltext.queryNode('duty_text', $query) YIELD node RETURN node", ["query"], true),
            new("TwoStatements", "MATCH (u:Unit) RETURN u; MATCH (s:Section) RETURN s", [], true),
        ];

        var results = await CheckAsync(broken);

        Assert.All(results, r => Assert.False(r.Ok, r.Name));
        string Reason(string name) => string.Join("; ", results.Single(r => r.Name == name).Errors.Select(e => e.Message));
        Assert.Contains("Invalid input", Reason("SyntaxError"), StringComparison.Ordinal);
        Assert.Contains("Variable `s` not defined", Reason("UndefinedVariable"), StringComparison.Ordinal);
        Assert.Contains("Integer", Reason("WrongType"), StringComparison.Ordinal);
        Assert.Contains("$id is used by the statement but not supplied", Reason("ParameterNotSupplied"), StringComparison.Ordinal);
        Assert.Contains("$ids is supplied by the code but not used", Reason("ParameterNotSupplied"), StringComparison.Ordinal);
        Assert.Contains("db.index.fulltext.queryNode is not present", Reason("UnknownProcedure"), StringComparison.Ordinal);
        Assert.Contains("2 statements", Reason("TwoStatements"), StringComparison.Ordinal);
    }
}
