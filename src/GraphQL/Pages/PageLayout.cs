using System.Net;

namespace DutyGraph.Server.Pages;

/// <summary>What every staff page shares: the head with its styles, the navigation, and escaping.</summary>
public static class PageLayout
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A message that something could not be done, and what to do (escaped).</summary>
    public static string Alert(string text) => $"<p class=\"note\" role=\"alert\">{E(text)}</p>";

    /// <summary>A whole page: the head, the navigation (with who is signed in), and the body in a main element.</summary>
    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK) => new PageResult(title, body, status);

    private sealed class PageResult(string title, string body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) =>
            Results.Content($"{Head(title)}{Navigation(httpContext)}<main>{body}</main></body></html>", "text/html; charset=utf-8", statusCode: status)
                .ExecuteAsync(httpContext);
    }

    /// <summary>The navigation, with who is signed in and a sign-out button, or a sign-in link.</summary>
    private static string Navigation(HttpContext context)
    {
        var member = StaffSession.Of(context);
        var who = member switch
        {
            { SignedIn: true } => $"<span class=\"who\">{E(member.Name)}（{(member.Role == Api.Access.ApiRole.Editor ? "编辑" : "只读")}）</span>"
                + $"<form method=\"post\" action=\"/signout\" class=\"inline\">{StaffSession.FormToken(context)}<button type=\"submit\">退出</button></form>",
            not null => $"<span class=\"who\">{E(member.Name)}</span>",
            null => $"<a href=\"{E(StaffSession.SignInLink(context.Request.Path + context.Request.QueryString))}\">编辑登录</a>",
        };
        return $"<nav><a href=\"/\">谁来管</a><a href=\"/units\">单位和职责</a><a href=\"/cleanup\">清理审查</a><a href=\"/search\">查找</a><a href=\"/graphql\">GraphQL</a><span class=\"session\">{who}</span></nav>";
    }

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
        input,button,select{font-size:1.1rem;padding:.5rem}
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
        nav{display:flex;flex-wrap:wrap;align-items:center;gap:.3rem 1.2rem}.session{margin-left:auto;color:#fff}
        form.inline{display:inline;margin:0}nav form.inline button{font-size:.9rem;padding:.1rem .5rem;margin-left:.5rem}
        .done{background:#e6f4ea;border-left:4px solid #2f855a;padding:.5rem .8rem}
        .feedback{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:.3rem 0 0}.feedback form{display:flex;gap:.4rem;margin:0}
        .feedback button,.feedback input,.feedback select{font-size:.9rem;padding:.2rem .5rem}
        @media (max-width:480px){main{padding:.8rem} nav{padding:.5rem .8rem} }
        </style></head><body>
        """;
}
