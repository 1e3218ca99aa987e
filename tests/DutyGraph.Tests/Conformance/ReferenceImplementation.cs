using System.Diagnostics;
using System.Text;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Conformance;

/// <summary>
/// The reference implementations run with Node.js from <c>conformance/</c>: graphql-js, and
/// Neo4j's own Cypher front end. Its npm
/// packages are installed from the lock file the first time they are needed (npm ci), so a
/// fresh clone needs nothing but Node.js 20 and the npm registry. Every class that runs it is
/// in one collection sharing one instance: <c>npm ci</c> empties node_modules first, so two
/// installs side by side would pull the packages from under each other's scripts.
/// </summary>
public sealed class ReferenceImplementation : IAsyncLifetime
{
    public const string Collection = "graphql-js";

    public static string Folder => Path.Combine(Paths.RepositoryRoot, "conformance");

    public async Task InitializeAsync()
    {
        if (Installed())
        {
            return;
        }
        var (exit, _, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], null, TimeSpan.FromMinutes(5));
        if (exit != 0)
        {
            throw new InvalidOperationException($"npm ci in {Folder} failed (Node.js 20 and the npm registry are needed for the conformance tests): {error}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// Whether every package package.json names is in node_modules at the version it pins (a clone
    /// from before a package was added or moved to a new version is installed again).
    /// </summary>
    private static bool Installed()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "package.json")));
        return manifest.RootElement.GetProperty("dependencies").EnumerateObject().All(p =>
        {
            var installed = Path.Combine(Folder, "node_modules", p.Name, "package.json");
            if (!File.Exists(installed))
            {
                return false;
            }
            using var package = System.Text.Json.JsonDocument.Parse(File.ReadAllText(installed));
            return package.RootElement.GetProperty("version").GetString() == p.Value.GetString();
        });
    }

    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>Runs a script with <paramref name="input"/> as JSON on its standard input and reads its output as <typeparamref name="T"/>.</summary>
    public async Task<T> RunJsonAsync<T>(string script, object input) =>
        System.Text.Json.JsonSerializer.Deserialize<T>(await RunScriptAsync(script, System.Text.Json.JsonSerializer.Serialize(input)), Web)
        ?? throw new InvalidOperationException($"node {script} wrote no JSON");

    /// <summary>
    /// Runs a script of <c>conformance/</c> with JSON on its standard input; returns its standard
    /// output if it exits with one of the accepted codes (0 unless told otherwise).
    /// </summary>
    public async Task<string> RunScriptAsync(string script, string input, int[]? acceptExitCodes = null)
    {
        var (exit, output, error) = await RunAsync("node", [script], input, TimeSpan.FromMinutes(2));
        return (acceptExitCodes ?? [0]).Contains(exit) ? output : throw new InvalidOperationException($"node {script} failed (exit {exit}): {error}");
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string file, string[] args, string? input, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}: is Node.js 20 installed?");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }
        process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output, await error);
    }
}

[CollectionDefinition(ReferenceImplementation.Collection)]
public sealed class ReferenceImplementationCollection : ICollectionFixture<ReferenceImplementation>;
