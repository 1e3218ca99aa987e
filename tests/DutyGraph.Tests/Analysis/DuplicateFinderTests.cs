using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Text;
using DutyGraph.Graph.Duties;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Analysis;

public sealed class DuplicateFinderTests
{
    private static readonly DateOnly Day = new(2025, 6, 30);

    [Fact]
    public void The_same_duty_led_by_two_units_is_an_exact_overlap_and_look_alikes_are_not_flagged()
    {
        var m = new ModelBuilder();
        var city = m.Unit("县城市管理局");
        var env = m.Unit("县生态环境局");
        var market = m.Unit("县市场监督管理局");
        var farm = m.Unit("县农业农村局");
        m.Holds(m.Duty("对餐饮服务业油烟污染的行政处罚", "行政处罚", "《中华人民共和国大气污染防治法》第一百一十八条"), city);
        m.Holds(m.Duty("对餐饮服务业油烟污染的处罚", "行政处罚", "《大气污染防治法》第一百一十八条"), env);
        m.Holds(m.Duty("食品生产许可", "行政许可", "《中华人民共和国食品安全法》第三十五条"), market);
        m.Holds(m.Duty("食品经营许可", "行政许可", "《中华人民共和国食品安全法》第三十五条"), farm);
        m.Holds(m.Duty("对未取得食品经营许可从事食品经营活动的行政处罚", "行政处罚", "《中华人民共和国食品安全法》第一百二十二条"), farm);
        m.Holds(m.Duty("对生产经营超过保质期食品的行政处罚", "行政处罚", "《中华人民共和国食品安全法》第一百二十四条"), market);
        m.Holds(m.Duty("对生产经营腐败变质食品的行政处罚", "行政处罚", "《中华人民共和国食品安全法》第一百二十四条第一款"), market);
        var support = m.Duty("建筑垃圾处置核准", "行政许可");
        m.Holds(support, city).Holds(support, env, role: Role.Support);

        var clusters = DuplicateFinder.Find(m.Build(Day), Thesaurus.Empty);

        var cluster = Assert.Single(clusters);
        Assert.Equal(DuplicateKind.Exact, cluster.Kind);
        Assert.Equal(["县城市管理局", "县生态环境局"], cluster.Members.Select(x => x.Holding.Unit));
        Assert.Contains(cluster.Explanation, e => e.Contains("共同依据：《大气污染防治法》第一百一十八条", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_different_articles_of_one_law_are_siblings_and_a_shared_article_pulls_a_differently_worded_pair_together()
    {
        var m = new ModelBuilder();
        var city = m.Unit("县城市管理局");
        var env = m.Unit("县生态环境局");
        m.Holds(m.Duty("对露天焚烧秸秆的处罚", "行政处罚", "《大气污染防治法》第一百一十九条第一款"), city);
        m.Holds(m.Duty("对露天焚烧秸秆落叶等产生烟尘污染物质的行政处罚", "行政处罚", "《大气污染防治法》第一百一十九条"), env);
        m.Holds(m.Duty("对施工工地未设置硬质围挡的行政处罚", "行政处罚", "《大气污染防治法》第一百一十五条"), city);
        m.Holds(m.Duty("对施工工地未采取覆盖措施的行政处罚", "行政处罚", "《大气污染防治法》第一百一十六条"), env);

        var clusters = DuplicateFinder.Find(m.Build(Day), Thesaurus.Empty);

        var cluster = Assert.Single(clusters);
        Assert.Equal(DuplicateKind.Near, cluster.Kind);
        Assert.Contains(cluster.Members, x => x.Duty.Title.StartsWith("对露天焚烧", StringComparison.Ordinal));
        Assert.Equal(cluster.Key, DuplicateFinder.KeyOf(cluster.Members.Select(x => x.Duty).Distinct()));
    }
}
