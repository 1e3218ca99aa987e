using DutyGraph.Graph.Store;
using DutyGraph.Server.Api.Access;
using static DutyGraph.Server.Pages.PageLayout;

namespace DutyGraph.Server.Pages;

/// <summary>Who may open a page and who may post a form: rate limits, sign-in, the editor role and anti-forgery tokens, in one place.</summary>
public static class PageAccess
{
    /// <summary>
    /// A page route as readers get it: rate limited like /graphql, and, when reads need a key, sent
    /// to sign in unless the request carries a key or a session.
    /// </summary>
    public static RouteHandlerBuilder ForReaders(this RouteHandlerBuilder route) => route
        .RequireRateLimiting(Hosting.RateLimits.Policy)
        .AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            return http.RequestServices.GetRequiredService<ApiKeys>().ReadsNeedKey && StaffSession.Of(http) is null
                ? Results.Redirect(StaffSession.SignInLink(http.Request.Path + http.Request.QueryString))
                : await next(context);
        });

    /// <summary>
    /// A form an editor posts: rate limited; refused as a page when it lacks its anti-forgery token
    /// (400); sent to sign in when nobody is signed in, and told a reader's key is not enough (403).
    /// A store that could not be reached or did not confirm the write says so honestly; after a
    /// write the analyses catch up, so the page the editor goes back to shows it.
    /// </summary>
    public static RouteHandlerBuilder ForEditors(this RouteHandlerBuilder route) => route
        .RequireRateLimiting(Hosting.RateLimits.Policy)
        .DisableAntiforgery()
        .AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (await StaffSession.ReadFormAsync(http) is not { } form)
            {
                return Page("表单已失效", Alert("这个表单已失效（页面停留太久，或不是从本站提交的）。请返回上一页，刷新后再提交一次。"),
                    StatusCodes.Status400BadRequest);
            }
            switch (StaffSession.Of(http))
            {
                case null:
                    return Results.Redirect(StaffSession.SignInLink(form["returnUrl"].ToString()));
                case { Role: not ApiRole.Editor }:
                    return Page("需要编辑密钥", Alert("您用只读密钥登录，记录反馈、标记重叠需要编辑密钥。请退出后用编辑密钥登录。"), StatusCodes.Status403Forbidden);
            }
            object? result;
            try
            {
                result = await next(context);
            }
            catch (StoreException e) when (e.Code == StoreErrorCode.Unavailable)
            {
                return Page("没有保存", Alert("数据库暂时无法访问，这次没有保存。请稍后再提交一次。"), StatusCodes.Status503ServiceUnavailable);
            }
            catch (StoreException e) when (e.Code == StoreErrorCode.OutcomeUnknown)
            {
                return Page("不确定是否已保存", Alert("数据库没有确认这次保存（回复丢失），可能已经保存。请刷新页面查看，再决定是否重新提交。"),
                    StatusCodes.Status503ServiceUnavailable);
            }
            try
            {
                await http.RequestServices.GetRequiredService<Api.DutyGraphSchema>().Models.CatchUpAsync(CancellationToken.None);
            }
            catch (StoreException)
            {
                // The write is in the store; the analyses show it at their next refresh.
            }
            return result;
        });
}
