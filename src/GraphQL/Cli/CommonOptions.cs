using System.CommandLine;
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
}
