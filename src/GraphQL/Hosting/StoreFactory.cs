using DutyGraph.Graph.Neo4j.Store;
using DutyGraph.Graph.Sqlite;
using DutyGraph.Graph.Store;
using Microsoft.Extensions.Options;

namespace DutyGraph.Server.Hosting;

/// <summary>Opens the store the options choose; the web host and the commands open stores this one way.</summary>
public static class StoreFactory
{
    /// <summary>The store, which the caller disposes; refused (naming the setting) when Neo4j is chosen but not configured.</summary>
    public static IGraphStore Open(StoreOptions store, Neo4jOptions neo4j) => store.Kind switch
    {
        StoreKind.Sqlite => new SqliteGraphStore(store.ResolvedPath),
        StoreKind.Neo4j => neo4j.Resolve() is ({ } settings, _)
            ? Neo4jGraphStore.Connect(settings)
            : throw new InvalidOperationException(Neo4jProblem(neo4j.Resolve().Problem)),
        _ => throw new ArgumentOutOfRangeException(nameof(store), store.Kind, "Store:Kind must be Sqlite or Neo4j"),
    };

    private static string Neo4jProblem(string? problem) => $"Store:Kind is Neo4j, but {problem}";

    /// <summary>Refuses to start with Neo4j chosen and no usable Neo4j settings, before anything is served.</summary>
    public sealed class Validation(IOptions<Neo4jOptions> neo4j) : IValidateOptions<StoreOptions>
    {
        public ValidateOptionsResult Validate(string? name, StoreOptions options) =>
            options.Kind == StoreKind.Neo4j && neo4j.Value.Resolve().Problem is { } problem
                ? ValidateOptionsResult.Fail(Neo4jProblem(problem))
                : ValidateOptionsResult.Success;
    }
}
