using System.CommandLine;
using DutyGraph.Graph.Store;
using DutyGraph.Server.Hosting;

namespace DutyGraph.Server.Cli;

/// <summary>Options more than one command takes.</summary>
internal static class CommonOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = $"The store file (default: $DUTYGRAPH_DB, else {StoreOptions.DefaultPath})",
        HelpName = "FILE",
    };

    /// <summary>The store file the user chose: --db, else $DUTYGRAPH_DB; null when neither is given.</summary>
    public static string? ChosenDb(string? option) =>
        option ?? (Environment.GetEnvironmentVariable("DUTYGRAPH_DB") is { Length: > 0 } env ? env : null);

    public static string ResolveDb(string? option) => ChosenDb(option) ?? StoreOptions.DefaultPath;

    public static Option<StoreKind?> Store() => new("--store")
    {
        Description = "The store: sqlite (the file --db names) or neo4j (Neo4j:Uri or $NEO4J_URI, with its credentials); default: Store:Kind, else sqlite",
        HelpName = "sqlite|neo4j",
    };

    /// <summary>A store the user chose with --store (else Store:Kind) and --db; the caller disposes it.</summary>
    public sealed record ChosenStore(IGraphStore Store, StoreKind Kind) : IAsyncDisposable
    {
        /// <summary>The file or server address, as the store gives it.</summary>
        public string Location => Store.Location;

        public bool IsMissingFile => Kind == StoreKind.Sqlite && !File.Exists(Location);

        public ValueTask DisposeAsync() => Store is IAsyncDisposable owned ? owned.DisposeAsync() : ValueTask.CompletedTask;
    }

    /// <summary>Opens the chosen store; refused with <see cref="InvalidOperationException"/> naming the setting when Neo4j is chosen but not configured.</summary>
    public static ChosenStore OpenStore(StoreKind? kind, string? db)
    {
        var configuration = Neo4jOptions.CommandLineConfiguration();
        var store = new StoreOptions();
        configuration.GetSection(StoreOptions.Section).Bind(store);
        store.Kind = kind ?? store.Kind;
        store.Path = ResolveDb(db);
        var neo4j = new Neo4jOptions();
        configuration.GetSection(Neo4jOptions.Section).Bind(neo4j);
        return new ChosenStore(StoreFactory.Open(store, neo4j), store.Kind);
    }
}
