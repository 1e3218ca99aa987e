using System.Diagnostics;
using System.Text;

namespace DutyGraph.Tests.Support;

/// <summary>Runs the real <c>dutygraph</c> executable and captures what it prints.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Process Start(params string[] args) => Start(null, args);

    /// <summary>Starts it with these environment variables set, on the embedded store and with no Neo4j settings but those.</summary>
    public static Process Start(IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Paths.Executable);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment.Remove("DUTYGRAPH_DB");
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("NEO4J_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }
        // Environment variables are read last, so these empty values also hide a developer's user secrets and appsettings.
        foreach (var setting in new[] { "Uri", "Database", "User", "Password", "Token" })
        {
            info.Environment[$"Neo4j__{setting}"] = "";
        }
        info.Environment["Store__Kind"] = "Sqlite";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    public static Task<Result> RunAsync(params string[] args) => RunAsync(null, args);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
