using System.Net;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Api;

/// <summary>The three answers, the cleanup report and what staff tell the analyses, over HTTP.</summary>
public sealed class AnalysisApiTests
{
    private const string Ask = """
        query($q: String!, $j: String, $first: Int = 5) {
          whoIsResponsible(question: $q, jurisdiction: $j, asOf: "2025-06-30", first: $first) {
            unit { name } section { name } duty { title } role level countyUnit { name } score confidence guess matter { name } reasons
          }
        }
        """;

    private const string AddWords = """
        mutation($entries: [ThesaurusEntryInput!]!) { addThesaurusEntries(input: { entries: $entries }) { added errors { code message field } } }
        """;

    [Fact]
    public async Task A_question_in_a_township_is_answered_by_the_lead_unit_first_then_the_township_office_with_its_county_counterpart()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var added = await server.MutateAsync("addThesaurusEntries", AddWords, new { entries = new[] { new { everyday = "油烟", listTerm = "餐饮油烟" } } });

        var answers = (await server.DataAsync(Ask, new { q = "楼下饭馆的油烟熏得没法开窗", j = "上犹县/营前镇" })).Items("whoIsResponsible");

        Assert.Equal(1, added.GetProperty("added").GetInt32());
        Assert.Equal(("县城市管理局", "LEAD", "County"), (answers[0].Text("unit", "name"), answers[0].Text("role"), answers[0].Text("level")));
        Assert.Equal("餐饮油烟扰民巡查", answers[0].Text("duty", "title"));
        var reasons = answers[0].Items("reasons").Select(r => r.GetString()!).ToList();
        Assert.StartsWith("问题中的“油烟", reasons[0], StringComparison.Ordinal);
        Assert.Contains("→ 事项“餐饮服务业油烟”", reasons[0], StringComparison.Ordinal);
        Assert.Contains("→ 清单事项“餐饮油烟扰民巡查”（配合履职）", reasons);
        Assert.Contains("→ 县城市管理局牵头", reasons);
        Assert.Equal(("营前镇综合行政执法队", "SUPPORT", "Township", "县城市管理局"),
            (answers[1].Text("unit", "name"), answers[1].Text("role"), answers[1].Text("level"), answers[1].Text("countyUnit", "name")));
        Assert.Contains("→ 营前镇综合行政执法队对应县直部门县城市管理局（衔接对应表）", answers[1].Items("reasons").Select(r => r.GetString()));
        Assert.True(answers[0].GetProperty("score").GetDouble() > answers[1].GetProperty("score").GetDouble());
        Assert.InRange(answers[0].GetProperty("confidence").GetDouble(), 0, 1);
        Assert.Equal(answers[0].GetProperty("confidence").GetDouble() < 0.5, answers[0].GetProperty("guess").GetBoolean());
    }

    [Fact]
    public async Task An_empty_or_too_long_question_a_page_too_large_and_an_unknown_jurisdiction_are_refused_with_a_message_that_says_so()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);

        var (_, empty) = await server.PostAsync(Ask, new { q = "，。！" });
        var (_, tooLong) = await server.PostAsync(Ask, new { q = new string('油', 501) });
        var (_, large) = await server.PostAsync(Ask, new { q = "油烟", first = 51 });
        var (_, unknown) = await server.PostAsync(Ask, new { q = "油烟", j = "不存在县" });

        Assert.Equal("Argument \"question\" must say something: it is empty or only punctuation.", empty.Items("errors")[0].Text("message"));
        Assert.Equal("Argument \"question\" is 501 characters long; a question may have at most 500.", tooLong.Items("errors")[0].Text("message"));
        Assert.Equal("Argument \"first\" must be between 0 and 50; it was 51.", large.Items("errors")[0].Text("message"));
        Assert.Equal("No jurisdiction is named \"不存在县\".", unknown.Items("errors")[0].Text("message"));
    }

    [Fact]
    public async Task A_minimum_overlap_score_so_low_that_every_pair_would_be_reported_is_refused()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        const string Duplicates = "query($min: Float) { duplicateDuties(jurisdiction: \"上犹县\", minScore: $min) { score } }";

        var (_, low) = await server.PostAsync(Duplicates, new { min = 0.05 });
        var (_, fine) = await server.PostAsync(Duplicates, new { min = 0.5 });

        Assert.Equal("Argument \"minScore\" must be between 0.2 and 1; it was 0.05.", low.Items("errors")[0].Text("message"));
        Assert.False(fine.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Staff_feedback_lifts_the_unit_they_named_for_later_similar_questions_and_the_answer_says_so()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var market = await server.UnitIdAsync("县市场监督管理局");
        const string Record = """
            mutation($q: String!, $unit: ID!) { recordFeedback(input: { question: $q, jurisdiction: "上犹县", unit: $unit }) { question unit { name } errors { code field } } }
            """;
        var before = (await server.DataAsync(Ask, new { q = "征收的安置房怎么分", j = "上犹县" })).Items("whoIsResponsible");

        var (anonymous, _) = await server.PostAsync(Record, new { q = "征收的安置房怎么分", unit = market });
        var wrongId = await server.MutateAsync("recordFeedback", Record, new { q = "征收的安置房怎么分", unit = "not-an-id" });
        var saved = await server.MutateAsync("recordFeedback", Record, new { q = "征收的安置房怎么分", unit = market });
        var after = (await server.DataAsync(Ask, new { q = "征收的安置房应该怎么分", j = "上犹县" })).Items("whoIsResponsible");

        Assert.NotEqual("县市场监督管理局", before[0].Text("unit", "name"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
        Assert.Equal(("INVALID_ARGUMENT", """["input","unit"]"""), (wrongId.Items("errors")[0].Text("code"), wrongId.Items("errors")[0].GetProperty("field").GetRawText()));
        Assert.Equal("县市场监督管理局", saved.Text("unit", "name"));
        Assert.Equal("县市场监督管理局", after[0].Text("unit", "name"));
        Assert.Contains(after[0].Items("reasons"), r => r.GetString()!.StartsWith("工作人员曾确认类似问题“征收的安置房怎么分”由县市场监督管理局负责", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Orphans_of_a_county_and_its_townships_are_listed_by_kind_with_a_message_staff_can_act_on()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);

        var findings = (await server.DataAsync("""
            { orphanedDuties(jurisdiction: "上犹县", asOf: "2025-06-30") { kind duty { title } unit { name } correspondence { countyUnitName } message } }
            """)).Items("orphanedDuties");

        Assert.Equal(
        [
            ("ABOLISHED_HOLDER", "征收补偿资金专户管理"), ("MISSING_UNIT", "违法用地巡查上报"),
            ("BROKEN_CORRESPONDENCE", "营前镇综合行政执法队"), ("BROKEN_CORRESPONDENCE", "营前镇党政综合办公室"),
        ], findings.Select(f => (f.Text("kind"), f.GetProperty("duty").ValueKind == System.Text.Json.JsonValueKind.Null ? f.Text("unit", "name") : f.Text("duty", "title"))));
        Assert.Contains("县征收办已于2024-08-01撤销", findings[0].Text("message"), StringComparison.Ordinal);
        Assert.Contains("“县乡村振兴局”不存在", findings[3].Text("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cluster_marked_intentional_is_left_out_of_later_runs_unless_marked_clusters_are_asked_for_and_unmarked_comes_back()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var payload = await server.MutateAsync("importDataset", SmallCountyServer.Import, new
        {
            duties = "行政区划,单位,事项名称,事项类型\n上犹县,县市场监督管理局,对餐饮服务业油烟污染的处罚,行政处罚\n",
        });
        const string Clusters = """
            query($all: Boolean) { duplicateDuties(jurisdiction: "上犹县", asOf: "2025-06-30", includeMarked: $all) {
              key kind members { unitName duty { title } } explanation mark { status reason } } }
            """;
        const string Mark = """
            mutation($key: String!) { markDuplicateCluster(input: { key: $key, status: INTENTIONAL, reason: "两部门按职责分工共管" }) { mark { key status } errors { code } } }
            """;

        var found = (await server.DataAsync(Clusters)).Items("duplicateDuties");
        var marked = await server.MutateAsync("markDuplicateCluster", Mark, new { key = found[0].Text("key") });
        var later = (await server.DataAsync(Clusters)).Items("duplicateDuties");
        var all = (await server.DataAsync(Clusters, new { all = true })).Items("duplicateDuties");
        const string Unmark = "mutation($key: String!) { unmarkDuplicateCluster(input: { key: $key }) { unmarked errors { code } } }";
        var unmarked = await server.MutateAsync("unmarkDuplicateCluster", Unmark, new { key = found[0].Text("key") });
        var again = await server.MutateAsync("unmarkDuplicateCluster", Unmark, new { key = found[0].Text("key") });
        var back = (await server.DataAsync(Clusters)).Items("duplicateDuties");

        Assert.Empty(payload.Items("errors"));
        var cluster = Assert.Single(found);
        Assert.Equal("EXACT", cluster.Text("kind"));
        Assert.Equal(["县城市管理局", "县市场监督管理局"], cluster.Items("members").Select(m => m.Text("unitName")).Order());
        Assert.Equal("INTENTIONAL", marked.Text("mark", "status"));
        Assert.Empty(later);
        Assert.Equal(("INTENTIONAL", "两部门按职责分工共管"), (Assert.Single(all).Text("mark", "status"), all[0].Text("mark", "reason")));
        Assert.True(unmarked.GetProperty("unmarked").GetBoolean());
        Assert.False(again.GetProperty("unmarked").GetBoolean());
        Assert.Equal(found[0].Text("key"), Assert.Single(back).Text("key"));
    }

    [Fact]
    public async Task The_cleanup_report_groups_findings_by_unit_with_counts_and_reads_as_a_standalone_page()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);

        var report = (await server.DataAsync("""
            { cleanupReport(jurisdiction: "上犹县", asOf: "2025-06-30") { jurisdiction asOf overlapCount orphanCount staffingCount
                units { unitName overlaps { key } orphans { kind } staffing { section { name } staff } } markdown html } }
            """)).GetProperty("cleanupReport");

        Assert.Equal(("上犹县", "2025-06-30", 0, 4, 0), (report.Text("jurisdiction"), report.Text("asOf"), report.GetProperty("overlapCount").GetInt32(),
            report.GetProperty("orphanCount").GetInt32(), report.GetProperty("staffingCount").GetInt32()));
        Assert.Contains(report.Items("units"), u => u.Text("unitName") == "县征收办" && u.Items("orphans").Single().Text("kind") == "ABOLISHED_HOLDER");
        Assert.StartsWith("# 上犹县职责清理报告（2025-06-30）", report.Text("markdown"), StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", report.Text("html"), StringComparison.Ordinal);
        Assert.Contains("<h2>县征收办</h2>", report.Text("html"), StringComparison.Ordinal);
    }
}
