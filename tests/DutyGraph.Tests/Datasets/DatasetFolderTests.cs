using System.Text;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;
using DutyGraph.Graph.Duties;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Datasets;

public sealed class DatasetFolderTests
{
    [Fact]
    public void Chinese_or_English_headers_in_any_order_with_a_byte_order_mark_read_the_same_and_unknown_columns_are_kept()
    {
        using var temp = new TempFolder();
        temp.Write("zh/units.csv", "\uFEFF单位,行政区划,备注说明,编制数\n县民政局,上犹县,新设,12\n,,,\n\n");
        temp.Write("en/units.csv", " Unit ,JURISDICTION,备注说明,staffquota\r\n县民政局,上犹县,新设,12\r\n");

        var zh = DatasetReader.ReadFolder(temp.File("zh"));
        var en = DatasetReader.ReadFolder(temp.File("en"));

        Assert.Empty(zh.Errors);
        Assert.Empty(en.Errors);
        var unit = Assert.Single(zh.Dataset.Units).Value;
        Assert.Equal(("上犹县", "县民政局", 12), (unit.Jurisdiction, unit.Name, unit.StaffQuota));
        Assert.Equal("新设", unit.Extra["备注说明"]);
        Assert.Equal(unit with { Source = "" }, en.Dataset.Units[0].Value with { Source = "" });
    }

    [Fact]
    public void A_GB18030_file_as_Excel_saves_it_reads_the_same_as_its_UTF8_original()
    {
        using var temp = new TempFolder();
        var text = "行政区划,单位,科室,事项名称,角色\n上犹县/营前镇,县城市管理局,,餐饮服务业油烟污染防治监督检查,牵头\n上犹县/营前镇,营前镇综合行政执法队,,餐饮服务业油烟污染防治监督检查,配合\n";
        temp.Write("utf8/duties.csv", text);
        temp.Write("gbk/duties.csv", text, TextFileDecoder.Gb18030);

        var utf8 = DatasetReader.ReadFolder(temp.File("utf8"));
        var gbk = DatasetReader.ReadFolder(temp.File("gbk"));

        Assert.Equal("GB18030", gbk.Encodings[DatasetFiles.Duties]);
        Assert.Equal("UTF-8", utf8.Encodings[DatasetFiles.Duties]);
        var duty = Assert.Single(gbk.Dataset.Duties);
        Assert.Equal("餐饮服务业油烟污染防治监督检查", duty.Duty.Value.Title);
        Assert.Equal([Role.Lead, Role.Support], duty.Holdings.Select(h => h.Value.Role));
        Assert.Equal(utf8.Dataset.Duties[0].Holdings.Select(h => h.Value with { Source = "" }),
            duty.Holdings.Select(h => h.Value with { Source = "" }));
    }

