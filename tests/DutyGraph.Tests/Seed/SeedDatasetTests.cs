using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Seed;

/// <summary>The seed is built from the five articles and holds real cases of each finding the product reports.</summary>
public sealed class SeedDatasetTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<IGraphStore> SeededStoreAsync(TempFolder temp)
    {
        var store = await Stores.NewSqliteAsync(temp);
        await store.BulkLoadAsync(DatasetFolder.Open(Paths.Seed), LoadMode.Merge, null, None);
        return store;
    }

    [Fact]
    public void The_seed_reads_without_errors_and_every_row_cites_an_article_or_says_it_is_illustrative()
    {
        var result = DatasetReader.ReadFolder(Paths.Seed);
        Assert.Empty(result.Errors);
        // The source articles sit beside the repository where the project is developed; a bare clone checks what it holds.
        var articles = Directory.Exists(Paths.Articles) ? Directory.GetFiles(Paths.Articles).Select(Path.GetFileName).ToHashSet() : null;
        var sources = result.Dataset.Units.Select(u => u.Value.Source)
            .Concat(result.Dataset.Sections.Select(s => s.Value.Source))
            .Concat(result.Dataset.DutyRows.Select(r => r.Holding?.Source ?? r.Duty.Source))
            .Concat(result.Dataset.Correspondences.Select(c => c.Value.Source))
            .ToList();

        Assert.All(sources, source =>
        {
            Assert.True(articles is null || articles.Any(a => source.Contains("seeds/" + a, StringComparison.Ordinal)), $"'{source}' cites no article of shared/seeds");
            Assert.True(source.StartsWith("seeds/", StringComparison.Ordinal) || source.StartsWith("示例", StringComparison.Ordinal),
                $"'{source}' is neither an article (seeds/…) nor marked illustrative (示例…)");
        });
        Assert.All(articles ?? [], article => Assert.Contains(sources, s => s.Contains(article!, StringComparison.Ordinal)));
        Assert.Contains(sources, s => s.StartsWith("seeds/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_seed_covers_the_five_places_of_the_articles_and_the_townships_of_上犹县()
    {
        using var temp = new TempFolder();
        var store = await SeededStoreAsync(temp);

        var names = (await store.ListJurisdictionsAsync(None)).Select(j => j.Name).ToList();

        Assert.Superset(new HashSet<string> { "连江县", "岢岚县", "淮北市", "上犹县", "咸宁市" }, names.ToHashSet());
        Assert.True(names.Count(n => n.StartsWith("上犹县/", StringComparison.Ordinal)) >= 2);
        var budget = (await store.ListSectionsAsync(new SectionFilter(Jurisdiction: "淮北市", NameContains: "政府采购监督管理"), new PageRequest(), None)).Items;
        Assert.Equal(5, Assert.Single(budget).StaffQuota);
    }

    [Fact]
    public async Task Before_连江县s_merge_two_sections_lead_the_same_responsibility_and_after_it_one_does()
    {
        using var temp = new TempFolder();
        var store = await SeededStoreAsync(temp);

        var before = await store.LoadReadModelAsync("连江县", new DateOnly(2024, 2, 1), None);
        var after = await store.LoadReadModelAsync("连江县", new DateOnly(2024, 3, 1), None);

        string[] LeadSections(ReadModel model, string titlePart) =>
        [
            .. model.Duties.Where(d => d.Title.Contains(titlePart, StringComparison.Ordinal))
                .SelectMany(model.HoldingsOf).Where(h => h.Role == Role.Lead).Select(h => h.Section!).Distinct().Order(StringComparer.Ordinal),
        ];
        Assert.Equal(["政务公开科", "电子政务科"], LeadSections(before, "县政府门户网站"));
        Assert.Equal(["政务公开与数字服务科"], LeadSections(after, "县政府门户网站"));
    }

    [Fact]
    public async Task The_abolished_征收办_still_holds_duties_nobody_took_over()
    {
        using var temp = new TempFolder();
        var store = await SeededStoreAsync(temp);

        var model = await store.LoadReadModelAsync("上犹县", new DateOnly(2025, 1, 1), None);

        var office = model.Units.Single(u => u.Name == "县征收办");
        Assert.False(model.IsActive(office));
        var fallen = model.Duties.Where(d => model.HoldingsOf(d).Any() && model.HoldingsOf(d).All(h => h.UnitId == office.Id)).ToList();
        Assert.Contains(fallen, d => d.Title == "征收补偿资金专户管理和拨付");
    }

    [Fact]
    public async Task Township_offices_answer_to_a_missing_or_abolished_county_unit_or_to_nobody()
    {
        using var temp = new TempFolder();
        var store = await SeededStoreAsync(temp);

        var model = await store.LoadReadModelAsync("上犹县", new DateOnly(2025, 1, 1), None);

        Assert.Contains(model.Correspondences, c => c.CountyUnitId is null && c.CountyUnit == "县乡村振兴局");
        Assert.Contains(model.Correspondences, c => c.CountyUnitId is { } id && !model.IsActive(model.UnitById[id]));
        var answering = model.Correspondences.Select(c => c.OfficeUnitId).ToHashSet();
        Assert.Contains(model.Units, u => u.Jurisdiction.Contains('/') && !answering.Contains(u.Id) && u.Name == "梅水乡生态文旅办公室");
    }

    [Fact]
    public async Task The_seed_has_a_duty_nobody_holds_one_held_only_in_support_and_look_alikes_held_apart()
    {
        using var temp = new TempFolder();
        var store = await SeededStoreAsync(temp);

        var model = await store.LoadReadModelAsync(null, new DateOnly(2025, 1, 1), None);

        Assert.Contains(model.Duties, d => !model.HoldingsOf(d).Any() && d.Title.Contains("无人机", StringComparison.Ordinal));
        Assert.Contains(model.Duties, d => model.HoldingsOf(d).Any() && model.HoldingsOf(d).All(h => h.Role == Role.Support));
        var production = model.Duties.Single(d => d.Jurisdiction == "连江县" && d.Title == "食品生产许可");
        var trade = model.Duties.Single(d => d.Jurisdiction == "连江县" && d.Title == "食品经营许可");
        Assert.NotEqual(model.HoldingsOf(production).Single().SectionId, model.HoldingsOf(trade).Single().SectionId);
    }
}
