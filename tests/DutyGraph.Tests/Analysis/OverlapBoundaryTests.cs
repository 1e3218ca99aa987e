using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Tests.Support;
using static DutyGraph.Tests.Support.TestCatalogue;

namespace DutyGraph.Tests.Analysis;

/// <summary>Where overlaps end: steps of one procedure, a unit's management work, and the 职责边界 between two departments' matters.</summary>
public sealed class OverlapBoundaryTests
{
    private static readonly DateOnly Day = new(2025, 6, 30);

    private static readonly MatterCatalogue Catalogue = Of(
        [("河道采砂", "矿产资源开采")],
        Matter("最低生活保障", "民政/社会救助", "低保", leads: "民政"),
        Matter("档案工作", "政务服务数据/档案", "档案管理", leads: "档案"),
        Matter("燃气经营", "住房城乡建设/燃气", "燃气经营；燃气经营者；燃气设施", leads: "住建"),
        Matter("污染源监管", "生态环境/执法", "污染源", leads: "生态环境"),
        Matter("统计调查", "财政审计统计税务/统计", "统计数据；统计调查", leads: "统计"),
        Matter("12345政务服务便民热线", "政务服务数据/政务服务", "12345热线", leads: "政务服务"),
        Matter("党委政府重点工作", "政务服务数据/政府办", "政府重点工作", leads: "政府办"),
        Matter("行政规范性文件", "政务服务数据/政府办", "规范性文件", leads: "司法"),
        Matter("安全生产", "应急管理/安全生产", "", leads: "应急"),
        Matter("河道采砂", "水利/河湖", "河道管理范围内采砂", leads: "水利"),
        Matter("矿产资源开采", "自然资源/矿产", "采矿许可证；擅自开采", leads: "自然资源"),
        Matter("噪声污染防治", "生态环境/噪声", "噪声排放标准", leads: "生态环境"),
        Matter("工业噪声", "生态环境/噪声", "排放工业噪声", leads: "生态环境", parent: "噪声污染防治"),
        Matter("建筑施工噪声", "生态环境/噪声", "建筑施工噪声；夜间施工", leads: "生态环境", parent: "噪声污染防治"),
        Matter("互联网上网服务营业场所", "文化旅游/文化市场", "上网服务营业场所", leads: "文旅"),
        Matter("网络安全", "公安/网络安全", "信息网络安全", leads: "公安"),
        Matter("出版物发行", "文化旅游/新闻出版", "出版物零售", leads: "宣传"),
        Matter("个体工商户", "市场监管/登记", "个体工商户设立", leads: "市场监管"),
        Matter("企业投资项目备案", "发展改革/投资", "投资项目备案", leads: "发改"),
        Matter("企业技术改造", "工信科技/工业", "企业技术改造", leads: "工信"));

    private static IReadOnlyList<DuplicateCluster> Find(ModelBuilder m)
    {
        var model = m.Build(Day);
        return DuplicateFinder.Find(model, Meanings(model, Catalogue));
    }

    [Fact]
    public void Taking_in_an_application_beside_deciding_it_is_one_procedure_but_two_units_serving_one_hotline_overlap()
    {
        var m = new ModelBuilder();
        var town = m.Township("青石镇");
        m.Holds(m.Duty("最低生活保障申请受理和初审", "基本履职", jurisdiction: town), m.Unit("青石镇社会事务办", town));
        m.Holds(m.Duty("最低生活保障审核确认", "行政确认", jurisdiction: town), m.Unit("县民政局"));
        m.Holds(m.Duty("12345热线诉求受理和转办", "公共服务"), m.Unit("县政务服务中心"));
        m.Holds(m.Duty("12345热线诉求办理", "公共服务"), m.Unit("县委社会工作部"));

        var cluster = Assert.Single(Find(m));

        Assert.Equal("12345政务服务便民热线", cluster.Matter);
    }

