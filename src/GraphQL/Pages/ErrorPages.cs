using Microsoft.AspNetCore.Diagnostics;

namespace DutyGraph.Server.Pages;

/// <summary>
/// What a person in a browser sees when something goes wrong: a page in Chinese that says what
/// happened and what to do, never a stack trace. A failure is logged with the time and the
/// request's number the page shows, so staff can tell the administrator which one it was. GraphQL clients and the health
/// checks keep their JSON.
/// </summary>
public static class ErrorPages
{
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var at = context.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
                var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorPages))
                    .LogError(failure, "Request {TraceId} to {Path} failed at {At}", context.TraceIdentifier, context.Request.Path.Value, at);
                if (!WantsPage(context.Request))
                {
                    context.Response.ContentType = "application/json";
                    return context.Response.WriteAsync("""{"errors":[{"message":"The server failed to handle the request; nothing was changed. Try again; if it keeps failing, tell the administrator the time."}]}""");
                }
                return PageLayout.Page("出错了", Note($"服务器处理这个请求时出了问题。如果刚才是在提交（记录反馈、标记重叠），请刷新页面看是否已经保存；否则请稍后再试一次。如果一直这样，请把出错时间 {at} 和编号 {context.TraceIdentifier} 告诉管理员。"),
                    StatusCodes.Status500InternalServerError).ExecuteAsync(context);
            },
        });
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            if (!WantsPage(http.Request) || http.Response.HasStarted || http.Response.ContentLength > 0 || http.Response.ContentType is not null)
            {
                return Task.CompletedTask;
            }
            var (title, text) = http.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => ("没有这个页面", "地址可能写错了。请从上方的导航重新进入，或回到“谁来管”。"),
                StatusCodes.Status405MethodNotAllowed => ("不能这样打开", "这个地址不能用这种方式打开。请从页面上的链接或按钮进入。"),
                StatusCodes.Status400BadRequest => ("请求有误", "这个请求缺少内容或格式不对。请返回上一页重新操作。"),
                _ => ("没有完成", $"服务器没有完成这个请求（{http.Response.StatusCode}）。请返回上一页重试。"),
            };
            return PageLayout.Page(title, Note(text), http.Response.StatusCode).ExecuteAsync(http);
        });
        return app;
    }

    /// <summary>Whether a request is a person's browser asking for a page (not a GraphQL client, a health check or a scraper).</summary>
    public static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/graphql") && !request.Path.StartsWithSegments("/health") && !request.Path.StartsWithSegments("/metrics")
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static string Note(string text) => PageLayout.Alert(text) + "<p><a href=\"/\">回到“谁来管”</a></p>";
}
