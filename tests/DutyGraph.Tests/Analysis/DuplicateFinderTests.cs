using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Duties;
using DutyGraph.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using static DutyGraph.Tests.Support.TestCatalogue;

namespace DutyGraph.Tests.Analysis;

public sealed class DuplicateFinderTests
{
    private static readonly DateOnly Day = new(2025, 6, 30);

    private static readonly MatterCatalogue Catalogue = Of(
        Matter("餐饮服务业油烟", "城市管理", "餐饮油烟；饭店油烟"),
        Matter("食品生产", "市场监管", "生产食品"),
        Matter("食品经营", "市场监管", "经营食品；食品销售"),
        Matter("道路客运经营", "交通运输", "道路客运；非法营运；黑车", leads: "交通"),
        Matter("农药经营", "农业农村", "经营农药；农药销售", leads: "农业农村"),
        Matter("安全生产", "应急管理", "", leads: "应急"),
        Matter("党风廉政建设", "党的建设", "廉政建设", leads: "纪委监委"),
        Matter("建筑垃圾", "城市管理", "渣土", leads: "城管"));

    private static IReadOnlyList<DuplicateCluster> Find(ModelBuilder m, MatterCatalogue? catalogue = null)
    {
        var model = m.Build(Day);
        return DuplicateFinder.Find(model, Meanings(model, catalogue ?? Catalogue));
    }

