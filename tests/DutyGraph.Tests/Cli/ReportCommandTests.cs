using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Cli;

/// <summary><c>dutygraph report cleanup</c> and <c>dutygraph import</c> of a thesaurus, as a user runs them.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public async Task The_cleanup_report_is_written_in_each_format_and_bad_arguments_are_refused_saying_which()
    {
        using var temp = new TempFolder();
        var folder = SmallCounty.WriteTo(temp);
        temp.Write("county/thesaurus.csv", "口语,清单用语,备注\n油烟,餐饮服务业油烟污染,\n");
        var db = temp.File("r.db");
        var import = await Support.Cli.RunAsync("import", folder, "--db", db);

        var html = await Support.Cli.RunAsync("report", "cleanup", "--jurisdiction", "上犹县", "--as-of", "2025-06-30", "--format", "html", "--out", temp.File("r.html"), "--db", db);
        var csv = await Support.Cli.RunAsync("report", "cleanup", "--jurisdiction", "上犹县", "--as-of", "2025-06-30", "--format", "csv", "--db", db);
        var json = await Support.Cli.RunAsync("report", "cleanup", "--jurisdiction", "上犹县", "--as-of", "2025-06-30", "--format", "json", "--db", db);
        var badFormat = await Support.Cli.RunAsync("report", "cleanup", "--jurisdiction", "上犹县", "--format", "pdf", "--db", db);
        var badPlace = await Support.Cli.RunAsync("report", "cleanup", "--jurisdiction", "不存在县", "--db", db);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("Thesaurus: 1 new entries from thesaurus.csv", import.Output, StringComparison.Ordinal);
        Assert.Equal(0, html.ExitCode);
        Assert.Contains("Wrote the cleanup report of 上犹县 (0 overlaps, 4 orphans, 0 small sections", html.Error, StringComparison.Ordinal);
        var page = File.ReadAllText(temp.File("r.html"));
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<h2>县征收办</h2>", page, StringComparison.Ordinal);
        Assert.StartsWith("单位,类别,事项或机构,说明,编号\n", csv.Output, StringComparison.Ordinal);
        Assert.Contains("县征收办,承担单位已撤销,征收补偿资金专户管理,", csv.Output, StringComparison.Ordinal);
        Assert.Equal(4, System.Text.Json.JsonDocument.Parse(json.Output).RootElement.GetProperty("orphanCount").GetInt32());
        Assert.Equal((1, "dutygraph report cleanup: --format must be md, html, csv or json; it was 'pdf'"), (badFormat.ExitCode, badFormat.Error.Trim()));
        Assert.Equal(1, badPlace.ExitCode);
        Assert.Contains("--jurisdiction: no jurisdiction is named '不存在县'", badPlace.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_whose_thesaurus_has_an_error_is_refused_whole_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var folder = SmallCounty.WriteTo(temp);
        temp.Write("county/thesaurus.csv", "口语,清单用语\n油烟,\n");

        var import = await Support.Cli.RunAsync("import", folder, "--db", temp.File("t.db"));
        var report = await Support.Cli.RunAsync("report", "cleanup", "--jurisdiction", "上犹县", "--db", temp.File("t.db"));

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("thesaurus.csv:2:2: 清单用语 (listTerm) is empty", import.Error, StringComparison.Ordinal);
        Assert.Contains("there is no store at", report.Error, StringComparison.Ordinal);
    }
}
