using DutyGraph.Graph.Store;

namespace DutyGraph.Server.Hosting;

/// <summary><c>GET /health</c>: the store's kind, location and counts.</summary>
public static class HealthEndpoint
{
    public sealed record Health(string Status, string Store, string Location, StoreCounts Counts);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", async (IGraphStore store, CancellationToken ct) =>
            Results.Ok(new Health("ok", store.GetType().Name.Replace("GraphStore", "", StringComparison.Ordinal), store.Location,
                await store.CountAsync(ct))));
        return routes;
    }
}
