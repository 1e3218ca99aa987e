using DutyGraph.Graph.Analysis;
using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Seed;

/// <summary>The findings planted in the seed (seed/README.md) are what the analyses report, through the shipped catalogue.</summary>
public sealed class SeedFindingsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<AnalysisModels> SeededAsync(TempFolder temp)
    {
        var store = await Stores.NewSqliteAsync(temp);
        await store.BulkLoadAsync(DatasetFolder.Open(Paths.Seed), LoadMode.Merge, null, None);
        return new AnalysisModels(store);
    }

    public static TheoryData<string, string, string, string[]> PreReformOverlaps => new()
    {
        { "a1", "连江县", "2024-03-01", ["县政府门户网站政务公开栏目信息发布和管理", "县政府门户网站和政务新媒体运行管理"] },
        { "a2", "连江县", "2024-03-01", ["县政府重点工作和重大决策部署落实情况督查督办", "县直部门重点工作任务落实情况绩效考评"] },
        { "a3", "岢岚县", "2019-03-01", ["重大招商引资项目统筹协调和落地推进", "招商引资项目洽谈引进和跟踪服务", "工业项目招商和企业入园服务"] },
        { "a4", "岢岚县", "2019-03-01", ["工业园区规划建设统筹协调", "工业园区基础设施建设和运营管理"] },
        { "a5", "岢岚县", "2019-03-01", ["企业投资项目备案", "工业企业技术改造投资项目备案"] },
        { "a6", "岢岚县", "2019-03-01", ["企业科技创新能力培育和研发平台建设", "工业企业技术创新和企业技术中心培育"] },
        { "a7", "淮北市", "2024-01-01", ["养老托育家政等服务消费扩容提质", "养老托育家政等社会服务体系建设统筹"] },
        { "a8", "淮北市", "2024-01-01", ["公共充电基础设施建设规划编制和项目推进", "公共充电桩建设运营调度和目标任务考核"] },
        { "a9", "淮北市", "2024-01-01", ["局机关重要文稿起草和综合调研", "局机关综合文字材料和工作总结起草"] },
        { "a10", "咸宁市", "2017-12-31", ["对使用炸鱼、毒鱼、电鱼等破坏渔业资源方法进行捕捞的行政处罚", "对电鱼、炸鱼、毒鱼等非法捕捞行为的查处"] },
        { "a11", "上犹县", "2024-05-01", ["12345政务服务便民热线诉求受理和转办", "网上留言和问政平台民意诉求办理"] },
    };

    [Theory]
    [MemberData(nameof(PreReformOverlaps))]
    public async Task Each_overlap_planted_before_a_reform_is_found_the_day_before_it(string planted, string jurisdiction, string reform, string[] titles)
    {
        using var temp = new TempFolder();
        var models = await SeededAsync(temp);

        var model = await models.GetAsync(jurisdiction, DateOnly.Parse(reform, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1), None);

        var clusters = model.Clusters(Graph.Analysis.Overlaps.DuplicateFinder.DefaultMinScore, includeMarked: true);
        Assert.True(clusters.Any(c => titles.All(t => c.Cluster.Members.Any(m => m.Duty.Title == t))),
            $"{planted}: no cluster holds {string.Join(" / ", titles)}; found {string.Join(" | ", clusters.Select(c => string.Join("+", c.Cluster.Members.Select(m => m.Duty.Title))))}");
    }

    [Fact]
    public async Task The_duties_the_seed_cancelled_on_purpose_are_not_orphans_after_the_day_they_were_cancelled()
    {
        using var temp = new TempFolder();
        var models = await SeededAsync(temp);

        var before = await models.GetAsync("上犹县", new DateOnly(2024, 4, 30), None);
        var after = await models.GetAsync("上犹县", new DateOnly(2025, 1, 1), None);

        string[] cancelled = ["独生子女光荣证办理", "生育服务卡办理"];
        Assert.DoesNotContain(after.Orphans, o => cancelled.Contains(o.Duty?.Title));
        Assert.DoesNotContain(before.Orphans, o => cancelled.Contains(o.Duty?.Title));
        Assert.All(cancelled, title => Assert.Equal(new DateOnly(2024, 5, 1), after.ReadModel.Duties.Single(d => d.Title == title).CancelledOn));
        Assert.Contains(after.Orphans, o => o.Kind == OrphanKind.AbolishedHolder && o.Duty?.Title == "征收补偿资金专户管理和拨付");
    }
}
