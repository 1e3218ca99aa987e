using System.Text.Json;
using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Validation;
using DutyGraph.Server.Api;

namespace DutyGraph.Tests.Support;

/// <summary>The DutyGraph schema over a store, executed in process (validation included), answers as JSON.</summary>
public sealed class ApiHarness(IGraphStore store, TimeProvider? clock = null)
{
    public DutyGraphSchema Api { get; } = new(store, clock ?? TimeProvider.System);

    public async Task<JsonElement> ExecuteAsync(string query, object? variables = null)
    {
        var document = Parser.Parse(query);
        var invalid = Validator.Validate(Api.Schema, document);
        Assert.True(invalid.Count == 0, string.Join("\n", invalid.Select(e => e.Message)));
        var vars = variables is null ? null
            : JsonSerializer.SerializeToElement(variables).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        var result = await new Executor(Api.Schema, Api.Resolvers).ExecuteAsync(new ExecutionRequest(document, Variables: vars));
        return JsonDocument.Parse(ResponseJson.Serialize(result)).RootElement.Clone();
    }
}
