using System.Net;
using System.Reflection;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DutyGraph.Tests.Pages;

/// <summary>Something going wrong is a page in Chinese that says what to do, never a stack trace; GraphQL clients keep their JSON.</summary>
public sealed class ErrorPagesTests
{
    /// <summary>A store whose jurisdiction list fails, as a broken disk or a lost Neo4j would.</summary>
    public class FailingStore : DispatchProxy
    {
        private IGraphStore _inner = null!;

        public static IGraphStore Over(IGraphStore inner)
        {
            var proxy = Create<IGraphStore, FailingStore>();
            ((FailingStore)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod!.Name == nameof(IGraphStore.ListJurisdictionsAsync)
                ? throw new InvalidOperationException("disk I/O error at SqliteGraphStore.ListJurisdictionsAsync")
                : targetMethod.Invoke(_inner, args);
    }

    [Fact]
    public async Task An_unknown_address_is_a_chinese_page_for_a_browser_and_plain_for_a_client()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        using var client = server.CreateClient();

        using var page = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        page.Headers.TryAddWithoutValidation("Accept", "text/html,*/*;q=0.8");
        using var browser = await client.SendAsync(page);
        using var plain = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, browser.StatusCode);
        Assert.Contains("没有这个页面", await browser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.DoesNotContain("没有这个页面", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_while_rendering_a_page_says_what_to_do_and_shows_no_stack_trace()
    {
        using var temp = new TempFolder();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Store:Path", temp.File("failing.db"));
            b.UseSetting("Store:LoadSeedWhenEmpty", "false");
            b.ConfigureTestServices(services =>
            {
                var registered = services.Last(s => s.ServiceType == typeof(IGraphStore));
                services.AddSingleton(sp => FailingStore.Over((IGraphStore)registered.ImplementationFactory!(sp)));
            });
        });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?q=" + Uri.EscapeDataString("油烟"));
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("请刷新页面看是否已经保存", html, StringComparison.Ordinal);
        Assert.Matches("出错时间 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} 和编号 \\S+ 告诉管理员", html);
        Assert.DoesNotContain("disk I/O", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SqliteGraphStore", html, StringComparison.Ordinal);
    }
}
