using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Sqlite;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Cli;

/// <summary>Staff additions to the catalogue and corrections of how duties are read travel with an export and come back with an import.</summary>
public sealed class ExportKnowledgeTests
{
    [Fact]
    public async Task Export_writes_the_staffs_catalogue_additions_and_corrections_and_an_import_restores_them_unchanged()
    {
        using var temp = new TempFolder();
        var folder = SmallCounty.WriteTo(temp);
        temp.Write("county/thesaurus.csv", "口语,清单用语,备注\n烤串摊子呛人,餐饮服务业油烟,工作人员补充\n");
        var first = temp.File("first.db");
        Assert.Equal(0, (await Support.Cli.RunAsync("import", folder, "--db", first)).ExitCode);
        await using (var store = new SqliteGraphStore(first))
        {
            await store.CorrectDutyAsync(new DutyCorrection("上犹县", "C:SY-XK-01", "食品经营", DutyAction.Permit, DutyScope.External, "张三",
                new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        }

        var exported = await Support.Cli.RunAsync("export", temp.File("out1"), "--db", first);
        var imported = await Support.Cli.RunAsync("import", temp.File("out1"), "--db", temp.File("second.db"));
        await Support.Cli.RunAsync("export", temp.File("out2"), "--db", temp.File("second.db"));

        Assert.Contains("1 catalogue additions and 1 corrections", exported.Output, StringComparison.Ordinal);
        Assert.Contains("Corrections: 1 from corrections.csv", imported.Output, StringComparison.Ordinal);
        var corrections = File.ReadAllText(Path.Combine(temp.File("out1"), CorrectionsFile.Name));
        Assert.Equal("行政区划,事项编码,事项名称,事项对象,行为,范围,记录人,时间\n上犹县,SY-XK-01,食品生产许可,食品经营,许可,对外,张三,2025-06-01T08:00:00.0000000+00:00\n", corrections.ReplaceLineEndings("\n"));
        foreach (var file in new[] { "units.csv", "sections.csv", "duties.csv", "correspondences.csv", ThesaurusFile.Name, CorrectionsFile.Name })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(temp.File("out1"), file)), File.ReadAllText(Path.Combine(temp.File("out2"), file)));
        }
    }

    [Fact]
    public async Task An_import_whose_corrections_name_a_matter_the_catalogue_lacks_is_refused_naming_the_line_and_stores_nothing()
    {
        using var temp = new TempFolder();
        var folder = SmallCounty.WriteTo(temp);
        temp.Write("county/corrections.csv", "行政区划,事项编码,事项名称,事项对象,行为,范围,记录人,时间\n上犹县,SY-XK-01,食品生产许可,食品经营,许可,对外,张三,\n上犹县,SY-XK-01,食品生产许可,火星殖民,许可,对外,张三,\n");
        var db = temp.File("refused.db");

        var refused = await Support.Cli.RunAsync("import", folder, "--db", db);

        var said = refused.Output + refused.Error;
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("corrections.csv:3:4", said, StringComparison.Ordinal);
        Assert.Contains("火星殖民", said, StringComparison.Ordinal);
        Assert.DoesNotContain("corrections.csv:2", said, StringComparison.Ordinal);
        if (File.Exists(db))
        {
            await using var store = new SqliteGraphStore(db);
            Assert.Empty(await store.ListCorrectionsAsync(CancellationToken.None));
        }
    }
}
