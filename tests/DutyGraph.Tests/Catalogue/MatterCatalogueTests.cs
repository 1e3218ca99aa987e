using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Text;

namespace DutyGraph.Tests.Catalogue;

/// <summary>The catalogue that ships with DutyGraph is versioned data: these are its own tests.</summary>
public sealed class MatterCatalogueTests
{
    private static readonly MatterCatalogue Shipped = MatterCatalogue.Shipped;

    [Fact]
    public void The_shipped_catalogue_reads_without_a_problem_and_covers_the_fields_of_county_government()
    {
        var problems = new List<Problem>();

        var catalogue = CatalogueReader.Read(CatalogueReader.ShippedFiles(), problems);

        Assert.Empty(problems);
        Assert.True(catalogue.Matters.Count >= 1500, $"{catalogue.Matters.Count} matters");
        var fields = catalogue.Matters.Select(m => Matter.TopField(m.Field)).ToHashSet();
        Assert.Superset(new HashSet<string> { "市场监管", "生态环境", "交通运输", "城市管理", "农业农村", "自然资源", "住房城乡建设", "公安", "卫生健康", "教育", "民政", "应急管理", "水利", "林业", "医疗保障", "统计" }
            .Select(f => fields.FirstOrDefault(x => x.StartsWith(f[..2], StringComparison.Ordinal)) ?? f).ToHashSet(), fields);
        Assert.Equal(13, catalogue.Actions.Count);
        Assert.All(catalogue.Matters, m => Assert.NotEmpty(m.Wordings));
    }

    [Fact]
    public void No_two_matters_share_a_name_or_a_list_wording()
    {
        var names = Shipped.Matters.GroupBy(m => SearchText.Normalize(m.Name)).Where(g => g.Count() > 1).Select(g => g.Key);
        var wordings = Shipped.Matters.SelectMany(m => m.Wordings.Select(w => (Wording: SearchText.Normalize(w), m.Name))).Distinct()
            .GroupBy(x => x.Wording).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(names);
        Assert.Empty(wordings);
    }

    [Fact]
    public void Every_matter_resolves_its_unit_kinds_and_broader_matter()
    {
        var kinds = Shipped.UnitKinds.Select(k => k.Name).ToHashSet();

        Assert.All(Shipped.Matters, m =>
        {
            Assert.NotEmpty(m.Leads);
            Assert.All(m.Leads.Concat(m.Related), k => Assert.Contains(k, kinds));
            Assert.True(m.Parent is null || Shipped.Find(m.Parent) is not null, $"{m.Name}: broader matter {m.Parent} is not in the catalogue");
            Assert.DoesNotContain(m, Shipped.BroaderOf(m));
        });
        Assert.All(Shipped.UnitKinds, k => Assert.NotEmpty(k.NameWords));
    }

    [Fact]
    public void Every_list_wording_read_as_a_title_names_its_own_matter()
    {
        var reader = new DutyReader(Shipped, []);

        var lost = Shipped.Matters.SelectMany(m => m.Wordings.Select(w => (m, w)))
            .Where(x => !Shipped.WeakWordings.Contains(SearchText.Normalize(x.w)) && !Shipped.Aspects.Contains(x.m.Name))
            .Where(x => !reader.ReadTitle(x.w, null).Matters.Any(r => r == x.m || Shipped.IsBroaderThan(x.m, r)))
            .Select(x => $"{x.m.Name}: {x.w} → {string.Join("、", reader.ReadTitle(x.w, null).Matters.Select(r => r.Name))}").ToList();

        Assert.Empty(lost);
    }

    [Fact]
    public void Every_everyday_word_asked_alone_leads_to_its_matter()
    {
        var lost = Shipped.Matters.SelectMany(m => m.Everyday.Select(w => (m, w)))
            .Where(x => !Shipped.IntentOnlyWords.Contains(SearchText.Normalize(x.w)))
            .Where(x => QuestionReading.Read(x.w, Shipped).Matters.All(q => q.Matter != x.m))
            .Select(x => $"{x.m.Name}: {x.w}").ToList();

        Assert.Empty(lost);
    }

    [Fact]
    public void Staff_additions_join_the_matter_their_wording_names_or_become_a_matter_of_their_own()
    {
        var withStaff = Shipped.With(
        [
            new ThesaurusEntry("烤串摊子呛人", "餐饮服务业油烟"),
            new ThesaurusEntry("低空飞行器乱飞", "低空飞行器巡查处置", "新领域"),
        ]);

        Assert.Contains("烤串摊子呛人", withStaff.Find("餐饮服务业油烟")!.Everyday);
        var added = withStaff.Find("低空飞行器巡查处置")!;
        Assert.True(added.AddedByStaff);
        Assert.Equal(MatterCatalogue.StaffField, added.Field);
        Assert.Equal(["低空飞行器巡查处置"], added.Wordings);
        Assert.Equal(["低空飞行器乱飞"], added.Everyday);
        Assert.DoesNotContain(Shipped.Matters, m => m.Everyday.Contains("烤串摊子呛人"));
    }

    [Fact]
    public void A_broken_catalogue_file_is_refused_naming_its_file_line_and_column()
    {
        var problems = new List<Problem>();
        string[] files =
        [
            "事项,领域,清单用语,口语,主管,相关,上级事项,备注\n养犬,公安,养犬；犬只,遛狗,公安,,,\n养犬,公安,养狗,,公安,,,\n无名事项,公安,,,不存在的单位,,不存在的上级,\n",
        ];

        const string boundaries = "事项甲,事项乙,说明\n养犬,犬只登记,不存在\n养犬,养犬,自己\n无名事项,养犬,\n养犬,无名事项,又一遍\n";

        CatalogueReader.Read(
        [
            ("matters/测试.csv", () => new StringReader(files[0])), (CatalogueReader.UnitKindsFile, () => new StringReader("类型,名称用语\n公安,公安局\n")),
            (CatalogueReader.BoundariesFile, () => new StringReader(boundaries)),
        ], problems);

        Assert.Equal(
        [
            "boundaries.csv:2:2: 事项乙 '犬只登记' is not a matter of the catalogue",
            "boundaries.csv:3:2: a matter cannot border on itself (养犬)",
            "boundaries.csv:5:1: 养犬 and 无名事项 are paired at line 4 already",
            "matters/测试.csv:3:1: the matter 养犬 is also defined at matters/测试.csv:2",
            "matters/测试.csv:4:3: the matter 无名事项 has no 清单用语: a list cannot name it",
            "matters/测试.csv:4:5: '不存在的单位' is not a unit kind of unit-kinds.csv",
            "matters/测试.csv:4:7: the broader matter '不存在的上级' is not a matter of the catalogue",
        ], problems.Select(p => p.ToString()).Order(StringComparer.Ordinal));
    }
}
