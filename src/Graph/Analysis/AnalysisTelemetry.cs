using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DutyGraph.Graph.Analysis;

/// <summary>
/// What the analyses' snapshots report: each build with its duration, jurisdiction and cause
/// (first, rows, reload, knowledge, reviews), each swap, and each read by whether the snapshot was
/// current, stale (a refresh was woken) or had to be built first; and a trace span per build.
/// </summary>
public sealed class AnalysisTelemetry
{
    /// <summary>The meter and activity source name every DutyGraph instrument uses.</summary>
    public const string Name = "DutyGraph";

    private readonly Histogram<double> _builds;
    private readonly Counter<long> _swaps;
    private readonly Counter<long> _reads;

    public AnalysisTelemetry(Meter meter)
    {
        _builds = meter.CreateHistogram<double>("dutygraph.analysis.snapshot.build.duration", "ms", "How long a snapshot took to build, by jurisdiction and cause");
        _swaps = meter.CreateCounter<long>("dutygraph.analysis.snapshot.swaps", description: "Snapshots replaced by newer ones");
        _reads = meter.CreateCounter<long>("dutygraph.analysis.snapshot.reads", description: "Snapshot reads, by whether it was current, stale or built for the reader");
        Activities = new ActivitySource(Name);
    }

    public ActivitySource Activities { get; }

    public void Built(string? jurisdiction, string cause, TimeSpan took) =>
        _builds.Record(took.TotalMilliseconds, new KeyValuePair<string, object?>("jurisdiction", jurisdiction ?? "*"), new KeyValuePair<string, object?>("cause", cause));

    public void Swapped(string? jurisdiction) => _swaps.Add(1, new KeyValuePair<string, object?>("jurisdiction", jurisdiction ?? "*"));

    public void Read(string freshness) => _reads.Add(1, new KeyValuePair<string, object?>("freshness", freshness));
}
