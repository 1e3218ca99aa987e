using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Api;

/// <summary>How duties are read (matter, action, scope), staff corrections and additions, and answers that say what they do not know, over HTTP.</summary>
public sealed class MeaningsApiTests
{
    private const string Read = """
        query($t: String) { duties(textContains: $t, first: 1) { nodes { id title matter { name field leadUnitKinds } action scope meaningSource status cancelledOn } } }
        """;

    private const string Correct = """
        mutation($duty: ID!, $matter: String, $action: DutyAction) {
          correctDuty(input: { duty: $duty, matter: $matter, action: $action }) { duty { matter { name } action meaningSource } errors { code message field } }
        }
        """;

    [Fact]
    public async Task A_dutys_matter_action_and_scope_are_shown_and_a_staff_correction_is_kept_and_wins()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var before = (await server.DataAsync(Read, new { t = "食品生产许可" })).Items("duties", "nodes")[0];

        var corrected = await server.MutateAsync("correctDuty", Correct, new { duty = before.Text("id"), matter = "食品经营", action = "INSPECTION" });
        var unknown = await server.MutateAsync("correctDuty", Correct, new { duty = before.Text("id"), matter = "不存在的事项" });
        var after = (await server.DataAsync(Read, new { t = "食品生产许可" })).Items("duties", "nodes")[0];

        Assert.Equal(("食品生产", "PERMIT", "EXTERNAL", "CATALOGUE", "ACTIVE"),
            (before.Text("matter", "name"), before.Text("action"), before.Text("scope"), before.Text("meaningSource"), before.Text("status")));
        Assert.Contains("市场监管", before.Items("matter", "leadUnitKinds").Select(k => k.GetString()));
        Assert.Empty(corrected.Items("errors"));
        Assert.Equal(("食品经营", "INSPECTION", "STAFF"), (corrected.Text("duty", "matter", "name"), corrected.Text("duty", "action"), corrected.Text("duty", "meaningSource")));
        Assert.Equal(("INVALID_ARGUMENT", """["input","matter"]"""), (unknown.Items("errors")[0].Text("code"), unknown.Items("errors")[0].GetProperty("field").GetRawText()));
        Assert.Equal(("食品经营", "INSPECTION", "STAFF"), (after.Text("matter", "name"), after.Text("action"), after.Text("meaningSource")));
    }

    [Fact]
    public async Task A_question_whose_matching_duty_nobody_holds_names_that_duty_and_why()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        await server.MutateAsync("importDataset", SmallCountyServer.Import, new { duties = "行政区划,单位,事项名称,事项类型\n上犹县,,电动自行车集中充电设施安全管理,行政检查\n" });

        var result = (await server.DataAsync("""
            { responsibility(question: "小区楼下电动自行车集中充电的地方老是冒火花，谁来管", jurisdiction: "上犹县", asOf: "2025-06-30") {
                unheld { duty { title } kind message } matters { matter { name } words } guess } }
            """)).GetProperty("responsibility");

        var unheld = Assert.Single(result.Items("unheld"));
        Assert.Equal(("电动自行车集中充电设施安全管理", "UNHELD"), (unheld.Text("duty", "title"), unheld.Text("kind")));
        Assert.Contains("目前无人承担", unheld.Text("message"), StringComparison.Ordinal);
        Assert.NotEmpty(result.Items("matters"));
    }

    [Fact]
    public async Task A_question_no_list_covers_gets_no_answer_above_the_guess_line()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);

        var result = (await server.DataAsync("""
            { responsibility(question: "今晚有什么好看的剧推荐一下", jurisdiction: "上犹县") { guess answers { confidence guess } } }
            """)).GetProperty("responsibility");

        Assert.True(result.GetProperty("guess").GetBoolean());
        Assert.All(result.Items("answers"), a => Assert.True(a.GetProperty("guess").GetBoolean()));
    }

    [Fact]
    public async Task Staff_additions_to_the_catalogue_are_the_stores_own_and_are_read_by_the_next_question()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        const string Words = """
            mutation($entries: [ThesaurusEntryInput!]!) { addThesaurusEntries(input: { entries: $entries }) { added errors { code } } }
            """;
        const string Ask = """{ responsibility(question: "楼下那家烤串摊子呛人", jurisdiction: "上犹县") { matters { matter { name } words } } }""";
        var before = (await server.DataAsync("{ thesaurus { everyday listTerm } }")).Items("thesaurus");

        var added = await server.MutateAsync("addThesaurusEntries", Words, new { entries = new[] { new { everyday = "烤串摊子呛人", listTerm = "餐饮服务业油烟" } } });
        var after = (await server.DataAsync("{ thesaurus { everyday listTerm } }")).Items("thesaurus");
        var read = (await server.DataAsync(Ask)).GetProperty("responsibility").Items("matters");
        var matters = (await server.DataAsync("""{ matters(search: "烤串摊子呛人") { name addedByStaff } }""")).Items("matters");

        Assert.Empty(before);
        Assert.Equal(1, added.GetProperty("added").GetInt32());
        Assert.Equal(("烤串摊子呛人", "餐饮服务业油烟"), (Assert.Single(after).Text("everyday"), after[0].Text("listTerm")));
        Assert.Contains(read, m => m.Text("matter", "name") == "餐饮服务业油烟" && m.Text("words") == "烤串摊子呛人");
        Assert.Equal(("餐饮服务业油烟", false), (Assert.Single(matters).Text("name"), matters[0].GetProperty("addedByStaff").GetBoolean()));
    }

    [Fact]
    public async Task A_cluster_marked_not_a_duplicate_is_left_out_of_later_runs()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        await server.MutateAsync("importDataset", SmallCountyServer.Import, new
        {
            duties = "行政区划,单位,事项名称,事项类型\n上犹县,县市场监督管理局,对餐饮服务业油烟污染的处罚,行政处罚\n",
        });
        const string Clusters = """{ duplicateDuties(jurisdiction: "上犹县", asOf: "2025-06-30") { key kind matter intentional } }""";
        const string Mark = """
            mutation($key: String!) { markDuplicateCluster(input: { key: $key, status: NOT_DUPLICATE, reason: "两个清单事项对象不同" }) { mark { status } errors { code } } }
            """;

        var found = Assert.Single((await server.DataAsync(Clusters)).Items("duplicateDuties"));
        var marked = await server.MutateAsync("markDuplicateCluster", Mark, new { key = found.Text("key") });

        Assert.Equal(("EXACT", "餐饮服务业油烟", false), (found.Text("kind"), found.Text("matter"), found.GetProperty("intentional").GetBoolean()));
        Assert.Equal("NOT_DUPLICATE", marked.Text("mark", "status"));
        Assert.Empty((await server.DataAsync(Clusters)).Items("duplicateDuties"));
    }
}
