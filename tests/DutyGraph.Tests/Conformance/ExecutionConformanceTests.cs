using System.Text.Json;
using System.Text.Json.Nodes;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.Tests.Conformance;

/// <summary>
/// Execution alone (no validation) of the same queries, on the same schema and data, gives what
/// graphql-js's execute gives: the same data, and the same errors with messages, locations and paths.
/// </summary>
[Collection(ReferenceImplementation.Collection)]
public sealed class ExecutionConformanceTests(ReferenceImplementation graphqlJs)
{
    private sealed record Expected(string Name, JsonElement Result);

    [Fact]
    public async Task Every_execution_case_gives_the_result_graphql_js_gives()
    {
        var cases = Corpus.Read("execution.txt");
        var requests = cases.Select(c => new
        {
            name = c.Name, query = c.Source,
            variables = Option(c.Source, "variables") is { } json ? JsonNode.Parse(json) : null,
            operationName = Option(c.Source, "operation"),
        }).ToList();
        var expected = await graphqlJs.RunJsonAsync<Expected[]>("execute.mjs", requests);
        var schema = SchemaBuilder.Build(File.ReadAllText(Path.Combine(ReferenceImplementation.Folder, "fixture", "schema.graphql")));
        var data = ToValue(JsonDocument.Parse(File.ReadAllText(Path.Combine(ReferenceImplementation.Folder, "fixture", "data.json"))).RootElement);
        var executor = new Executor(schema, new ResolverMap());

        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var variables = requests[i].variables is { } v
                ? JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(v.ToJsonString())
                : null;
            var result = await executor.ExecuteAsync(new ExecutionRequest(Parser.Parse(cases[i].Source), requests[i].operationName, variables, data));
            var ours = JsonNode.Parse(ResponseJson.Serialize(result))!;
            var theirs = JsonNode.Parse(expected[i].Result.GetRawText())!;
            if (!JsonNode.DeepEquals(ours, theirs))
            {
                mismatches.Add($"{cases[i].Name}:\n  graphql-js: {theirs.ToJsonString()[..Math.Min(600, theirs.ToJsonString().Length)]}\n  ours:       {ours.ToJsonString()[..Math.Min(600, ours.ToJsonString().Length)]}");
            }
        }

        Assert.True(cases.Count >= 100, $"the corpus has only {cases.Count} cases");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} cases differ:\n" + string.Join("\n", mismatches));
    }

    /// <summary>A case's option, written as a comment line <c># name: value</c>.</summary>
    private static string? Option(string source, string name) =>
        source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith($"# {name}: ", StringComparison.Ordinal))?[($"# {name}: ").Length..];

    /// <summary>JSON as the plain data a root value is made of: ordered maps, lists, strings, numbers, booleans.</summary>
    private static object? ToValue(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().Aggregate(new Dictionary<string, object?>(), (d, p) => { d[p.Name] = ToValue(p.Value); return d; }),
        JsonValueKind.Array => json.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out var l) ? l : json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
