using Microsoft.Extensions.FileProviders;

namespace DutyGraph.Server.Api;

/// <summary>
/// The GraphQL IDE (GraphiQL) a browser gets at <c>GET /graphql</c>: a request that prefers HTML
/// and asks no query gets the IDE page, a GraphQL client gets GraphQL as before. GraphiQL and
/// React are served from the executable's own <c>ide/</c> folder (the build fetches them from npm),
/// never from a CDN: the product runs on networks without the internet.
/// </summary>
public static class GraphQLIde
{
    public const string AssetsPath = "/ide";

    /// <summary>Whether a request is a browser opening the endpoint: a GET that puts text/html first and carries no query.</summary>
    public static bool Wants(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query")
        && request.Headers.Accept.ToString().Split(',')[0].Split(';')[0].Trim().Equals("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Serves the IDE's files from the output's ide/ folder, when the build put them there.</summary>
    public static IApplicationBuilder UseGraphQLIdeAssets(this IApplicationBuilder app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "ide");
        return Directory.Exists(folder)
            ? app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = AssetsPath })
            : app;
    }

    public static Task WriteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(Page, context.RequestAborted);
    }

    private const string Page = $$"""
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>DutyGraph · GraphQL</title>
        <link rel="stylesheet" href="{{AssetsPath}}/graphiql.min.css">
        <style>body{margin:0;height:100vh;font-family:system-ui,"Noto Sans CJK SC",sans-serif}#ide{height:100vh}
        .back{position:fixed;right:1rem;bottom:.6rem;z-index:10;font-size:.9rem}</style>
        </head><body>
        <div id="ide"><p style="padding:1rem">正在载入 GraphQL IDE……它需要 JavaScript。没有 JavaScript 时，请用 GraphQL 客户端向本地址发送 POST 请求，或回到<a href="/">网页</a>。</p></div>
        <a class="back" href="/">返回谁来管</a>
        <script src="{{AssetsPath}}/react.production.min.js"></script>
        <script src="{{AssetsPath}}/react-dom.production.min.js"></script>
        <script src="{{AssetsPath}}/graphiql.min.js"></script>
        <script src="{{AssetsPath}}/start.js"></script>
        </body></html>
        """;
}