    [Fact]
    public void The_same_duty_led_by_two_units_is_an_exact_overlap_and_look_alikes_of_other_matters_are_not_flagged()
    {
        var m = new ModelBuilder();
        var (city, env, market, farm) = (m.Unit("县城市管理局"), m.Unit("县生态环境局"), m.Unit("县市场监督管理局"), m.Unit("县农业农村局"));
        m.Holds(m.Duty("对餐饮服务业油烟污染的行政处罚", "行政处罚", "《中华人民共和国大气污染防治法》第一百一十八条"), city);
        m.Holds(m.Duty("对餐饮服务业油烟污染的处罚", "行政处罚", "《大气污染防治法》第一百一十八条"), env);
        m.Holds(m.Duty("食品生产许可", "行政许可"), market);
        m.Holds(m.Duty("食品经营许可", "行政许可"), farm);
        var support = m.Duty("建筑垃圾处置核准", "行政许可");
        m.Holds(support, city).Holds(support, env, role: Role.Support);

        var cluster = Assert.Single(Find(m));

        Assert.Equal(DuplicateKind.Exact, cluster.Kind);
        Assert.Equal("餐饮服务业油烟", cluster.Matter);
        Assert.Equal(["县城市管理局", "县生态环境局"], cluster.Members.Select(x => x.Holding.Unit));
        Assert.Contains(cluster.Explanation, e => e.Contains("共同依据：《大气污染防治法》第一百一十八条", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_units_penalising_one_matter_in_other_words_are_a_near_overlap_that_names_the_matter_and_each_member()
    {
        var m = new ModelBuilder();
        var (transport, police) = (m.Unit("县交通运输局"), m.Unit("县公安局"));
        m.Holds(m.Duty("对未取得道路运输经营许可擅自从事道路客运经营的行政处罚", "行政处罚"), transport);
        m.Holds(m.Duty("对非法营运“黑车”的查处", "其他行政权力"), police);

        var cluster = Assert.Single(Find(m));

        Assert.Equal(DuplicateKind.Near, cluster.Kind);
        Assert.Equal("道路客运经营", cluster.Matter);
        Assert.Equal("事项：道路客运经营（交通运输）", cluster.Explanation[0]);
        Assert.All(cluster.Members, x => Assert.Contains("查处/处罚", x.Why, StringComparison.Ordinal));
    }

    [Fact]
    public void A_duty_on_a_broader_matter_and_one_on_a_narrower_matter_of_it_are_one_thing_named_by_the_narrower()
    {
        var m = new ModelBuilder();
        m.Holds(m.Duty("对未取得道路运输经营许可擅自从事旅客运输经营的处罚", "行政处罚"), m.Unit("县交通运输局"));
        m.Holds(m.Duty("查处非法营运客车", "其他行政权力"), m.Unit("县公安局"));

        var cluster = Assert.Single(Find(m, MatterCatalogue.Shipped));

        Assert.Equal(DuplicateKind.Near, cluster.Kind);
        Assert.Equal("非法营运", cluster.Matter);
    }

    [Fact]
    public void A_duty_for_a_group_of_people_and_the_same_duty_for_everybody_or_another_group_are_not_an_overlap()
    {
        var m = new ModelBuilder();
        m.Holds(m.Duty("一次性创业补贴发放", "行政给付"), m.Unit("县人力资源和社会保障局"));
        m.Holds(m.Duty("残疾人自主创业补贴发放", "行政给付"), m.Unit("县残疾人联合会"));
        m.Holds(m.Duty("退役士兵自主创业补贴发放", "行政给付"), m.Unit("县退役军人事务局"));
        m.Holds(m.Duty("烈属自主创业补贴发放", "行政给付"), m.Unit("县财政局"));

        var cluster = Assert.Single(Find(m, MatterCatalogue.Shipped));

        Assert.Equal(["烈属自主创业补贴发放", "退役士兵自主创业补贴发放"], cluster.Members.Select(x => x.Duty.Title).Order());
    }

    [Fact]
    public void One_unit_licensing_and_another_inspecting_a_matter_is_a_cross_unless_the_licence_is_with_the_approval_bureau()
    {
        ModelBuilder List(string licensor)
        {
            var m = new ModelBuilder();
            m.Holds(m.Duty("农药经营许可", "行政许可"), m.Unit(licensor));
            m.Holds(m.Duty("农药经营行为监督检查", "行政检查"), m.Unit("县市场监督管理局"));
            return m;
        }

        var cross = Assert.Single(Find(List("县农业农村局")));
        var separated = Assert.Single(Find(List("县行政审批局")));

        Assert.Equal(DuplicateKind.Cross, cross.Kind);
        Assert.False(cross.Intentional);
        Assert.Equal(DuplicateKind.Separated, separated.Kind);
        Assert.True(separated.Intentional);
        Assert.Contains(separated.Explanation, e => e.StartsWith("审管分离", StringComparison.Ordinal));
    }

    [Fact]
    public void The_approval_bureau_and_a_department_both_holding_the_permit_overlap()
    {
        var m = new ModelBuilder();
        m.Holds(m.Duty("农药经营许可证核发", "行政许可"), m.Unit("县行政审批局"));
        m.Holds(m.Duty("农药经营许可", "行政许可"), m.Unit("县农业农村局"));

        Assert.Equal(DuplicateKind.Near, Assert.Single(Find(m)).Kind);
    }

    [Fact]
    public void Internal_duties_every_unit_has_are_not_overlaps_between_units_but_are_between_sections_of_one_unit()
    {
        var m = new ModelBuilder();
        foreach (var name in new[] { "县教育体育局", "县民政局", "县财政局", "县水利局", "县林业局", "县审计局", "县统计局", "县商务局" })
        {
            var unit = m.Unit(name);
            m.Holds(m.Duty("负责本部门安全生产工作", "内部管理", jurisdiction: null), unit);
            m.Holds(m.Duty("负责本单位党风廉政建设工作", "内部管理"), unit);
        }
        var data = m.Unit("市数据资源管理局");
        m.Holds(m.Duty("局机关党风廉政建设监督检查"), data, m.Section(data, "办公室"));
        m.Holds(m.Duty("机关党风廉政建设监督检查"), data, m.Section(data, "综合法规科"));

        var clusters = Find(m);

        var cluster = Assert.Single(clusters);
        Assert.All(cluster.Members, x => Assert.Equal("市数据资源管理局", x.Holding.Unit));
    }

    [Fact]
    public void Two_sections_of_one_unit_overlap_only_doing_the_same_thing()
    {
        var m = new ModelBuilder();
        var market = m.Unit("县市场监督管理局");
        m.Holds(m.Duty("食品经营许可", "行政许可"), market, m.Section(market, "食品经营安全监督管理股"));
        m.Holds(m.Duty("对未取得食品经营许可从事食品经营活动的行政处罚", "行政处罚"), market, m.Section(market, "综合行政执法大队"));
        m.Holds(m.Duty("食品经营许可证核发", "行政许可"), market, m.Section(market, "行政审批股"));

        var cluster = Assert.Single(Find(m));

        Assert.Equal(["食品经营安全监督管理股", "行政审批股"], cluster.Members.Select(x => x.Holding.Section));
    }

    [Fact]
    public void Two_violations_of_one_matter_held_by_two_units_are_not_an_overlap()
    {
        var m = new ModelBuilder();
        var (market, city) = (m.Unit("县市场监督管理局"), m.Unit("县城市管理局"));
        m.Holds(m.Duty("对经营超过保质期食品的行政处罚", "行政处罚"), market);
        m.Holds(m.Duty("对经营标签不符合规定食品的行政处罚", "行政处罚"), city);

        Assert.Empty(Find(m));
    }

    [Fact]
    public void A_matter_named_beside_one_of_another_field_is_that_fields_business()
    {
        var m = new ModelBuilder();
        m.Holds(m.Duty("安全生产综合监督管理", "行政检查"), m.Unit("县应急管理局"));
        m.Holds(m.Duty("道路客运企业安全生产监督检查", "行政检查"), m.Unit("县交通运输局"));

        Assert.Empty(Find(m));
    }

    [Fact]
    public void Duties_the_catalogue_does_not_know_overlap_only_by_the_same_title()
    {
        var m = new ModelBuilder();
        var (a, b) = (m.Unit("县甲局"), m.Unit("县乙局"));
        m.Holds(m.Duty("县域特色产业集群培育", "其他行政权力"), a);
        m.Holds(m.Duty("县域特色产业集群培育", "其他行政权力"), b);
        m.Holds(m.Duty("县域特色产业集群规划", "其他行政权力"), b);

        var cluster = Assert.Single(Find(m));

        Assert.Equal(DuplicateKind.Exact, cluster.Kind);
        Assert.Equal(2, cluster.Members.Count);
    }

    [Fact]
    public void A_lists_clusters_are_the_same_whatever_other_lists_the_model_holds()
    {
        IReadOnlyList<string> TownshipClusters(bool countyListToo)
        {
            var m = new ModelBuilder();
            var township = m.Township("青石镇");
            m.Holds(m.Duty("建筑垃圾乱倒巡查", "其他行政权力", jurisdiction: township), m.Unit("青石镇经济发展办公室", township));
            m.Holds(m.Duty("渣土乱倒巡查和制止", "其他行政权力", jurisdiction: township), m.Unit("青石镇综合行政执法队", township));
            if (countyListToo)
            {
                m.Holds(m.Duty("建筑垃圾处置核准", "行政许可"), m.Unit("县城市管理局"));
                m.Holds(m.Duty("建筑垃圾运输监督检查", "行政检查"), m.Unit("县住房和城乡建设局"));
            }
            return [.. Find(m).Where(c => c.Members[0].Duty.Jurisdiction.EndsWith("青石镇", StringComparison.Ordinal)).Select(c => c.Key + c.Score)];
        }

        Assert.Single(TownshipClusters(countyListToo: false));
        Assert.Equal(TownshipClusters(countyListToo: false), TownshipClusters(countyListToo: true));
    }

    [Fact]
    public void Clusters_never_chain_every_pair_of_members_overlaps_on_the_clusters_matter_and_a_separation_gathers_round_its_permit()
    {
        var titles = Gen.Elements("食品经营许可", "食品经营监督检查", "对经营超过保质期食品的处罚", "对未取得许可经营食品的处罚", "食品销售环节抽检",
            "道路客运经营许可", "黑车查处", "农药经营许可", "农药销售监督检查", "县域产业培育", "负责本部门安全生产工作");
        var duty = Gen.Zip(titles, Gen.Choose(0, 5));
        Prop.ForAll(duty.ListOf().Where(d => d.Count is >= 2 and <= 40).ToArbitrary(), duties =>
        {
            var m = new ModelBuilder();
            var units = new[] { "县市场监督管理局", "县城市管理局", "县农业农村局", "县交通运输局", "县行政审批局", "县公安局" }.Select(n => m.Unit(n)).ToList();
            foreach (var (title, unit) in duties)
            {
                m.Holds(m.Duty(title), units[unit]);
            }
            var model = m.Build(Day);
            var meanings = Meanings(model, Catalogue);
            var leads = DuplicateFinder.LeadDuties(model, meanings).ToDictionary(l => l.Duty.Id);
            return DuplicateFinder.Find(model, meanings).Where(c => c.Members.Select(x => x.Duty.Id).Distinct().Count() > 1).All(cluster =>
            {
                var ids = cluster.Members.Select(x => x.Duty.Id).Distinct().ToList();
                bool Overlap(long a, long b) => OverlapRule.Judge(leads[a], leads[b]) is { } v && v.Matter == cluster.Matter;
                return cluster.Kind == DuplicateKind.Separated
                    ? ids.Any(permit => ids.Where(other => other != permit).All(other => Overlap(permit, other)))
                    : ids.SelectMany((a, i) => ids.Skip(i + 1).Select(b => (a, b))).All(p => Overlap(p.a, p.b));
            });
        }).QuickCheckThrowOnFailure();
    }
}
