using System.Buffers;
using System.Text;
using System.Text.Json;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Protection;
using DutyGraph.GraphQL.Engine.Validation;
using DutyGraph.Server.Api.Access;
using DutyGraph.Graph.Store;
using Microsoft.Extensions.Options;

namespace DutyGraph.Server.Api;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): POST with application/json, GET
/// for queries; responses as application/graphql-response+json (400 for a request that cannot
/// be executed) or, for clients that ask for it, application/json (200 for every well-formed
/// request); limits on size, tokens, depth, aliases and cost; API keys; an execution timeout.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";
    public const string GraphQLResponse = "application/graphql-response+json";
    
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods(Path, ["GET", "POST"], HandleAsync).RequireRateLimiting(Hosting.RateLimits.Policy);
        routes.MapMethods(Path, ["PUT", "DELETE", "PATCH"], (HttpContext context) =>
        {
            context.Response.Headers.Allow = "GET, POST";
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        });
        return routes;
    }

    private const string OperationItem = "dutygraph.operation";

    /// <summary>Handles a request and records its duration and outcome (refusals by reason).</summary>
    private static async Task HandleAsync(HttpContext context, DutyGraphSchema api, IOptions<GraphQLOptions> settings, ApiKeys keys, Hosting.ServerTelemetry telemetry)
    {
        var started = TimeProvider.System.GetTimestamp();
        await HandleRequestAsync(context, api, settings, keys);
        var status = context.Response.StatusCode;
        var outcome = status switch
        {
            StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => "unauthorized",
            StatusCodes.Status413PayloadTooLarge => "too_large",
            StatusCodes.Status503ServiceUnavailable => "timeout",
            >= 400 => "refused",
            _ => "ok",
        };
        if (outcome != "ok")
        {
            telemetry.Rejected(outcome);
        }
        telemetry.Request(context.Items[OperationItem] as string ?? "none", outcome, TimeProvider.System.GetElapsedTime(started));
    }

    private static async Task HandleRequestAsync(HttpContext context, DutyGraphSchema api, IOptions<GraphQLOptions> settings, ApiKeys keys)
    {
        var ct = context.RequestAborted;
        var options = settings.Value;
        if (GraphQLIde.Wants(context.Request))
        {
            await GraphQLIde.WriteAsync(context);
            return;
        }
        if (Negotiate(context.Request.Headers.Accept.ToString()) is not { } mediaType)
        {
            await Plain(context, StatusCodes.Status406NotAcceptable, $"Accept {GraphQLResponse} or application/json.");
            return;
        }
        var role = keys.RoleOf(context.Request);
        if (keys.ReadsNeedKey && role is null)
        {
            await Unauthorized(context, mediaType);
            return;
        }
        var (request, problem, status) = await ReadAsync(context, options.MaxRequestBytes, ct);
        if (request is null)
        {
            await Respond(context, mediaType, status, ErrorBody(problem!));
            return;
        }
        Document document;
        IReadOnlyList<GraphQLError> errors;
        try
        {
            (document, errors) = api.Documents.Get(request.Query, options.MaxTokens);
        }
        catch (GraphQLSyntaxException e)
        {
            await Respond(context, mediaType, BadIfGraphQL(mediaType), new ExecutionResult(null,
                [new GraphQLError(e.Message, [e.Location])], HasData: false));
            return;
        }
        if (errors.Count > 0)
        {
            await Respond(context, mediaType, BadIfGraphQL(mediaType), new ExecutionResult(null, errors, HasData: false));
            return;
        }
        var isMutation = Operations.Select(document, request.OperationName)?.Operation == OperationType.Mutation;
        context.Items[OperationItem] = isMutation ? "mutation" : "query";
        if (HttpMethods.IsGet(context.Request.Method) && isMutation)
        {
            context.Response.Headers.Allow = "POST";
            await Respond(context, mediaType, StatusCodes.Status405MethodNotAllowed,
                ErrorBody("Mutations are not allowed over GET: send them with POST."));
            return;
        }
        if (isMutation && role != ApiRole.Editor)
        {
            if (role is null)
            {
                await Unauthorized(context, mediaType);
                return;
            }
            await Respond(context, mediaType, StatusCodes.Status403Forbidden, ErrorBody("Changes need an API key with the editor role; this key may only read."));
            return;
        }
        var refusals = RequestGuard.Check(api.Schema, document, request.OperationName, request.Variables, options.Limits);
        if (refusals.Count > 0)
        {
            await Respond(context, mediaType, BadIfGraphQL(mediaType), new ExecutionResult(null, refusals, HasData: false));
            return;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (!isMutation)
        {
            // A mutation is not stopped halfway through its fields: what it committed is reported.
            timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        }
        ExecutionResult result;
        try
        {
            result = await new Executor(api.Schema, api.Resolvers).ExecuteAsync(
                new ExecutionRequest(document, request.OperationName, request.Variables), timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            await Respond(context, mediaType, mediaType == GraphQLResponse ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK,
                ErrorBody($"The request took longer than {options.TimeoutSeconds:0.##} s and was stopped; ask for less (smaller pages, fewer nested lists)."));
            return;
        }
        if (isMutation)
        {
            // The analyses see a change before its writer hears it is done: a writer's next read finds it (readers never wait for it).
            try
            {
                await api.Models.CatchUpAsync(CancellationToken.None);
            }
            catch (StoreException)
            {
                // The change is stored; the snapshots catch up with it when the store answers again.
            }
        }
        await Respond(context, mediaType, result.HasData ? StatusCodes.Status200OK : BadIfGraphQL(mediaType), result);
    }

    private static async Task Unauthorized(HttpContext context, string mediaType)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await Respond(context, mediaType, StatusCodes.Status401Unauthorized,
            ErrorBody("This needs an API key: send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'."));
    }

    private static async Task<(GraphQLRequest? Request, string? Problem, int Status)> ReadAsync(HttpContext context, int maxRequestBytes, CancellationToken ct)
    {
        if (HttpMethods.IsGet(context.Request.Method))
        {
            var (fromQuery, queryProblem) = GraphQLRequest.FromQueryString(context.Request.Query);
            return (fromQuery, queryProblem, StatusCodes.Status400BadRequest);
        }
        var contentType = context.Request.ContentType ?? "";
        if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "Send the request as application/json.", StatusCodes.Status415UnsupportedMediaType);
        }
        if (context.Request.ContentLength > maxRequestBytes)
        {
            return (null, $"The request is larger than {maxRequestBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }
        // The body is read into a pooled buffer: most requests are a few hundred bytes, and a
        // new buffer for each would be most of what a small query allocates.
        // A client's Content-Length is not trusted to reserve memory: the buffer starts small and grows as bytes arrive.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Min(context.Request.ContentLength ?? 4096, 16 * 1024) + 1, maxRequestBytes + 1L));
        try
        {
            var length = 0;
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
            {
                length += read;
                if (length > maxRequestBytes)
                {
                    return (null, $"The request is larger than {maxRequestBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
                }
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxRequestBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
            using var json = JsonDocument.Parse(buffer.AsMemory(0, length));
            var (request, problem) = GraphQLRequest.FromJson(json.RootElement);
            return (request, problem, StatusCodes.Status400BadRequest);
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON.", StatusCodes.Status400BadRequest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The response media type for an Accept header; null when the client accepts neither.</summary>
    private static string? Negotiate(string accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return "application/json";
        }
        var types = accept.Split(',').Select(t => t.Split(';')[0].Trim().ToLowerInvariant()).ToList();
        return types.Contains(GraphQLResponse) ? GraphQLResponse
            : types.Any(t => t is "application/json" or "*/*" or "application/*") ? "application/json"
            : null;
    }

    private static int BadIfGraphQL(string mediaType) =>
        mediaType == GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static ExecutionResult ErrorBody(string message) => new(null, [new GraphQLError(message, [])], HasData: false);

    /// <summary>Writes the response's JSON straight into the body, as UTF-8.</summary>
    private static async Task Respond(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        ResponseJson.Write(context.Response.BodyWriter, result);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private static async Task Plain(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message, Encoding.UTF8, context.RequestAborted);
    }
}
