using System.Net;
using System.Text.RegularExpressions;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DutyGraph.Tests.Pages;

/// <summary>Editors sign in with their API key once, then record feedback and mark overlaps from the pages; forms carry anti-forgery tokens.</summary>
public sealed partial class EditorPagesTests
{
    private static readonly string Question = "/?q=" + Uri.EscapeDataString("楼下饭店油烟太大呛人") + "&j=" + Uri.EscapeDataString("上犹县");

    private static string TokenOf(string html) => FormToken().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new Xunit.Sdk.XunitException("the page has no form token");

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, params (string, string)[] fields) =>
        await client.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2))));

    private static async Task SignInAsync(HttpClient client, string key)
    {
        var form = await client.GetStringAsync("/signin");
        var response = await PostAsync(client, "/signin", ("__form", TokenOf(form)), ("key", key), ("returnUrl", "/"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_editor_signs_in_records_which_unit_was_right_and_signs_out()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        using var client = server.CreateClient();

        var anonymous = await client.GetStringAsync(Question);
        await SignInAsync(client, ApiServer.EditorKey);
        var signedIn = await client.GetStringAsync(Question);
        var unit = Regex.Match(signedIn, "name=\"unit\" value=\"(\\d+)\"").Groups[1].Value;
        var recorded = await PostAsync(client, "/feedback", ("__form", TokenOf(signedIn)), ("q", "楼下饭店油烟太大呛人"), ("j", "上犹县"), ("unit", unit));
        var recordedPage = await recorded.Content.ReadAsStringAsync();
        var feedback = await server.Services.GetRequiredService<IGraphStore>().ListFeedbackAsync(CancellationToken.None);
        var signedOut = await PostAsync(client, "/signout", ("__form", TokenOf(recordedPage)));
        var after = await client.GetStringAsync(Question);

        Assert.DoesNotContain("这个单位对", anonymous, StringComparison.Ordinal);
        Assert.Contains("编辑登录</a>后可以记录", anonymous, StringComparison.Ordinal);
        Assert.Contains("editor（编辑）", signedIn, StringComparison.Ordinal);
        Assert.Contains("这个单位对", signedIn, StringComparison.Ordinal);
        Assert.Contains("已记录：县城市管理局 承担这件事", recordedPage, StringComparison.Ordinal);
        Assert.Contains(feedback, f => f.Question == "楼下饭店油烟太大呛人" && f.UnitName == "县城市管理局" && f.Jurisdiction == "上犹县");
        Assert.Equal(HttpStatusCode.OK, signedOut.StatusCode);
        Assert.DoesNotContain("这个单位对", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_and_a_reader_or_a_forged_form_records_nothing()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        using var client = server.CreateClient();
        var form = await client.GetStringAsync("/signin");

        var wrong = await PostAsync(client, "/signin", ("__form", TokenOf(form)), ("key", "dg_not-a-key"));
        var forged = await PostAsync(client, "/feedback", ("q", "油烟"), ("unit", "1"));
        await SignInAsync(client, ApiServer.ReaderKey);
        var page = await client.GetStringAsync(Question);
        client.DefaultRequestHeaders.Add("Accept", "text/html");
        var asReader = await PostAsync(client, "/feedback", ("__form", TokenOf(page)), ("q", "油烟"), ("unit", "1"), ("returnUrl", "/units"));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("密钥不对", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("表单已失效", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("reader（只读）", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, asReader.StatusCode);
        Assert.Contains("需要编辑密钥", await asReader.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await server.Services.GetRequiredService<IGraphStore>().ListFeedbackAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_editor_marks_a_cluster_with_a_reason_sees_it_among_the_marked_and_unmarks_it()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        await server.AddFumesOverlapAsync();
        using var client = server.CreateClient();
        await SignInAsync(client, ApiServer.EditorKey);
        var cleanup = "/cleanup?j=" + Uri.EscapeDataString("上犹县") + "&asOf=2025-06-30";

        var before = await client.GetStringAsync(cleanup);
        var key = WebUtility.HtmlDecode(Regex.Match(before, "action=\"/cleanup/mark\" class=\"mark\">.*?name=\"key\" value=\"([^\"]+)\"").Groups[1].Value);
        var overlaps = int.Parse(Regex.Match(before, "职责重叠 (\\d+) 组").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var noReason = await PostAsync(client, "/cleanup/mark", ("__form", TokenOf(before)), ("key", key), ("status", "Intentional"), ("reason", " "));
        var marked = await (await PostAsync(client, "/cleanup/mark", ("__form", TokenOf(before)), ("key", key), ("status", "Intentional"),
            ("reason", "两部门按三定分工共管"), ("returnUrl", cleanup + "&marked=1"))).Content.ReadAsStringAsync();
        var unmarked = await (await PostAsync(client, "/cleanup/unmark", ("__form", TokenOf(marked)), ("key", key), ("returnUrl", cleanup))).Content.ReadAsStringAsync();

        Assert.NotEmpty(key);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("请写明理由", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"职责重叠 {overlaps - 1} 组", marked, StringComparison.Ordinal);
        Assert.Contains("<h2>已标记的重叠（1）</h2>", marked, StringComparison.Ordinal);
        Assert.Contains("理由：两部门按三定分工共管（editor，", marked, StringComparison.Ordinal);
        Assert.Contains($"职责重叠 {overlaps} 组", unmarked, StringComparison.Ordinal);
        Assert.Contains("显示已标记的重叠（0）", unmarked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_editors_cookie_neither_drives_GraphQL_nor_replaces_the_form_token()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        await server.AddFumesOverlapAsync();
        using var editor = server.CreateClient();
        using var other = server.CreateClient();
        await SignInAsync(editor, ApiServer.EditorKey);
        await SignInAsync(other, ApiServer.EditorKey);
        var cleanup = "/cleanup?j=" + Uri.EscapeDataString("上犹县") + "&asOf=2025-06-30";
        var page = await editor.GetStringAsync(cleanup);
        var key = WebUtility.HtmlDecode(Regex.Match(page, "name=\"key\" value=\"([^\"]+)\"").Groups[1].Value);
        var othersToken = TokenOf(await other.GetStringAsync(cleanup));

        var mutation = await editor.PostAsync("/graphql", new StringContent(
            """{"query":"mutation { unmarkDuplicateCluster(input: { key: \"x\" }) { unmarked } }"}""", System.Text.Encoding.UTF8, "application/json"));
        var withoutToken = await PostAsync(editor, "/cleanup/mark", ("key", key), ("status", "Intentional"), ("reason", "跨站提交"));
        var withAnothersToken = await PostAsync(editor, "/cleanup/mark", ("__form", othersToken), ("key", key), ("status", "Intentional"), ("reason", "跨站提交"));

        Assert.Equal(HttpStatusCode.Unauthorized, mutation.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withAnothersToken.StatusCode);
        Assert.Empty(await server.Services.GetRequiredService<IGraphStore>().ListClusterMarksAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_reader_who_signed_in_is_told_an_editors_key_is_needed_to_mark()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        await server.AddFumesOverlapAsync();
        using var client = server.CreateClient();
        await SignInAsync(client, ApiServer.ReaderKey);
        var page = await client.GetStringAsync("/cleanup?j=" + Uri.EscapeDataString("上犹县") + "&asOf=2025-06-30");

        var refused = await PostAsync(client, "/cleanup/mark", ("__form", TokenOf(page)), ("key", "any"), ("status", "Intentional"), ("reason", "试试"));

        Assert.DoesNotContain("action=\"/cleanup/mark\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("需要编辑密钥", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await server.Services.GetRequiredService<IGraphStore>().ListClusterMarksAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Feedback_keeps_the_date_the_answer_was_for_and_hostile_input_is_shown_as_text()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        using var client = server.CreateClient();
        await SignInAsync(client, ApiServer.EditorKey);
        const string Hostile = "油烟\"><script>alert(1)</script>";
        var dated = "/?q=" + Uri.EscapeDataString("楼下饭店油烟太大呛人") + "&j=" + Uri.EscapeDataString("上犹县") + "&asOf=2025-06-30";

        var page = await client.GetStringAsync(dated);
        var unit = Regex.Match(page, "name=\"unit\" value=\"(\\d+)\"").Groups[1].Value;
        var recorded = await PostAsync(client, "/feedback", ("__form", TokenOf(page)), ("q", "楼下饭店油烟太大呛人"), ("j", "上犹县"), ("asOf", "2025-06-30"), ("unit", unit));
        var partial = await client.GetStringAsync(dated + "&partial=1");
        var hostile = await client.GetStringAsync("/?q=" + Uri.EscapeDataString(Hostile) + "&j=" + Uri.EscapeDataString(Hostile));
        var unknownUnit = await PostAsync(client, "/feedback", ("__form", TokenOf(page)), ("q", "油烟"), ("unitName", Hostile), ("unitJurisdiction", "上犹县"));

        Assert.Contains("按 2025-06-30 有效的清单回答", page, StringComparison.Ordinal);
        Assert.Contains("&asOf=2025-06-30&recorded=", recorded.RequestMessage!.RequestUri!.Query, StringComparison.Ordinal);
        Assert.StartsWith("<section aria-label=\"答案\">", partial, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>", partial, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", hostile, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", hostile, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownUnit.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", await unknownUnit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_asked_too_often_say_so_in_chinese()
    {
        using var temp = new TempFolder();
        await using var server = new ApiServer(temp, ("Store:LoadSeedWhenEmpty", "false"), ("RateLimits:ClientPerSecond", "1"), ("RateLimits:ClientBurst", "1"));
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("Accept", "text/html");

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            responses.Add(await client.GetAsync("/search"));
        }
        var limited = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);

        Assert.Contains("请求太频繁", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    [GeneratedRegex("name=\"__form\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
