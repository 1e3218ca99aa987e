using DutyGraph.Tests.Support;
using Microsoft.Playwright;

namespace DutyGraph.Tests.Browser;

/// <summary>
/// The staff pages in a real browser (Debian's Chromium, headless, driven by Playwright): the
/// dispatcher's flow, the township diagram, the cleanup review, the GraphQL IDE, sign-in and
/// sign-out, and the pages with JavaScript off. Each test saves a screenshot under
/// <c>screenshots/</c> in the test output.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffPagesBrowserTests(BrowserFixture browser)
{
    private const string Complaint = "楼下饭店油烟太大呛人";

    private static async Task SignInAsync(IPage page, string key, string returnUrl = "/")
    {
        await page.GotoAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.Locator("#key").FillAsync(key);
        await page.Locator("#key").PressAsync("Enter");
        // Signed in when the navigation names who: a page, not a URL, is what the editor waits for.
        await page.Locator("nav .who").WaitForAsync();
    }

    [Fact]
    public async Task A_dispatcher_types_a_complaint_sees_the_answer_opens_the_unit_and_records_feedback_as_an_editor()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartOnPortAsync(temp);
        await using var context = await browser.ContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        await SignInAsync(page, ApiServer.EditorKey);

        await page.Locator("#j").FillAsync("上犹县");
        await page.Locator("#q").PressSequentiallyAsync(Complaint, new LocatorPressSequentiallyOptions { Delay = 40 });
        var first = page.Locator("#result .answers > li").First;
        await first.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "dispatcher-answer");
        var unit = await first.Locator(".unit a").InnerTextAsync();
        var url = page.Url;
        await first.Locator(".unit a").ClickAsync();
        await page.Locator("h1").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "dispatcher-unit");
        var unitHeading = await page.Locator("h1").InnerTextAsync();
        await page.GoBackAsync();
        await page.Locator("#result .answers > li").First.GetByRole(AriaRole.Button, new() { Name = "这个单位对" }).ClickAsync();
        var recorded = page.Locator(".done");
        await recorded.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "dispatcher-feedback");

        Assert.Equal("县城市管理局", unit);
        Assert.Contains("q=" + Uri.EscapeDataString(Complaint), url, StringComparison.Ordinal);
        Assert.Contains("县城市管理局", unitHeading, StringComparison.Ordinal);
        Assert.Contains("已记录：县城市管理局", await recorded.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_townships_page_draws_its_correspondence_diagram_with_the_broken_link_marked()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartOnPortAsync(temp);
        await using var context = await browser.ContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/units?j=" + Uri.EscapeDataString("上犹县/营前镇") + "&asOf=2025-06-30");
        var diagram = page.Locator("svg[aria-label='衔接对应表']");
        await diagram.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "township-diagram");

        Assert.True((await diagram.BoundingBoxAsync())!.Height > 60);
        Assert.Equal(3, await diagram.Locator("line").CountAsync());
        Assert.Contains("县乡村振兴局 ✕ 不存在或已撤销", await diagram.TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_marks_an_overlap_with_a_reason_finds_it_among_the_marked_and_unmarks_it()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartOnPortAsync(temp);
        await server.AddFumesOverlapAsync();
        await using var context = await browser.ContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        var cleanup = "/cleanup?j=" + Uri.EscapeDataString("上犹县") + "&asOf=2025-06-30";
        await SignInAsync(page, ApiServer.EditorKey, cleanup);

        await BrowserFixture.ScreenshotAsync(page, "cleanup-review");
        var before = await page.Locator("main > p").First.InnerTextAsync();
        await page.Locator("select[name=status]").First.SelectOptionAsync("Intentional");
        await page.Locator("input[name=reason]").First.FillAsync("两部门按三定分工共管");
        await page.GetByRole(AriaRole.Button, new() { Name = "标记" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "显示已标记的重叠（1）" }).ClickAsync();
        var marked = page.Locator("article.marked");
        await marked.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "cleanup-marked");
        var markText = await marked.InnerTextAsync();
        await marked.GetByRole(AriaRole.Button, new() { Name = "取消标记" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "已标记的重叠（0）" }).WaitForAsync();
        var after = await page.Locator("main > p").First.InnerTextAsync();

        Assert.Contains("职责重叠 1 组", before, StringComparison.Ordinal);
        Assert.Contains("有意安排", markText, StringComparison.Ordinal);
        Assert.Contains("理由：两部门按三定分工共管（editor", markText, StringComparison.Ordinal);
        Assert.Contains("职责重叠 1 组", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_GraphQL_IDE_opens_in_the_browser_and_runs_a_query()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartOnPortAsync(temp);
        await using var context = await browser.ContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);
        page.Response += (_, response) => { if (response.Status >= 400) { failed.Add($"{response.Status} {response.Url}"); } };

        await page.GotoAsync("/graphql");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var response = page.Locator(".graphiql-response");
        await response.GetByText("县城市管理局").First.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "graphql-ide");
        var answer = await response.InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        var docs = page.Locator(".graphiql-doc-explorer");
        await docs.GetByText("Query", new() { Exact = true }).First.ClickAsync();
        await docs.GetByText("whoIsResponsible", new() { Exact = true }).First.ClickAsync();
        await docs.GetByText("What the caller says").First.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "graphql-ide-docs");

        Assert.Contains("\"confidence\"", answer, StringComparison.Ordinal);
        Assert.Empty(failed);
    }

    [Fact]
    public async Task An_editor_is_refused_with_a_wrong_key_signs_in_with_the_right_one_and_signs_out()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartOnPortAsync(temp);
        await using var context = await browser.ContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/signin");
        await page.Locator("#key").FillAsync("dg_wrong");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        var refused = await page.Locator("[role=alert]").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "signin-refused");
        await SignInAsync(page, ApiServer.EditorKey);
        var who = await page.Locator("nav .who").InnerTextAsync();
        var cookies = await context.CookiesAsync();
        await BrowserFixture.ScreenshotAsync(page, "signed-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "编辑登录" }).WaitForAsync();

        Assert.Contains("密钥不对", refused, StringComparison.Ordinal);
        Assert.Equal("editor（编辑）", who);
        var session = Assert.Single(cookies, c => c.Name == "dutygraph.session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "dutygraph.session");
    }

    [Fact]
    public async Task With_JavaScript_off_a_dispatcher_using_only_the_keyboard_is_answered_by_the_server_and_the_pages_read_at_390_pixels()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartOnPortAsync(temp);
        await using var context = await browser.ContextAsync(server.BaseAddress, width: 390, javaScript: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.Locator("#q:focus").WaitForAsync();
        await page.Keyboard.TypeAsync(Complaint);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("上犹县");
        await page.Keyboard.PressAsync("Enter");
        var first = page.Locator(".answers > li").First;
        await first.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "dispatcher-no-script-390");
        var unit = await first.Locator(".unit a").InnerTextAsync();
        var answeredAt = page.Url;
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await page.GotoAsync("/cleanup?j=" + Uri.EscapeDataString("上犹县") + "&asOf=2025-06-30");
        await BrowserFixture.ScreenshotAsync(page, "cleanup-no-script-390");
        var cleanup = await page.Locator("h1").InnerTextAsync();

        Assert.Equal("县城市管理局", unit);
        Assert.Contains("q=" + Uri.EscapeDataString(Complaint), answeredAt, StringComparison.Ordinal);
        Assert.True(scrollWidth <= 390, $"the dispatcher's page is {scrollWidth} pixels wide at 390");
        Assert.Equal("清理审查", cleanup);
    }
}
