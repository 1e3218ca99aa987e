using DutyGraph.Graph.Store;
using DutyGraph.Server.Api.Access;

namespace DutyGraph.Server.Hosting;

/// <summary>
/// <c>GET /health/live</c>: the process answers. <c>GET /health/ready</c> (and <c>/health</c>):
/// the store answers too, with its kind and counts (503 while it does not); its file path only
/// when reads need no key, so that a locked-down server says nothing of its disk.
/// </summary>
public static class HealthEndpoint
{
    public sealed record Health(string Status, string Store, string? Location, StoreCounts? Counts, string? Problem = null);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health/live", () => Results.Ok(new { status = "alive" }));
        // Readiness counts the store's records: rate limited, so a flood of it cannot keep the store busy.
        routes.MapGet("/health/ready", ReadyAsync).RequireRateLimiting(RateLimits.Policy);
        routes.MapGet("/health", ReadyAsync).RequireRateLimiting(RateLimits.Policy);
        return routes;
    }

    private static async Task<IResult> ReadyAsync(IGraphStore store, ApiKeys keys, Microsoft.Extensions.Options.IOptions<StoreOptions> options, CancellationToken ct)
    {
        var kind = options.Value.Kind.ToString();
        var location = keys.ReadsNeedKey ? null : store.Location;
        try
        {
            return Results.Ok(new Health("ok", kind, location, await store.CountAsync(ct)));
        }
        catch (StoreException e) when (e.Code == StoreErrorCode.Unavailable)
        {
            return Results.Json(new Health("unavailable", kind, location, null, "The store is busy or cannot be reached."), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
