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

    public static string ResolveDb(string? option) =>
        option ?? (Environment.GetEnvironmentVariable("DUTYGRAPH_DB") is { Length: > 0 } env ? env : StoreOptions.DefaultPath);
}
