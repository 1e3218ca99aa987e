using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Text;
using DutyGraph.Graph.Duties;
using DutyGraph.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

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

    [Fact]
    public void An_article_most_of_a_list_cites_does_not_pull_its_duties_together()
    {
        const string Article = "《中华人民共和国水污染防治法》第八十五条";
        // The same list of 42 duties, where this many of the 40 others cite the article as well.
        ModelBuilder List(int othersCiting)
        {
            var m = new ModelBuilder();
            var water = m.Unit("县水利局");
            var env = m.Unit("县生态环境局");
            m.Holds(m.Duty("河道垃圾清理督促", "其他行政权力", Article), water);
            m.Holds(m.Duty("河道垃圾打捞", "其他行政权力", Article), env);
            for (var i = 0; i < PairScorer.MaxClauseCiters; i++)
            {
                m.Holds(m.Duty($"第{i}号专项行动组织", "其他行政权力", i < othersCiting ? Article : $"《地方性法规{i}号》第一条"), i % 2 == 0 ? water : env);
            }
            return m;
        }

        var alone = DuplicateFinder.Find(List(0).Build(Day), Thesaurus.Empty);
        var atTheCap = DuplicateFinder.Find(List(PairScorer.MaxClauseCiters - 2).Build(Day), Thesaurus.Empty);
        var overTheCap = DuplicateFinder.Find(List(PairScorer.MaxClauseCiters - 1).Build(Day), Thesaurus.Empty);

        Assert.Contains(alone, c => c.Members.Any(x => x.Duty.Title == "河道垃圾清理督促"));
        Assert.Contains(atTheCap, c => c.Members.Any(x => x.Duty.Title == "河道垃圾清理督促"));
        Assert.DoesNotContain(overTheCap, c => c.Members.Any(x => x.Duty.Title == "河道垃圾清理督促"));
    }

    [Fact]
    public void Candidates_leave_out_no_pair_of_random_look_alike_lists_that_scoring_every_pair_would_report()
    {
        var title = Gen.Elements("河道", "采砂", "砂石", "挖沙", "矿产", "擅自", "非法", "开采", "管理", "范围", "巡查")
            .ArrayOf().Where(a => a.Length is >= 1 and <= 5).Select(a => string.Concat(a));
        var duty = Gen.Zip(Gen.Zip(title, title), Gen.Zip(Gen.Choose(0, 4), Gen.Choose(0, 8)))
            .Select(d => (Text: d.Item1.Item1, Description: d.Item1.Item2, Article: d.Item2.Item1, Holder: d.Item2.Item2));
        var lists = Gen.Zip(duty.ListOf().Where(d => d.Count is >= 2 and <= 60), Gen.Elements(0.2, 0.3, 0.4, 0.55, 0.7))
            .Select(x => (Duties: x.Item1, MinScore: x.Item2));
        Prop.ForAll(lists.ToArbitrary(), input =>
        {
            var (duties, minScore) = (input.Duties, input.MinScore);
            var m = new ModelBuilder();
            var units = Enumerable.Range(0, 3).Select(i => m.Unit($"县第{i}局")).ToList();
            foreach (var (text, description, article, holder) in duties)
            {
                var basis = article == 0 ? null : $"《中华人民共和国矿产资源法》第{article}条";
                m.Holds(m.Duty(text, holder % 3 == 0 ? "行政许可" : "行政处罚", basis, description), units[holder / 3]);
            }
            var model = m.Build(Day);
            var words = new Thesaurus([new ThesaurusEntry("挖沙", "采砂"), new ThesaurusEntry("挖沙", "砂石")]);
            var all = DuplicateFinder.Pairs(model, words, minScore, exhaustive: true).Select(p => (p.A.Id, p.B.Id));
            var found = DuplicateFinder.Pairs(model, words, minScore, exhaustive: false).Select(p => (p.A.Id, p.B.Id));
            return all.SequenceEqual(found);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_lists_pairs_score_the_same_whatever_other_lists_the_model_holds()
    {
        double TownshipPairScore(bool countyListToo)
        {
            var m = new ModelBuilder();
            var township = m.Township("青石镇");
            var office = m.Unit("青石镇经济发展办公室", township);
            var enforcement = m.Unit("青石镇综合行政执法队", township);
            m.Holds(m.Duty("秸秆禁烧巡查和违规焚烧制止", "其他行政权力", jurisdiction: township), office);
            m.Holds(m.Duty("对露天焚烧秸秆的劝阻和制止", "其他行政权力", jurisdiction: township), enforcement);
            if (countyListToo)
            {
                var county = m.Unit("县生态环境局");
                foreach (var matter in new[] { "秸秆综合利用", "露天焚烧垃圾", "焚烧沥青油毡", "秸秆还田", "违规焚烧医疗废物" })
                {
                    m.Holds(m.Duty($"{matter}监督检查", "行政检查"), county);
                }
            }
            var pairs = DuplicateFinder.Pairs(m.Build(Day), Thesaurus.Empty, 0.01, exhaustive: false);
            return Assert.Single(pairs, p => p.A.Title.StartsWith("秸秆禁烧", StringComparison.Ordinal) || p.B.Title.StartsWith("秸秆禁烧", StringComparison.Ordinal)).Score.Score;
        }

        Assert.Equal(TownshipPairScore(countyListToo: false), TownshipPairScore(countyListToo: true));
    }

    [Theory]
    [InlineData("evaluation", 0.3)]
    [InlineData("evaluation", 0.4)]
    [InlineData("evaluation-heldout", 0.4)]
    [InlineData("evaluation-heldout", 0.6)]
    public async Task Candidates_leave_out_no_pair_that_scoring_every_pair_would_report(string set, double minScore)
    {
        using var temp = new TempFolder();
        var (_, model, thesaurus) = await EvaluationCounty.LoadAsync(temp, set);

        var all = DuplicateFinder.Pairs(model, thesaurus, minScore, exhaustive: true).Select(p => (p.A.Id, p.B.Id, p.Score.Score)).ToList();
        var found = DuplicateFinder.Pairs(model, thesaurus, minScore, exhaustive: false).Select(p => (p.A.Id, p.B.Id, p.Score.Score)).ToList();

        Assert.NotEmpty(all);
        Assert.Equal(all, found);
    }
}
