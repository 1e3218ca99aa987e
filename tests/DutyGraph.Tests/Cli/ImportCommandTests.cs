using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;
using DutyGraph.Graph.Generation;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Cli;

/// <summary>The real <c>dutygraph</c> executable, as a user runs it.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public async Task Importing_a_folder_in_Chinese_headers_and_its_GB18030_copy_succeeds_and_lists_dangling_references_as_warnings()
    {
        using var temp = new TempFolder();
        var folder = SmallCounty.WriteTo(temp);
        var gbk = temp.Sub("gbk");
        foreach (var file in DatasetFiles.All)
        {
            File.WriteAllBytes(Path.Combine(gbk, file), TextFileDecoder.Gb18030.GetBytes(File.ReadAllText(Path.Combine(folder, file))));
        }

        var utf8 = await Support.Cli.RunAsync("import", folder, "--db", temp.File("a.db"));
        var gb = await Support.Cli.RunAsync("import", gbk, "--db", temp.File("b.db"));

        Assert.Equal(0, utf8.ExitCode);
        Assert.Equal(0, gb.ExitCode);
        Assert.Contains("warning: duties.csv:10: the holder '县自然资源局'", utf8.Output, StringComparison.Ordinal);
        Assert.Contains("warning: correspondences.csv:4: the county unit '县乡村振兴局'", gb.Output, StringComparison.Ordinal);
        Assert.Contains("duties.csv GB18030", gb.Output, StringComparison.Ordinal);
        Assert.Contains("6 units, 3 sections, 7 duties (9 holdings), 3 correspondences", gb.Output, StringComparison.Ordinal);
        Assert.Matches(@"rows in [\d.]+ s = [\d,]+ rows/s; peak memory [\d,]+ MB", utf8.Output);
    }

    [Fact]
    public async Task A_folder_with_errors_is_refused_with_every_problem_listed_and_the_stored_data_is_unchanged()
    {
        using var temp = new TempFolder();
        var db = temp.File("store.db");
        Assert.Equal(0, (await Support.Cli.RunAsync("import", SmallCounty.WriteTo(temp), "--db", db)).ExitCode);
        await Support.Cli.RunAsync("export", temp.File("before"), "--db", db);
        temp.Write("bad/units.csv", "行政区划,单位,设立日期\n上犹县,县民政局,2024-02-30\n");
        temp.Write("bad/sections.csv", "行政区划,单位,科室\n上犹县,县民政局,办公室\n上犹县,县民政局,办公室\n");
        temp.Write("bad/duties.csv", "行政区划,单位,事项名称,角色\n上犹县,县民政局,临时救助,主管\n上犹县,县民政局,\"最低生活保障\n");
        temp.Write("bad/correspondences.csv", "乡镇,县直部门\n上犹县/营前镇,县民政局\n");

        var refused = await Support.Cli.RunAsync("import", temp.File("bad"), "--db", db);
        await Support.Cli.RunAsync("export", temp.File("after"), "--db", db);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("refused with 5 error(s); nothing was written", refused.Error, StringComparison.Ordinal);
        foreach (var location in new[] { "units.csv:2:3", "sections.csv:3", "duties.csv:2:4", "duties.csv:3:3", "correspondences.csv:1" })
        {
            Assert.Contains("  " + location + ":", refused.Error, StringComparison.Ordinal);
        }
        Assert.Contains("乡镇机构 (townshipOffice) is missing", refused.Error, StringComparison.Ordinal);
        Assert.Equal(Stores.FolderText(temp.File("before")), Stores.FolderText(temp.File("after")));
    }

    [Fact]
    public async Task Killing_the_process_in_the_middle_of_a_large_import_leaves_the_previous_data_intact()
    {
        using var temp = new TempFolder();
        var db = temp.File("store.db");
        Assert.Equal(0, (await Support.Cli.RunAsync("import", SmallCounty.WriteTo(temp), "--db", db)).ExitCode);
        await Support.Cli.RunAsync("export", temp.File("before"), "--db", db);
        var large = temp.File("large");
        await DatasetWriter.WriteFolderAsync(SyntheticDataset.Generate(20), large);

        using (var import = Support.Cli.Start("import", large, "--db", db, "--replace"))
        {
            string? line;
            while ((line = await import.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("duties:", StringComparison.Ordinal))
            {
            }
            Assert.NotNull(line);
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
        }
        var export = await Support.Cli.RunAsync("export", temp.File("after"), "--db", db);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(Stores.FolderText(temp.File("before")), Stores.FolderText(temp.File("after")));
    }

    [Fact]
    public async Task Commands_refuse_bad_arguments_saying_which_one_and_why()
    {
        using var temp = new TempFolder();

        var noCounties = await Support.Cli.RunAsync("generate", "--counties", "0", "--out", temp.File("g"));
        var noStore = await Support.Cli.RunAsync("export", temp.File("out"), "--db", temp.File("missing.db"));
        var noFolder = await Support.Cli.RunAsync("import", temp.File("nowhere"), "--db", temp.File("x.db"));

        Assert.NotEqual(0, noCounties.ExitCode);
        Assert.Contains("--counties must be between 1 and 400", noCounties.Error, StringComparison.Ordinal);
        Assert.Equal(1, noStore.ExitCode);
        Assert.Contains("there is no store at", noStore.Error, StringComparison.Ordinal);
        Assert.Equal(1, noFolder.ExitCode);
        Assert.Contains("no such folder", noFolder.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("missing.db")));
    }

    [Fact]
    public async Task Generate_writes_a_dataset_that_imports_cleanly()
    {
        using var temp = new TempFolder();

        var generated = await Support.Cli.RunAsync("generate", "--counties", "1", "--out", temp.File("g"));
        var imported = await Support.Cli.RunAsync("import", temp.File("g"), "--db", temp.File("g.db"));

        Assert.Equal(0, generated.ExitCode);
        Assert.Matches(@"Wrote 131 units, 280 sections, [\d,]+ duties", generated.Output);
        Assert.Equal(0, imported.ExitCode);
    }
}