    [Fact]
    public void A_township_patrolling_stopping_and_reporting_beside_the_county_punishing_is_one_procedure_but_two_units_punishing_overlap()
    {
        var m = new ModelBuilder();
        var town = m.Township("青石镇");
        m.Holds(m.Duty("擅自开采矿产资源巡查制止和报告", "基本履职", jurisdiction: town), m.Unit("青石镇综合行政执法队", town));
        m.Holds(m.Duty("对擅自开采矿产资源的查处", "上级收回", jurisdiction: town), m.Unit("县自然资源局"));
        m.Holds(m.Duty("对擅自开采矿产资源的行政处罚", "行政处罚"), m.Unit("县自然资源局"));
        m.Holds(m.Duty("擅自开采矿产资源查处", "行政处罚"), m.Unit("县综合行政执法局"));

        var cluster = Assert.Single(Find(m));

        Assert.Equal(["县综合行政执法局", "县自然资源局"], cluster.Members.Select(x => x.Holding.Unit).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_unit_doing_its_own_remits_work_on_a_matter_another_unit_leads_is_no_overlap_but_naming_which_one_it_does_is_not_its_own_work()
    {
        var m = new ModelBuilder();
        m.Holds(m.Duty("互联网上网服务营业场所信息网络安全审核", "行政许可"), m.Unit("县公安局"));
        m.Holds(m.Duty("互联网上网服务营业场所经营单位设立审批", "行政许可"), m.Unit("县文化广电旅游局"));
        m.Holds(m.Duty("上网服务营业场所经营单位设立审批", "行政许可"), m.Unit("县行政审批局"));
        m.Holds(m.Duty("出版物零售单位和个体工商户设立变更审批", "行政许可"), m.Unit("县委宣传部"));
        m.Holds(m.Duty("个体工商户设立变更登记", "行政许可"), m.Unit("县市场监督管理局"));
        m.Holds(m.Duty("企业投资项目备案", "其他行政权力"), m.Unit("县发展和改革局"));
        m.Holds(m.Duty("工业企业技术改造和节能改造投资项目备案", "其他行政权力"), m.Unit("县工业和信息化局"));

        var clusters = Find(m);

        Assert.Equal(
            ["县发展和改革局+县工业和信息化局", "县文化广电旅游局+县行政审批局"],
            clusters.Select(c => string.Join('+', c.Members.Select(x => x.Holding.Unit).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_sections_of_one_unit_doing_unlike_things_to_one_matter_split_the_work_but_one_thing_listed_in_both_overlaps()
    {
        var m = new ModelBuilder();
        var housing = m.Unit("县住房和城乡建设局");
        m.Holds(m.Duty("对燃气设施保护范围内违规施工的处罚", "行政处罚"), housing, m.Section(housing, "燃气管理股"));
        m.Holds(m.Duty("对燃气经营者擅自停业歇业的处罚", "行政处罚"), housing, m.Section(housing, "执法大队"));
        m.Holds(m.Duty("在燃气设施保护范围内违规施工的查处", "行政处罚"), housing, m.Section(housing, "执法二中队"));

        var cluster = Assert.Single(Find(m));

        Assert.Equal(["执法二中队", "燃气管理股"], cluster.Members.Select(x => x.Holding.Section!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void In_a_townships_list_the_county_unit_and_the_township_office_split_a_matter_by_level_unless_both_punish()
    {
        var m = new ModelBuilder();
        var town = m.Township("青石镇");
        m.Holds(m.Duty("最低生活保障金发放", "上级收回", jurisdiction: town), m.Unit("县民政局"));
        m.Holds(m.Duty("最低生活保障对象走访慰问", "基本履职", jurisdiction: town), m.Unit("青石镇社会事务办", town));
        m.Holds(m.Duty("对燃气经营者擅自停业歇业的处罚", "上级收回", jurisdiction: town), m.Unit("县住房和城乡建设局"));
        m.Holds(m.Duty("燃气经营者擅自停业歇业行为查处", "基本履职", jurisdiction: town), m.Unit("青石镇综合行政执法队", town));

        var cluster = Assert.Single(Find(m));

        Assert.Equal(["县住房和城乡建设局", "青石镇综合行政执法队"], cluster.Members.Select(x => x.Holding.Unit).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_units_general_office_doing_for_its_unit_what_another_unit_leads_is_its_own_running_but_two_units_leading_it_overlap()
    {
        var m = new ModelBuilder();
        var (government, party, farming) = (m.Unit("县政府办公室"), m.Unit("县委办公室"), m.Unit("县农业农村局"));
        m.Holds(m.Duty("县政府重点工作督查督办", "其他行政权力"), government, m.Section(government, "督查室"));
        m.Holds(m.Duty("县政府重点工作督查督办", "其他行政权力"), party, m.Section(party, "督查室"));
        m.Holds(m.Duty("县政府重点工作督查督办", "其他行政权力"), farming, m.Section(farming, "办公室"));

        var cluster = Assert.Single(Find(m));

        Assert.Equal(["县委办公室", "县政府办公室"], cluster.Members.Select(x => x.Holding.Unit).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Management_work_only_some_units_do_overlaps_between_units_and_between_sections_but_a_units_own_affairs_do_not()
    {
        var m = new ModelBuilder();
        var office = m.Unit("县政府办公室");
        var (justice, water, land) = (m.Unit("县司法局"), m.Unit("县水利局"), m.Unit("县自然资源局"));
        m.Holds(m.Duty("县政府重点工作督查督办", "内部管理"), office, m.Section(office, "督查室"));
        m.Holds(m.Duty("县政府重点工作落实情况绩效考评", "内部管理"), office, m.Section(office, "绩效管理股"));
        m.Holds(m.Duty("行政规范性文件合法性审核", "内部管理"), office, m.Section(office, "秘书股"));
        m.Holds(m.Duty("行政规范性文件合法性审核", "内部管理"), justice);
        m.Holds(m.Duty("负责本单位安全生产工作", "内部管理"), water);
        m.Holds(m.Duty("负责本单位安全生产工作", "内部管理"), land);

        var clusters = Find(m);

        Assert.Equal(["党委政府重点工作", "行政规范性文件"], clusters.Select(c => c.Matter).Order());
    }

    [Fact]
    public void Two_departments_punishing_across_a_boundary_overlap_but_one_licensing_and_the_other_punishing_do_not()
    {
        var m = new ModelBuilder();
        var (water, land) = (m.Unit("县水利局"), m.Unit("县自然资源局"));
        m.Holds(m.Duty("对未经许可在河道管理范围内采砂的处罚", "行政处罚"), water);
        m.Holds(m.Duty("对未取得采矿许可证在河道内采砂的处罚", "行政处罚"), land);
        m.Holds(m.Duty("采矿许可证核发", "行政许可"), land);

        var cluster = Assert.Single(Find(m));

        Assert.Equal("河道采砂／矿产资源开采", cluster.Matter);
        Assert.Equal(DuplicateKind.Near, cluster.Kind);
        Assert.Equal(["县水利局", "县自然资源局"], cluster.Members.Select(x => x.Holding.Unit));
        Assert.Contains(cluster.Explanation, e => e.Contains("职责边界", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_different_narrower_cases_of_one_matter_are_two_things_but_one_case_worded_twice_is_one()
    {
        var m = new ModelBuilder();
        var (env, city) = (m.Unit("县生态环境局"), m.Unit("县城市管理局"));
        m.Holds(m.Duty("对超过噪声排放标准排放工业噪声的处罚", "行政处罚"), env);
        m.Holds(m.Duty("对超过噪声排放标准夜间施工的处罚", "行政处罚"), city);
        m.Holds(m.Duty("对建筑施工噪声扰民的查处", "行政处罚"), env, m.Section(env, "执法大队"));

        var cluster = Assert.Single(Find(m));

        Assert.Equal("建筑施工噪声", cluster.Matter);
        Assert.Equal(["县城市管理局", "县生态环境局"], cluster.Members.Select(x => x.Holding.Unit).Order());
    }

    [Fact]
    public void A_permit_at_the_approval_bureau_gathers_every_duty_supervising_after_it_into_one_intentional_cluster()
    {
        var m = new ModelBuilder();
        var (approval, housing, enforcement) = (m.Unit("县行政审批服务局"), m.Unit("县住房和城乡建设局"), m.Unit("县综合行政执法局"));
        m.Holds(m.Duty("燃气经营许可证核发", "行政许可"), approval);
        m.Holds(m.Duty("燃气经营者和燃气设施安全检查", "行政检查"), housing);
        m.Holds(m.Duty("对未取得燃气经营许可证从事燃气经营活动的处罚", "行政处罚"), enforcement);

        var cluster = Assert.Single(Find(m), c => c.Intentional);

        Assert.Equal(DuplicateKind.Separated, cluster.Kind);
        Assert.Equal(["县住房和城乡建设局", "县综合行政执法局", "县行政审批服务局"], cluster.Members.Select(x => x.Holding.Unit).Order());
    }

    [Fact]
    public void Two_kinds_of_one_short_worded_thing_are_two_things_and_one_kind_worded_alike_is_one()
    {
        var m = new ModelBuilder();
        var (housing, finance, archives) = (m.Unit("县住房和城乡建设局"), m.Unit("县财政局"), m.Unit("县档案馆"));
        m.Holds(m.Duty("城建档案管理", "其他行政权力"), housing);
        m.Holds(m.Duty("会计档案管理", "其他行政权力"), finance);
        m.Holds(m.Duty("城建档案管理和利用服务", "其他行政权力"), archives);

        var cluster = Assert.Single(Find(m));

        Assert.Equal(["县住房和城乡建设局", "县档案馆"], cluster.Members.Select(x => x.Holding.Unit).Order());
    }

    [Fact]
    public void A_department_supervising_and_its_institution_doing_the_service_are_no_cross_but_two_departments_are()
    {
        var m = new ModelBuilder();
        m.Holds(m.Duty("燃气经营监督检查", "行政检查"), m.Unit("县住房和城乡建设局", kind: "政府部门"));
        m.Holds(m.Duty("燃气经营安全技术服务", "公共服务"), m.Unit("县城乡建设服务中心", kind: "事业单位"));
        m.Holds(m.Duty("对燃气经营者违法行为的行政处罚", "行政处罚"), m.Unit("县综合行政执法局", kind: "政府部门"));

        var cluster = Assert.Single(Find(m));

        Assert.Equal(["县住房和城乡建设局", "县综合行政执法局"], cluster.Members.Select(x => x.Holding.Unit).Order().ToArray());
    }

    [Fact]
    public void Work_within_a_departments_own_system_and_the_same_work_for_two_places_are_not_overlaps()
    {
        var m = new ModelBuilder();
        m.Holds(m.Duty("全县教育系统统计数据报送和质量管理", "其他行政权力"), m.Unit("县教育局"));
        m.Holds(m.Duty("统计调查项目组织实施和统计数据质量管理", "其他行政权力"), m.Unit("县统计局"));
        m.Holds(m.Duty("青石镇辖区污染源日常监督检查", "行政检查"), m.Unit("市生态环境局青石分局"));
        m.Holds(m.Duty("白沙镇辖区污染源日常监督检查", "行政检查"), m.Unit("市生态环境局白沙分局"));

        Assert.Empty(Find(m));
    }
}
