using System.Text.Json;
using System.Text.Json.Nodes;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.Tests.Conformance;

/// <summary>The standard introspection query of graphql-js, run on our engine, returns what graphql-js returns for the same SDL.</summary>
[Collection(ReferenceImplementation.Collection)]
public sealed class IntrospectionConformanceTests(ReferenceImplementation graphqlJs)
{
    private sealed record Expected(string Name, string Query, JsonElement Result);

    [Fact]
    public async Task The_introspection_of_every_valid_schema_case_equals_graphql_js_introspection()
    {
        var cases = Corpus.Read("schemas.txt");
        var input = cases.Select(c => new { name = c.Name, source = c.Source }).ToList();
        var expected = await graphqlJs.RunJsonAsync<Expected[]>("introspect.mjs", input);

        var mismatches = new List<string>();
        foreach (var e in expected)
        {
            var schema = SchemaBuilder.Build(cases.Single(c => c.Name == e.Name).Source);
            var result = await new Executor(schema, new ResolverMap()).ExecuteAsync(new ExecutionRequest(Parser.Parse(e.Query)));
            var ours = ResponseJson.Serialize(result);
            var theirs = e.Result.GetRawText();
            if (!JsonNode.DeepEquals(JsonNode.Parse(ours), JsonNode.Parse(theirs)))
            {
                var a = JsonNode.Parse(ours)!.ToJsonString();
                var b = JsonNode.Parse(theirs)!.ToJsonString();
                var at = a.Zip(b).TakeWhile(p => p.First == p.Second).Count();
                var from = Math.Max(0, at - 150);
                mismatches.Add($"{e.Name}, from character {at}:\n  graphql-js: …{b[from..Math.Min(b.Length, at + 150)]}\n  ours:       …{a[from..Math.Min(a.Length, at + 150)]}");
            }
        }

        Assert.True(expected.Length >= 6, $"only {expected.Length} schemas were introspected");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {expected.Length} schemas differ:\n" + string.Join("\n", mismatches));
    }

    [Fact]
    public async Task The_introspection_of_the_DutyGraph_API_over_HTTP_equals_graphql_js_introspection_of_schema_graphql()
    {
        var sdl = File.ReadAllText(Path.Combine(Support.Paths.RepositoryRoot, "src", "GraphQL", "Api", "schema.graphql"));
        var expected = (await graphqlJs.RunJsonAsync<Expected[]>("introspect.mjs", new[] { new { name = "DutyGraph", source = sdl } })).Single();
        using var temp = new Support.TempFolder();
        await using var server = new Support.ApiServer(temp, ("Store:LoadSeedWhenEmpty", "false"));

        var (status, body) = await server.PostAsync(expected.Query);

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(body.GetRawText()), JsonNode.Parse(expected.Result.GetRawText())),
            "the API's introspection differs from graphql-js's for schema.graphql");
        Assert.Contains("Mutation", body.GetRawText());
    }
}
