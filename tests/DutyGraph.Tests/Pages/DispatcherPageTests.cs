using System.Net;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Pages;

/// <summary>The dispatcher's page answers from its URL on the server, in Chinese, with no script needed.</summary>
public sealed class DispatcherPageTests
{
    [Fact]
    public async Task A_question_in_the_url_is_answered_on_the_server_with_the_unit_its_confidence_and_reasons()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        using var client = server.CreateClient();

        var response = await client.GetAsync("/?q=" + Uri.EscapeDataString("楼下饭店油烟太大呛人") + "&j=" + Uri.EscapeDataString("上犹县"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("value=\"楼下饭店油烟太大呛人\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"上犹县/营前镇\">", html, StringComparison.Ordinal);
        var first = html[html.IndexOf("<ol class=\"answers\">", StringComparison.Ordinal)..];
        Assert.Matches("^<ol class=\"answers\"><li><p class=\"unit\"><a href=\"/units/\\d+\">县城市管理局</a>", first);
        Assert.Contains("把握", first, StringComparison.Ordinal);
        Assert.Matches("按 \\d{4}-\\d{2}-\\d{2} 有效的清单回答", html);
        Assert.True(html.IndexOf("<ol class=\"answers\">", StringComparison.Ordinal) < html.IndexOf("<script", StringComparison.Ordinal),
            "the answers are in the page itself, not put there by a script");
    }

    [Fact]
    public async Task Without_a_question_the_page_is_the_empty_form_and_bad_input_is_explained_and_escaped()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        using var client = server.CreateClient();

        var empty = await client.GetStringAsync("/");
        var unknown = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("<b>油烟</b>") + "&j=" + Uri.EscapeDataString("不存在县"));
        var tooLong = await client.GetStringAsync("/?q=" + Uri.EscapeDataString(new string('烟', 501)));

        Assert.Contains("<form method=\"get\" action=\"/\"", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"answers\"", empty, StringComparison.Ordinal);
        Assert.Contains("没有名为“不存在县”的行政区划", unknown, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;油烟&lt;/b&gt;", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>油烟</b>", unknown, StringComparison.Ordinal);
        Assert.Contains("问题太长了：501 个字", tooLong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_reads_need_a_key_the_pages_send_a_request_without_one_to_sign_in_and_back()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp, ("Access:ReadsNeedKey", "true"));
        using var client = server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetAsync("/?q=" + Uri.EscapeDataString("油烟"));
        var duties = await client.GetAsync("/search?q=" + Uri.EscapeDataString("油烟"));
        using var keyed = new HttpRequestMessage(HttpMethod.Get, "/units");
        keyed.Headers.Add("X-Api-Key", ApiServer.ReaderKey);
        var withKey = await client.SendAsync(keyed);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin?returnUrl=" + Uri.EscapeDataString("/?q=" + Uri.EscapeDataString("油烟")), page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, duties.StatusCode);
        Assert.DoesNotContain("油烟", await duties.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }
}