    [Fact]
    public void Every_error_in_every_file_is_reported_together_with_file_line_and_column()
    {
        using var temp = new TempFolder();
        temp.Write("units.csv", "行政区划,单位,撤销日期\n上犹县,县民政局,2024-13-01\n上犹县,县林业局,2024/3/1\n");
        temp.Write("sections.csv", "行政区划,单位,科室\n上犹县,县民政局,社会救助股\n上犹县,县民政局,社会救助股\n");
        temp.Write("duties.csv", "行政区划,单位,事项名称,角色\n上犹县,县民政局,最低生活保障审核确认,负责\n上犹县,县民政局,\"临时救助,未闭合\n");
        temp.Write("correspondences.csv", "乡镇,乡镇机构\n上犹县/营前镇,营前镇社会事务办公室\n");

        var result = DatasetReader.ReadFolder(temp.Path);

        Assert.Equal(
        [
            "correspondences.csv:1: the required column 县直部门 (countyUnit) is missing",
            "duties.csv:2:4: 角色 (role): '负责' is not a role: write 牵头 (lead) or 配合 (support)",
            "duties.csv:3:3: the quoted field that starts here is never closed (a missing closing quote)",
            "sections.csv:3:3: the section '社会救助股' of 县民政局 in 上犹县 is defined twice (first on line 2)",
            "units.csv:2:3: 撤销日期 (validTo): '2024-13-01' is not a date: write it as YYYY-MM-DD, e.g. 2024-03-01",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Equal(new DateOnly(2024, 3, 1), result.Dataset.Units.Single(u => u.Value.Name == "县林业局").Value.ValidTo);
    }

    [Fact]
    public void Rows_of_one_duty_become_one_duty_with_its_holders_and_a_repeated_holder_is_a_warning()
    {
        using var temp = new TempFolder();
        temp.Write("duties.csv", """
            行政区划,单位,科室,事项编码,事项名称,角色
            上犹县,县市场监督管理局,食品经营安全监督管理股,SY-01,食品经营许可,牵头
            上犹县,县行政审批局,,SY-01,食品经营许可,配合
            上犹县,县市场监督管理局,食品经营安全监督管理股,SY-01,食品经营许可,牵头
            上犹县,,,,无人认领的事项,
            """);

        var result = DatasetReader.ReadFolder(temp.Path);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Dataset.Duties.Count);
        Assert.Equal(["县市场监督管理局", "县行政审批局"], result.Dataset.Duties[0].Holdings.Select(h => h.Value.Unit));
        Assert.Empty(result.Dataset.Duties[1].Holdings);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("duties.csv:4", warning.Location);
    }

    [Fact]
    public void A_UTF8_file_with_a_byte_order_mark_and_a_bad_byte_is_refused_not_silently_changed_and_UTF16_reads()
    {
        using var temp = new TempFolder();
        var bytes = new List<byte>(Encoding.UTF8.GetPreamble());
        bytes.AddRange(Encoding.UTF8.GetBytes("行政区划,单位\n上犹县,县民政局\n上犹县,县"));
        bytes.Add(0xFF);
        bytes.AddRange(Encoding.UTF8.GetBytes("局\n"));
        File.WriteAllBytes(temp.Write("bad/units.csv", ""), [.. bytes]);
        Directory.CreateDirectory(temp.File("utf16"));
        File.WriteAllText(temp.File("utf16/units.csv"), "行政区划,单位\n上犹县,县民政局\n", new UnicodeEncoding(false, true));

        var bad = DatasetReader.ReadFolder(temp.File("bad"));
        var utf16 = DatasetReader.ReadFolder(temp.File("utf16"));

        var error = Assert.Single(bad.Errors);
        Assert.Contains("not UTF-8 text", error.Message, StringComparison.Ordinal);
        Assert.Equal("县民政局", Assert.Single(utf16.Dataset.Units).Value.Name);
        Assert.Equal("UTF-16", utf16.Encodings[DatasetFiles.Units]);
    }

    [Fact]
    public void Unknown_columns_with_the_same_header_are_both_kept_and_values_without_a_header_are_warned_of()
    {
        using var temp = new TempFolder();
        temp.Write("units.csv", "行政区划,单位,备注,备注,\n上犹县,县民政局,甲,乙,丙,丁\n");

        var result = DatasetReader.ReadFolder(temp.Path);

        var unit = Assert.Single(result.Dataset.Units).Value;
        Assert.Equal([KeyValuePair.Create("备注", "甲"), KeyValuePair.Create("备注 (2)", "乙")], unit.Extra.Pairs);
        Assert.Equal(["units.csv:1:4", "units.csv:2:5", "units.csv:2:6"], result.Warnings.Select(w => w.Location));
    }

    [Fact]
    public void A_folder_without_dataset_files_is_refused_by_name()
    {
        using var temp = new TempFolder();
        temp.Write("notes.txt", "nothing here");

        var result = DatasetReader.ReadFolder(temp.Path);

        Assert.Contains("none of the dataset files", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("no such folder", Assert.Single(DatasetReader.ReadFolder(temp.File("missing")).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Written_files_have_Chinese_headers_a_byte_order_mark_and_the_extra_columns_at_the_end()
    {
        using var temp = new TempFolder();
        temp.Write("in/units.csv", "行政区划,单位,自定义\n上犹县,\"县民政局, 挂牌\",x\n");
        var dataset = DatasetReader.ReadFolder(temp.File("in")).ValidDataset();

        await DatasetWriter.WriteFolderAsync(dataset, temp.File("out"));

        var bytes = File.ReadAllBytes(temp.File("out/units.csv"));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n');
        Assert.Equal("行政区划,单位,类型,上级单位,挂牌名称,合署办公,编制数,设立日期,撤销日期,来源,自定义", lines[0]);
        Assert.Equal("上犹县,\"县民政局, 挂牌\",,,,,,,,in/units.csv,x", lines[1]);
    }
}
