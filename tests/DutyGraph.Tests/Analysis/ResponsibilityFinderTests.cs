using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Tests.Support;
using static DutyGraph.Tests.Support.TestCatalogue;

namespace DutyGraph.Tests.Analysis;

public sealed class ResponsibilityFinderTests
{
    private static readonly DateOnly Day = new(2025, 6, 30);

    private static readonly MatterCatalogue Catalogue = Of(
        Matter("食品经营", "市场监管/食品", "食品销售；经营食品", "小卖部；卖吃的；食品店"),
        Matter("养犬", "公安/养犬", "犬只", "狗叫；遛狗；狗咬人", leads: "公安"),
        Matter("电动自行车集中充电设施", "消防人防/消防", "电动自行车充电", "电动车充电；充电棚", leads: "消防"),
        Matter("城市道路", "城市管理/市政", "占用城市道路；挖掘城市道路", "马路被挖", leads: "城管"));

    private static ResponsibilityFinder Finder(ModelBuilder m)
    {
        var model = m.Build(Day);
        var meanings = Meanings(model, Catalogue);
        return new ResponsibilityFinder(model, new DutyIndex(model.Duties), meanings, [], OrphanFinder.Find(model, meanings.Reader));
    }

    private static ModelBuilder County()
    {
        var m = new ModelBuilder();
        m.Holds(m.Duty("食品经营许可", "行政许可", "《中华人民共和国食品安全法》第三十五条"), m.Unit("县行政审批局"));
        m.Holds(m.Duty("对未取得食品经营许可从事食品经营活动的行政处罚", "行政处罚", "《中华人民共和国食品安全法》第一百二十二条"), m.Unit("县市场监督管理局"));
        m.Duty("电动自行车集中充电设施安全管理", "行政检查");
        m.Unit("县公安局");
        return m;
    }

    [Fact]
    public void A_caller_wanting_a_licence_is_answered_with_the_permit_and_one_reporting_wrongdoing_with_the_penalty()
    {
        var finder = Finder(County());

        var licence = finder.Ask("想在家门口开个小卖部，要办什么证", "测试县", 3);
        var report = finder.Ask("学校门口有个小卖部没有证也在卖吃的，我要举报", "测试县", 3);

        Assert.Equal("县行政审批局", licence.Answers[0].Unit.Name);
        Assert.Equal("县市场监督管理局", report.Answers[0].Unit.Name);
        Assert.Equal("食品经营", licence.Answers[0].Matter?.Name);
    }

    [Fact]
    public void A_township_office_answering_to_several_county_units_names_the_one_that_leads_the_matter()
    {
        var m = new ModelBuilder();
        var town = m.Township("青石镇");
        var office = m.Unit("青石镇平安建设办公室", town);
        var (justice, fire) = (m.Unit("县司法局"), m.Unit("县消防救援大队"));
        m.Holds(m.Duty("电动自行车集中充电设施安全巡查", "基本履职", jurisdiction: town), office);
        m.Holds(m.Duty("人民调解委员会建设和调解员培训", "行政检查"), justice);
        m.AnswersTo(town, office, "县司法局", justice).AnswersTo(town, office, "县消防救援大队", fire);

        var answer = Finder(m).Ask("小区里电动车充电棚电线乱拉，谁来查一下", town, 1).Answers[0];

        Assert.Equal(("青石镇平安建设办公室", "县消防救援大队"), (answer.Unit.Name, answer.CountyUnit?.Name));
    }

    [Fact]
    public void Reasons_read_as_a_chain_from_the_callers_words_through_the_matter_and_duty_to_the_unit()
    {
        var answer = Finder(County()).Ask("想在家门口开个小卖部，要办什么证", "测试县", 1).Answers[0];

        Assert.Equal(4, answer.Reasons.Count);
        Assert.Equal("问题中的“小卖部”→ 事项“食品经营”（市场监管/食品）", answer.Reasons[0]);
        Assert.Matches("^来电所求“.*证.*”→ 许可$", answer.Reasons[1]);
        Assert.Equal("→ 清单事项“食品经营许可”（行政许可；依据：《中华人民共和国食品安全法》第三十五条）", answer.Reasons[2]);
        Assert.Equal("→ 县行政审批局牵头", answer.Reasons[3]);
    }

    [Fact]
    public void Words_a_question_shares_with_a_duty_are_named_whole_never_as_loose_character_pairs()
    {
        var m = new ModelBuilder();
        m.Holds(m.Duty("12345热线工单转办"), m.Unit("县政务服务中心"));

        var answer = Finder(m).Ask("我打了12345热线说的事一直没人转办", "测试县", 1).Answers[0];

        var shared = Assert.Single(answer.Reasons, r => r.StartsWith("问题与清单用词相近", StringComparison.Ordinal));
        Assert.Contains("“12345热线”", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("“12”", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("“23”", shared, StringComparison.Ordinal);
    }

    [Fact]
    public void A_matching_duty_nobody_holds_is_named_with_what_is_wrong()
    {
        var result = Finder(County()).Ask("小区的电动车充电棚老是冒火花", "测试县", 3);

        var unheld = Assert.Single(result.Unheld);
        Assert.Equal(("电动自行车集中充电设施安全管理", OrphanKind.Unheld), (unheld.Duty.Title, unheld.Kind));
        Assert.StartsWith("清单中的“电动自行车集中充电设施安全管理”（测试县）与问题相符，但目前无人承担", unheld.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_no_list_has_a_matter_the_catalogue_knows_the_unit_that_usually_leads_it_is_offered_and_says_so()
    {
        var answer = Finder(County()).Ask("邻居家的狗叫了一晚上，吵得睡不着", "测试县", 3).Answers[0];

        Assert.Equal(("县公安局", null), (answer.Unit.Name, answer.Duty));
        Assert.Contains("本地清单中没有该事项；按事项目录，它通常由公安部门主管", answer.Reasons);
    }

    [Theory]
    [InlineData("今晚有什么好看的剧推荐一下")]
    [InlineData("帮我写一首关于春天的诗")]
    [InlineData("红烧肉怎么做好吃")]
    public void A_question_of_no_government_business_gets_no_answer_above_the_guess_line(string question)
    {
        var result = Finder(County()).Ask(question, "测试县", 3);

        Assert.All(result.Answers, a => Assert.True(a.Confidence < 0.5, $"{a.Unit.Name} at {a.Confidence}"));
    }

    [Fact]
    public void A_question_is_read_no_further_than_its_first_five_hundred_characters()
    {
        var finder = Finder(County());
        var noise = string.Concat(Enumerable.Range(0, 20_000).Select(i => (char)('一' + (i * 7919 % 20000))));

        var answers = finder.Ask("想开个小卖部要办什么证" + noise, "测试县", 3).Answers;
        var alone = finder.Ask("想开个小卖部要办什么证" + noise[..(ResponsibilityFinder.MaxQuestionLength - 11)], "测试县", 3).Answers;

        Assert.Equal("县行政审批局", answers[0].Unit.Name);
        Assert.Equal(alone.Select(a => (a.Unit.Name, a.Score, a.Confidence)), answers.Select(a => (a.Unit.Name, a.Score, a.Confidence)));
    }
}
