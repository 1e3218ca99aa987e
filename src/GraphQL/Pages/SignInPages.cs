using DutyGraph.Server.Api.Access;
using static DutyGraph.Server.Pages.PageLayout;

namespace DutyGraph.Server.Pages;

/// <summary>
/// Sign-in for editors (<c>/signin</c>): the API key entered once becomes a session cookie, and
/// <c>/signout</c> ends it. A wrong key is refused without saying more; after signing in the
/// editor goes back to the page they came from (on this site only).
/// </summary>
public static class SignInPages
{
    public static IEndpointRouteBuilder MapSignInPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/signin", (HttpContext context) => Form(context, context.Request.Query["returnUrl"].ToString(), null))
            .RequireRateLimiting(Hosting.RateLimits.Policy);
        routes.MapPost("/signin", SignInAsync).RequireRateLimiting(Hosting.RateLimits.Policy).DisableAntiforgery();
        routes.MapPost("/signout", (Delegate)SignOutAsync).RequireRateLimiting(Hosting.RateLimits.Policy).DisableAntiforgery();
        return routes;
    }

    private static async Task<IResult> SignInAsync(HttpContext context, ApiKeys keys)
    {
        if (await StaffSession.ReadFormAsync(context) is not { } form)
        {
            return Form(context, context.Request.HasFormContentType ? context.Request.Form["returnUrl"].ToString() : "", "这个表单已失效，请重新输入密钥。",
                StatusCodes.Status400BadRequest);
        }
        var returnUrl = StaffSession.LocalPath(form["returnUrl"].ToString());
        if (keys.Find(form["key"].ToString().Trim()) is not { } key)
        {
            return Form(context, returnUrl, "密钥不对。请检查后重新输入，或向管理员要一个编辑密钥（dutygraph apikey --role Editor）。", StatusCodes.Status400BadRequest);
        }
        await StaffSession.SignInAsync(context, key);
        return Results.Redirect(returnUrl);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context)
    {
        if (await StaffSession.ReadFormAsync(context) is null)
        {
            return Page("表单已失效", Alert("这个表单已失效。请返回上一页，刷新后再退出。"), StatusCodes.Status400BadRequest);
        }
        await StaffSession.SignOutAsync(context);
        return Results.Redirect("/");
    }

    private static IResult Form(HttpContext context, string returnUrl, string? problem, int status = StatusCodes.Status200OK)
    {
        var member = StaffSession.Of(context);
        var html = "<h1>编辑登录</h1>"
            + (problem is null ? "" : Alert(problem))
            + (member is { SignedIn: true } ? $"<p class=\"done\">已登录：{E(member.Name)}。用另一个密钥登录会替换它。</p>" : "")
            + "<p>记录反馈、标记重叠需要编辑身份。输入管理员给您的 API 密钥，本浏览器会保持登录 8 小时（关闭前可随时退出）。</p>"
            + "<form method=\"post\" action=\"/signin\">" + StaffSession.FormToken(context)
            + $"<input type=\"hidden\" name=\"returnUrl\" value=\"{E(StaffSession.LocalPath(returnUrl))}\">"
            + "<label for=\"key\">API 密钥</label><input id=\"key\" name=\"key\" type=\"password\" autocomplete=\"current-password\" required autofocus>"
            + "<button type=\"submit\">登录</button></form>";
        return Page("编辑登录", html, status);
    }
}
