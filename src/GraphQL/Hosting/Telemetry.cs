using System.Diagnostics.Metrics;
using System.Reflection;
using DutyGraph.Graph.Analysis;
using DutyGraph.Graph.Store;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DutyGraph.Server.Hosting;

/// <summary>Where telemetry goes, bound once from the "Telemetry" section: nowhere by default.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>An OTLP endpoint (e.g. http://collector:4317) to export traces and metrics to; none by default.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Whether <c>GET /metrics</c> serves the metrics for Prometheus to scrape.</summary>
    public bool Prometheus { get; set; }
}

/// <summary>
/// The server's instruments (meter "DutyGraph"): GraphQL request duration by operation type and
/// outcome, rejected requests by reason, store calls by method and outcome; the analyses' own
/// (<see cref="AnalysisTelemetry"/>) share the meter.
/// </summary>
public sealed class ServerTelemetry
{
    private readonly Histogram<double> _requests;
    private readonly Counter<long> _rejected;
    private readonly Histogram<double> _storeCalls;

    public ServerTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(AnalysisTelemetry.Name);
        Analysis = new AnalysisTelemetry(meter);
        _requests = meter.CreateHistogram<double>("dutygraph.graphql.request.duration", "ms", "GraphQL requests, by operation type and outcome");
        _rejected = meter.CreateCounter<long>("dutygraph.requests.rejected", description: "Requests refused before they ran, by reason");
        _storeCalls = meter.CreateHistogram<double>("dutygraph.store.call.duration", "ms", "Store calls, by method and outcome");
    }

    public AnalysisTelemetry Analysis { get; }

    public void Request(string operation, string outcome, TimeSpan took) =>
        _requests.Record(took.TotalMilliseconds, new("operation", operation), new KeyValuePair<string, object?>("outcome", outcome));

    public void Rejected(string reason) => _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void StoreCall(string method, string outcome, TimeSpan took) =>
        _storeCalls.Record(took.TotalMilliseconds, new("method", method), new KeyValuePair<string, object?>("outcome", outcome));
}

public static class TelemetryRegistration
{
    /// <summary>Registers the instruments, OpenTelemetry with ASP.NET Core's own, and the exporters the options ask for.</summary>
    public static IServiceCollection AddDutyGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateOnStart();
        services.AddSingleton<ServerTelemetry>();
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? null : new Uri(options.OtlpEndpoint);
        services.AddOpenTelemetry()
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(AnalysisTelemetry.Name).AddAspNetCoreInstrumentation();
                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(AnalysisTelemetry.Name).AddAspNetCoreInstrumentation();
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
        return services;
    }
}

/// <summary>A store whose every call is timed into <see cref="ServerTelemetry"/> (by method and outcome); it does nothing else.</summary>
public class MeasuredStore : DispatchProxy
{
    private IGraphStore _inner = null!;
    private ServerTelemetry _telemetry = null!;

    public static IGraphStore Over(IGraphStore inner, ServerTelemetry telemetry)
    {
        var proxy = Create<IGraphStore, MeasuredStore>();
        var measured = (MeasuredStore)(object)proxy;
        (measured._inner, measured._telemetry) = (inner, telemetry);
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        var started = TimeProvider.System.GetTimestamp();
        // A write workflow is measured by its own name (UpdateUnit, ApplyReform …), not as the one transactional entry it runs through.
        var name = method!.Name == nameof(IGraphStore.WriteInTransactionAsync) && args is [string operation, ..] ? operation : method.Name;
        object? result;
        try
        {
            result = method.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            _telemetry.StoreCall(name, "error", TimeProvider.System.GetElapsedTime(started));
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        if (result is Task task)
        {
            task.ContinueWith(t => _telemetry.StoreCall(name, t.IsCompletedSuccessfully ? "ok" : "error", TimeProvider.System.GetElapsedTime(started)),
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        else if (result is ValueTask)
        {
            _telemetry.StoreCall(name, "ok", TimeProvider.System.GetElapsedTime(started));
        }
        return result;
    }
}
