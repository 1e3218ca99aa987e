using System.Net;

namespace DutyGraph.Server.Pages;

/// <summary>What every staff page shares: the head with its styles, the navigation, and escaping.</summary>
public static class PageLayout
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A whole page: the head, the navigation, and the body in a main element.</summary>
    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK) =>
        Results.Content($"{Head(title)}<main>{body}</main></body></html>", "text/html; charset=utf-8", statusCode: status);

    /// <summary>
    /// A page route as readers get it: rate limited like /graphql, and refused (401) when reads
    /// need a key and the request carries none (a browser cannot send one yet: the pages have no
    /// sign-in, so a locked-down server shows them to nobody).
    /// </summary>
    public static RouteHandlerBuilder ForReaders(this RouteHandlerBuilder route) => route
        .RequireRateLimiting(Hosting.RateLimits.Policy)
        .AddEndpointFilter(async (context, next) =>
        {
            var keys = context.HttpContext.RequestServices.GetRequiredService<Api.Access.ApiKeys>();
            return keys.ReadsNeedKey && keys.RoleOf(context.HttpContext.Request) is null
                ? Page("需要密钥", "<p class=\"note\" role=\"alert\">这个服务器要求用 API 密钥读取，网页暂不支持登录：请用带密钥的 GraphQL 客户端。</p>",
                    StatusCodes.Status401Unauthorized)
                : await next(context);
        });

    /// <summary>The date a page is of: its <c>asOf</c> (2025-06-30, 2025/6/30 …), or today.</summary>
    public static DateOnly AsOf(HttpContext context, TimeProvider clock) =>
        Graph.Datasets.DateText.TryParse(context.Request.Query["asOf"].ToString(), out var day) ? day : DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The document up to the opening of the body, and the navigation.</summary>
    public static string Head(string title) => $$"""
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>DutyGraph · {{E(title)}}</title>
        <style>
        body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;background:#f6f7f9;color:#1c2024}
        nav{background:#1f3b5a;padding:.5rem 1.5rem}nav a{color:#fff;margin-right:1.2rem;text-decoration:none}nav a:focus{outline:3px solid #f6e05e}
        main{max-width:52rem;margin:0 auto;padding:1.5rem}
        form{display:grid;grid-template-columns:1fr;gap:.4rem;margin-bottom:1rem}
        input,button{font-size:1.1rem;padding:.5rem}
        button{justify-self:start}
        input:focus,button:focus,a:focus{outline:3px solid #2b6cb0}
        .answers li{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:.6rem .9rem;margin:.5rem 0}
        .unit{font-size:1.15rem;font-weight:600;margin:.2rem 0}
        .role{font-size:.85rem;background:#e8eef7;border-radius:3px;padding:0 .3rem}
        .confidence{font-size:.85rem;color:#276749}.confidence.low{color:#b7791f}
        .reasons,.duty,.county{margin:.2rem 0;color:#4a5560}
        .guess{background:#fff8e6;border-left:4px solid #d69e2e;padding:.5rem .8rem}
        .note{background:#fdecec;border-left:4px solid #c53030;padding:.5rem .8rem}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #d8dde3;padding:.35rem .5rem;text-align:left}
        .ended{color:#8a949e;text-decoration:line-through}
        </style></head><body><nav><a href="/">谁来管</a><a href="/units">单位和职责</a><a href="/cleanup">清理审查</a><a href="/search">查找</a></nav>
        """;
}
