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

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("密钥不对", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("表单已失效", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("reader（只读）", page, StringComparison.Ordinal);
        Assert.Contains("<h1>编辑登录</h1>", await asReader.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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

    [GeneratedRegex("name=\"__form\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
