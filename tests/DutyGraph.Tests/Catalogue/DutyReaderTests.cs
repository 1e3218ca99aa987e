using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Duties;
using DutyGraph.Tests.Support;
using static DutyGraph.Tests.Support.TestCatalogue;

namespace DutyGraph.Tests.Catalogue;

public sealed class DutyReaderTests
{
    private static readonly MatterCatalogue Catalogue = Of(
        Matter("食品经营", "市场监管/食品", "经营食品；食品销售"),
        Matter("道路运输", "交通运输/道路运输", "", leads: "交通"),
        Matter("安全生产", "应急管理/安全生产", "", leads: "应急"),
        Matter("扬尘污染", "生态环境/大气", "扬尘", leads: "生态环境"),
        Matter("建设工程施工扬尘", "生态环境/大气", "施工扬尘", leads: "生态环境", parent: "扬尘污染"));

    private static readonly DutyReader Reader = new(Catalogue, []);

    [Theory]
    [InlineData("对未取得食品经营许可从事食品经营活动的行政处罚", "行政处罚", "食品经营", DutyAction.Penalty, DutyScope.External)]
    [InlineData("食品经营许可证核发", null, "食品经营", DutyAction.Permit, DutyScope.External)]
    [InlineData("食品销售环节监督检查", null, "食品经营", DutyAction.Inspection, DutyScope.External)]
    [InlineData("负责本部门安全生产工作", "内部管理", "安全生产", DutyAction.Coordination, DutyScope.Internal)]
    [InlineData("道路运输企业安全生产监督检查", "行政检查", "道路运输", DutyAction.Inspection, DutyScope.External)]
    [InlineData("指导乡镇开展施工扬尘巡查", null, "建设工程施工扬尘", DutyAction.Inspection, DutyScope.Guidance)]
    public void A_title_is_read_as_its_matter_action_and_scope(string title, string? category, string matter, DutyAction action, DutyScope scope)
    {
        var meaning = Reader.ReadTitle(title, category);

        Assert.Equal((matter, action, scope), (meaning.Matter?.Name, meaning.Action, meaning.Scope));
    }

    [Fact]
    public void An_aspect_yields_to_the_matter_named_beside_it_and_a_narrower_matter_comes_before_a_broader_one()
    {
        Assert.Equal(["道路运输"], Reader.ReadTitle("道路运输安全生产监督管理", null).Matters.Select(m => m.Name));
        Assert.Equal(["建设工程施工扬尘", "扬尘污染"], Reader.ReadTitle("施工扬尘和道路扬尘治理", null).Matters.Select(m => m.Name));
    }

    [Fact]
    public void A_title_the_catalogue_does_not_know_has_no_matter_but_keeps_its_telling_words_as_a_key()
    {
        var meaning = Reader.ReadTitle("县域特色产业集群培育", null);

        Assert.Null(meaning.Matter);
        Assert.Equal("特色产业集群", meaning.LocalKey);
    }

    [Fact]
    public void A_staff_correction_wins_over_the_catalogue_for_that_duty_only()
    {
        var duty = new Duty { Id = 1, Jurisdiction = "测试县", Code = "X-1", Title = "食品经营许可", Category = "行政许可", Source = "test" };
        var other = duty with { Id = 2, Code = "X-2" };
        var reader = new DutyReader(Catalogue, [new DutyCorrection("测试县", "C:X-1", "道路运输", DutyAction.Inspection, DutyScope.Internal, "staff", DateTimeOffset.UnixEpoch)]);

        var corrected = reader.Read(duty);
        var untouched = reader.Read(other);

        Assert.Equal(("道路运输", DutyAction.Inspection, DutyScope.Internal, MeaningSource.Staff),
            (corrected.Matter?.Name, corrected.Action, corrected.Scope, corrected.Source));
        Assert.Equal(("食品经营", DutyAction.Permit, MeaningSource.Catalogue), (untouched.Matter?.Name, untouched.Action, untouched.Source));
    }

    [Fact]
    public void A_correction_naming_the_second_matter_puts_it_first_and_keeps_each_matter_with_its_own_word()
    {
        var duty = new Duty { Id = 1, Jurisdiction = "测试县", Code = "X-1", Title = "道路运输企业经营食品监督检查", Category = "行政检查", Source = "test" };
        var read = new DutyReader(Catalogue, []).Read(duty);
        var reader = new DutyReader(Catalogue, [new DutyCorrection("测试县", "C:X-1", "道路运输", null, null, "staff", DateTimeOffset.UnixEpoch)]);

        var corrected = reader.Read(duty);

        Assert.Equal(["食品经营", "道路运输"], read.Matters.Select(m => m.Name));
        Assert.Equal(["道路运输", "食品经营"], corrected.Matters.Select(m => m.Name));
        Assert.Equal(["道路运输", read.MatterWords[0]], corrected.MatterWords);
        Assert.Equal(corrected.Matters.Count, corrected.MatterWords.Count);
    }
}
