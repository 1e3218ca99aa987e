using System.Diagnostics;
using System.Text.Json;
using DutyGraph.Bench;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;
using DutyGraph.GraphQL.Engine.Validation;

// The engine benchmark, side by side in one run: each round runs graphql-js (Node.js), then
// GraphQL.NET and this engine on the same schema, data and queries (parse + validate + execute,
// in one thread), and the medians of the rounds are compared.
//   dotnet run -c Release --project bench/EngineBench -- [ROUNDS] [SECONDS]
var rounds = args.Length > 0 ? int.Parse(args[0]) : 5;
var seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2;
var root = FindRoot();
var benchFolder = Path.Combine(root, "bench", "engine");
var dataPath = BenchData.WriteJson(Path.Combine(root, "seed"), Path.Combine(Path.GetTempPath(), "dutygraph-engine-bench.json"));
var schema = SchemaBuilder.Build(File.ReadAllText(Path.Combine(benchFolder, "schema.graphql")));
var data = BenchData.ToValue(JsonDocument.Parse(File.ReadAllText(dataPath)).RootElement);
var queries = File.ReadAllText(Path.Combine(benchFolder, "queries.txt")).Split("### ", StringSplitOptions.RemoveEmptyEntries)
    .Select(s => (Name: s[..s.IndexOf('\n')].Trim(), Source: s[(s.IndexOf('\n') + 1)..])).ToList();
var executor = new Executor(schema, new ResolverMap());
var peer = new GraphQLNetPeer(File.ReadAllText(Path.Combine(benchFolder, "schema.graphql")), data,
    schema.Types.OfType<ObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).Select(t => (t.Name, (IEnumerable<string>)t.Fields.Keys)));

async Task<object?> Once(string source)
{
    var document = Parser.Parse(source);
    if (Validator.Validate(schema, document) is { Count: > 0 } errors)
    {
        throw new InvalidOperationException(errors[0].Message);
    }
    var result = await executor.ExecuteAsync(new ExecutionRequest(document, RootValue: data));
    return result.Errors.Count > 0 ? throw new InvalidOperationException(result.Errors[0].Message) : result.Data;
}

async Task<double> Rate(Func<string, Task<object?>> once, string source, double ms)
{
    var clock = Stopwatch.StartNew();
    var n = 0;
    while (clock.Elapsed.TotalMilliseconds < ms)
    {
        await once(source);
        n++;
    }
    return n / clock.Elapsed.TotalSeconds;
}

var ours = queries.ToDictionary(q => q.Name, _ => new List<double>());
var theirs = queries.ToDictionary(q => q.Name, _ => new List<double>());
var dotnet = queries.ToDictionary(q => q.Name, _ => new List<double>());
Console.WriteLine($"Engine benchmark: {queries.Count} queries over the seed ({dataPath}), {rounds} rounds of {seconds} s per query per engine, {Environment.ProcessorCount} cores");
for (var round = 1; round <= rounds; round++)
{
    var js = RunNode(Path.Combine(benchFolder, "run.mjs"), dataPath, seconds);
    foreach (var (name, source) in queries)
    {
        await Rate(peer.OnceAsync, source, 300);
        dotnet[name].Add(await Rate(peer.OnceAsync, source, seconds * 1000));
        await Rate(Once, source, 300);
        ours[name].Add(await Rate(Once, source, seconds * 1000));
        theirs[name].Add(js[name]);
    }
    Console.WriteLine($"round {round}: " + string.Join("; ", queries.Select(q => $"{q.Name} {ours[q.Name][^1]:N0} vs GraphQL.NET {dotnet[q.Name][^1]:N0} vs graphql-js {theirs[q.Name][^1]:N0}")));
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

Console.WriteLine();
Console.WriteLine($"{"query",-44} {"DutyGraph ops/s",16} {"GraphQL.NET ops/s",18} {"graphql-js ops/s",17} {"vs .NET",8} {"vs js",7}");
var (toNet, toJs) = (new List<double>(), new List<double>());
foreach (var (name, _) in queries)
{
    var (o, n, t) = (Median(ours[name]), Median(dotnet[name]), Median(theirs[name]));
    toNet.Add(o / n);
    toJs.Add(o / t);
    Console.WriteLine($"{name,-44} {o,16:N0} {n,18:N0} {t,17:N0} {o / n,8:0.00} {o / t,7:0.00}");
}
Console.WriteLine($"geometric mean of the ratios of medians: {Math.Exp(toNet.Average(Math.Log)):0.00} against GraphQL.NET 8.8.5, " +
    $"{Math.Exp(toJs.Average(Math.Log)):0.00} against graphql-js (goal: at least 1.00 against each)");

static Dictionary<string, double> RunNode(string script, string dataPath, double seconds)
{
    var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var arg in new[] { script, dataPath, seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
    {
        info.ArgumentList.Add(arg);
    }
    using var process = Process.Start(info) ?? throw new InvalidOperationException("node is not installed");
    var output = process.StandardOutput.ReadToEnd();
    var error = process.StandardError.ReadToEnd();
    process.WaitForExit();
    return process.ExitCode == 0
        ? JsonSerializer.Deserialize<Dictionary<string, double>>(output)!
        : throw new InvalidOperationException($"node {script} failed (run `npm ci` in conformance/ first): {error}");
}

static string FindRoot()
{
    var folder = AppContext.BaseDirectory;
    while (!File.Exists(Path.Combine(folder, "DutyGraph.sln")))
    {
        folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("run from inside the DutyGraph repository");
    }
    return folder;
}
