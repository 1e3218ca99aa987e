using DutyGraph.Server.Api;
using DutyGraph.Server.Pages;
using DutyGraph.Server.Api.Access;
using DutyGraph.Graph.Store;
using Microsoft.Extensions.Options;

namespace DutyGraph.Server.Hosting;

/// <summary>The web host of <c>dutygraph serve</c>: one registration used by the executable and the tests alike.</summary>
public static class ServerHost
{
    public static WebApplication Build(string[] args, string? dbPath)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (dbPath is not null)
        {
            builder.Configuration[$"{StoreOptions.Section}:{nameof(StoreOptions.Path)}"] = dbPath;
        }
        builder.Services.AddDutyGraph();
        builder.Services.AddDutyGraphTelemetry(builder.Configuration);
        var app = builder.Build();
        app.UseErrorPages();
        app.UseGraphQLIdeAssets();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.MapHealth();
        app.MapGraphQL();
        app.MapDispatcherPage();
        app.MapListPages();
        app.MapCleanupPage();
        app.MapSearchPage();
        app.MapSignInPages();
        if (app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }
        return app;
    }

    public static IServiceCollection AddDutyGraph(this IServiceCollection services)
    {
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateOnStart();
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section);
        services.AddSingleton<IValidateOptions<StoreOptions>, StoreFactory.Validation>();
        services.AddSingleton(sp => MeasuredStore.Over(StoreFactory.Open(
            sp.GetRequiredService<IOptions<StoreOptions>>().Value, sp.GetRequiredService<IOptions<Neo4jOptions>>().Value), sp.GetRequiredService<ServerTelemetry>()));
        services.AddHostedService<StoreStartup>();
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Api.Analysis.AnalysisOptions>().BindConfiguration(Api.Analysis.AnalysisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeys>();
        services.AddStaffSessions();
        services.AddDutyGraphRateLimits();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DutyGraphSchema>();
        return services;
    }
}
