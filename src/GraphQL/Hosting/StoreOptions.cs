namespace DutyGraph.Server.Hosting;

/// <summary>Which store holds the graph.</summary>
public enum StoreKind
{
    /// <summary>The embedded store: one SQLite file (<see cref="StoreOptions.Path"/>).</summary>
    Sqlite,
    /// <summary>A Neo4j server or Aura, over the Query API (the "Neo4j" section).</summary>
    Neo4j,
}

/// <summary>Which store, where the embedded store lives, and what a store starts with. Bound once from the "Store" section.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    public StoreKind Kind { get; set; } = StoreKind.Sqlite;

    /// <summary>The SQLite file; empty means <see cref="DefaultPath"/>.</summary>
    public string? Path { get; set; }

    /// <summary>The dataset folder loaded into an empty store at start; empty means the seed shipped beside the executable.</summary>
    public string? SeedFolder { get; set; }

    /// <summary>Whether an empty store is loaded with the seed at start.</summary>
    public bool LoadSeedWhenEmpty { get; set; } = true;

    public string ResolvedPath => string.IsNullOrWhiteSpace(Path) ? DefaultPath : System.IO.Path.GetFullPath(Path);

    public string ResolvedSeedFolder =>
        string.IsNullOrWhiteSpace(SeedFolder) ? System.IO.Path.Combine(AppContext.BaseDirectory, "seed") : System.IO.Path.GetFullPath(SeedFolder);

    /// <summary>The store file under the user's data folder (e.g. ~/.local/share/DutyGraph/dutygraph.db).</summary>
    public static string DefaultPath =>
        System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "DutyGraph", "dutygraph.db");
}
