using System.Text.Json;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Cli;

/// <summary>One store gives one answer whoever asks: the command line and the server read the same catalogue and add nothing to the store.</summary>
public sealed class EntryPointTests
{
    [Fact]
    public async Task The_command_line_report_and_the_server_find_the_same_overlaps_and_orphans_on_one_store_and_the_server_adds_nothing_to_it()
    {
        using var temp = new TempFolder();
        var folder = SmallCounty.WriteTo(temp);
        File.AppendAllText(Path.Combine(folder, "duties.csv"), "\n" + """
            上犹县,县市场监督管理局,,SY-CF-09,对餐饮服务业油烟污染的处罚,行政处罚,牵头,,
            上犹县,县城市管理局,,SY-XK-09,燃气经营许可证核发,行政许可,牵头,,
            上犹县,县市场监督管理局,,SY-JC-09,燃气经营活动监督检查,行政检查,牵头,,

            """);
        var db = temp.File("api.db");
        Assert.Equal(0, (await Support.Cli.RunAsync("import", folder, "--db", db)).ExitCode);
        var before = await Support.Cli.RunAsync("report", "cleanup", "--jurisdiction", "上犹县", "--as-of", "2025-06-30", "--format", "json", "--db", db);

        await using (var server = new ApiServer(temp))
        {
            var report = (await server.DataAsync("""
                { cleanupReport(jurisdiction: "上犹县", asOf: "2025-06-30") { units { overlaps { key kind } orphans { kind duty { title } } } } thesaurus { everyday } }
                """));
            var served = report.GetProperty("cleanupReport").Items("units");
            var cli = JsonDocument.Parse(before.Output).RootElement.Items("units");

            var (cliOverlaps, cliOrphans) = Findings(cli, o => o.Text("key"), o => o.GetProperty("duty").ValueKind == JsonValueKind.Null ? "" : o.Text("duty"));
            var (servedOverlaps, servedOrphans) = Findings(served, o => o.Text("key"), o => o.GetProperty("duty").ValueKind == JsonValueKind.Null ? "" : o.Text("duty", "title"));
            Assert.Equal(cliOverlaps, servedOverlaps);
            Assert.Equal(cliOrphans, servedOrphans);
            Assert.NotEmpty(served.SelectMany(u => u.Items("overlaps")));
            Assert.Empty(report.Items("thesaurus"));
        }
        var after = await Support.Cli.RunAsync("report", "cleanup", "--jurisdiction", "上犹县", "--as-of", "2025-06-30", "--format", "json", "--db", db);
        Assert.Equal(before.Output, after.Output);
    }

    private static (string[] Overlaps, string[] Orphans) Findings(List<JsonElement> units, Func<JsonElement, string> key, Func<JsonElement, string> duty) =>
        ([.. units.SelectMany(u => u.Items("overlaps")).Select(key).Distinct().Order(StringComparer.Ordinal)],
         [.. units.SelectMany(u => u.Items("orphans")).Select(o => o.Text("kind").Replace("_", "", StringComparison.Ordinal).ToUpperInvariant() + "|" + duty(o))
             .Order(StringComparer.Ordinal)]);
}
