using System.CommandLine;
using DutyGraph.Graph.Neo4j;
using DutyGraph.Graph.Neo4j.QueryApi;
using DutyGraph.Server.Hosting;

namespace DutyGraph.Server.Cli;

/// <summary><c>dutygraph neo4j init</c>: creates the constraints and indexes of the Neo4j store (each only if missing) and lists them.</summary>
internal static class Neo4jCommand
{
    public static Command Create()
    {
        var uri = new Option<string?>("--uri") { Description = "The Neo4j server (default: Neo4j:Uri, else $NEO4J_URI)", HelpName = "URI" };
        var database = new Option<string?>("--database") { Description = "The database (default: Neo4j:Database, else $NEO4J_DATABASE, else neo4j)" };
        var init = new Command("init", "Create the Neo4j store's uniqueness constraints, indexes and cjk full-text index if missing, and list them; credentials come from Neo4j__User / Neo4j__Password (or NEO4J_USERNAME / NEO4J_PASSWORD)")
        {
            uri, database,
        };
        init.SetAction(async (result, ct) =>
        {
            var options = new Neo4jOptions();
            Neo4jOptions.CommandLineConfiguration().GetSection(Neo4jOptions.Section).Bind(options);
            options.Uri = result.GetValue(uri) ?? options.Uri;
            options.Database = result.GetValue(database) ?? options.Database;
            var (settings, problem) = options.Resolve();
            if (settings is null)
            {
                await Console.Error.WriteLineAsync($"dutygraph neo4j init: {problem}");
                return 1;
            }
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var client = new QueryApiClient(http, settings);
            try
            {
                Console.WriteLine($"Neo4j at {settings.Display}:");
                var indexes = await Neo4jSchema.InitializeAsync(client, new Lines(), ct);
                Console.WriteLine($"{indexes.Count} indexes (constraints included):");
                foreach (var index in indexes)
                {
                    Console.WriteLine($"  {index.Name,-28} {index.Type,-9} {index.State,-11} {index.On}");
                }
                return 0;
            }
            catch (Neo4jException e)
            {
                await Console.Error.WriteLineAsync($"dutygraph neo4j init: {e.Message}");
                return 1;
            }
        });
        return new Command("neo4j", "Work with the Neo4j store") { init };
    }
}

/// <summary>Prints each step as it is reported, in order (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class Lines : IProgress<string>
{
    public void Report(string value) => Console.WriteLine($"  {value}");
}
