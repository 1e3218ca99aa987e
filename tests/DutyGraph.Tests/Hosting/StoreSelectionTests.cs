using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Hosting;

/// <summary>Which store the server runs on is chosen by Store:Kind, and a choice it cannot honour stops it before it serves.</summary>
public sealed class StoreSelectionTests
{
    [Fact]
    public async Task A_server_told_to_use_Neo4j_without_a_usable_address_refuses_to_start_and_says_what_to_set()
    {
        using var temp = new TempFolder();
        var environment = new Dictionary<string, string> { ["Store__Kind"] = "Neo4j", ["Neo4j__Uri"] = "not an address", ["Urls"] = "http://127.0.0.1:0" };

        var run = await Support.Cli.RunAsync(environment, "serve", "--db", temp.File("serve.db"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Store:Kind is Neo4j, but Neo4j:Uri is not an address such as http://localhost:7474", run.Output + run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("serve.db")));
    }
}
