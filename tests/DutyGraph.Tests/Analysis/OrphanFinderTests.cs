using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Analysis;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Duties;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Analysis;

public sealed class OrphanFinderTests
{
    private static readonly DateOnly Day = new(2025, 6, 30);

    private static readonly DutyReader Reader = Knowledge.Of(0, MatterCatalogue.Shipped, [], []).Reader;

    [Fact]
    public void Each_kind_of_orphan_is_found_once_and_a_duty_with_an_active_lead_is_not_an_orphan()
    {
        var m = new ModelBuilder();
        var town = m.Township("青石镇");
        var market = m.Unit("县市场监督管理局");
        var food = m.Section(market, "食品安全股");
        var old = m.Unit("县征收办", abolished: new DateOnly(2024, 8, 1));
        var city = m.Unit("县城市管理局");
        var office = m.Unit("青石镇综合行政执法队", town);
        var lonely = m.Unit("青石镇便民服务中心", town);
        m.Holds(m.Duty("食品经营许可"), market, food);
        m.Duty("对无证摊贩的查处");
        m.Holds(m.Duty("节假日市场秩序维护"), market, role: Role.Support);
        m.Holds(m.Duty("征收安置房分配"), old);
        m.Holds(m.Duty("广告发布登记"), market, sectionName: "广告监管股");
        m.Holds(m.Duty("道路货运经营许可"), null, unitName: "县交通局");
        m.AnswersTo(town, office, "县城市管理局", city).AnswersTo(town, office, "县征收办", old);

        var findings = OrphanFinder.Find(m.Build(Day), Reader);

        Assert.Equal(
        [
            (OrphanKind.Unheld, "对无证摊贩的查处"), (OrphanKind.NoLead, "节假日市场秩序维护"), (OrphanKind.AbolishedHolder, "征收安置房分配"),
            (OrphanKind.MissingSection, "广告发布登记"), (OrphanKind.MissingUnit, "道路货运经营许可"),
            (OrphanKind.BrokenCorrespondence, "青石镇综合行政执法队"), (OrphanKind.UnmappedTownshipOffice, "青石镇便民服务中心"),
        ], findings.Select(f => (f.Kind, f.Duty?.Title ?? f.Correspondence?.TownshipOffice ?? f.Unit!.Name)));
        Assert.Contains("已于2024-08-01撤销", findings[2].Message, StringComparison.Ordinal);
        Assert.Contains("县征收办", findings[5].Message, StringComparison.Ordinal);
        Assert.Same(lonely, findings[6].Unit);
    }

    [Fact]
    public void A_duty_that_moved_to_a_new_holder_before_the_old_one_was_abolished_is_not_an_orphan()
    {
        var m = new ModelBuilder();
        var old = m.Unit("县征收办", abolished: new DateOnly(2024, 8, 1));
        var city = m.Unit("县城市管理局");
        var duty = m.Duty("征收安置房分配");
        m.Holds(duty, old).Holds(duty, city);

        Assert.Empty(OrphanFinder.Find(m.Build(Day), Reader));
        Assert.Empty(OrphanFinder.Find(new ModelBuilder().Build(Day), Reader));
    }

    [Fact]
    public void A_correspondence_naming_an_office_the_township_does_not_have_is_broken()
    {
        var m = new ModelBuilder();
        var town = m.Township("青石镇");
        var city = m.Unit("县城市管理局");
        var office = m.Unit("青石镇综合行政执法队", town);
        m.AnswersTo(town, office, "县城市管理局", city).AnswersTo(town, "青石镇城管中队", "县城市管理局", city);

        var finding = Assert.Single(OrphanFinder.Find(m.Build(Day), Reader));

        Assert.Equal(OrphanKind.BrokenCorrespondence, finding.Kind);
        Assert.Contains("“青石镇城管中队”在该乡镇的单位和科室中都不存在", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_units_own_affair_ends_with_the_unit_but_a_duty_to_others_left_behind_by_an_abolished_unit_is_unheld()
    {
        var m = new ModelBuilder();
        var abolished = new DateOnly(2024, 11, 30);
        var old = m.Unit("县粮食局", abolished: abolished);
        var own = m.Duty("负责本单位安全生产工作");
        var purchase = m.Duty("粮食收购资格认定");
        m.Holds(own, old, until: abolished).Holds(purchase, old, until: abolished);

        var findings = OrphanFinder.Find(m.Build(Day), Reader);

        var finding = Assert.Single(findings);
        Assert.Equal((OrphanKind.Unheld, "粮食收购资格认定"), (finding.Kind, finding.Duty!.Title));
    }
}
