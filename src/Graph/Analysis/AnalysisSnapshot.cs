using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Search;

namespace DutyGraph.Graph.Analysis;

/// <summary>What the three answers are asked of: one jurisdiction's snapshot, or the whole store's made of every top jurisdiction's.</summary>
public interface IAnalysisSnapshot
{
    /// <summary>The store's change stamp the snapshot reflects (of a whole-store snapshot: the oldest of its parts).</summary>
    long Stamp { get; }

    /// <summary>When the snapshot's read model was built (of a whole-store snapshot: the oldest part's).</summary>
    DateTimeOffset BuiltAt { get; }

    ResponsibilityResult Ask(string question, string? jurisdiction, int first, CancellationToken ct = default);

    IReadOnlyList<OrphanFinding> Orphans { get; }

    IReadOnlyList<MarkedCluster> Clusters(double minScore, bool includeMarked, IReadOnlyCollection<DuplicateKind>? kinds, CancellationToken ct);
}

/// <summary>
/// The whole store as the snapshots of its top jurisdictions (counties, cities with their
/// districts and townships): a question is asked of each over all its lists and the answers are
/// ranked together; orphans and overlaps (always within one list) are put together. No snapshot
/// of the whole store is ever built, so a change rebuilds only its own jurisdiction's.
/// </summary>
public sealed class WholeStoreSnapshot(IReadOnlyList<AnalysisModel> parts) : IAnalysisSnapshot
{
    public long Stamp => parts.Count == 0 ? 0 : parts.Min(p => p.Stamp);

    public DateTimeOffset BuiltAt => parts.Count == 0 ? default : parts.Min(p => p.BuiltAt);

    public ResponsibilityResult Ask(string question, string? jurisdiction, int first, CancellationToken ct = default)
    {
        var results = new List<ResponsibilityResult>(parts.Count);
        foreach (var part in parts)
        {
            ct.ThrowIfCancellationRequested();
            results.Add(part.AskEveryList(question, first, ct));
        }
        if (results.Count == 0)
        {
            return ResponsibilityResult.Nothing;
        }
        return new ResponsibilityResult(
            [.. results.SelectMany(r => r.Answers).OrderByDescending(a => a.Score).ThenByDescending(a => a.Confidence).ThenBy(a => a.Unit.Id).Take(first)],
            [.. results.SelectMany(r => r.Unheld).Take(3)],
            results[0].Reading);
    }

    public IReadOnlyList<OrphanFinding> Orphans => [.. parts.SelectMany(p => p.Orphans)];

    public IReadOnlyList<MarkedCluster> Clusters(double minScore, bool includeMarked, IReadOnlyCollection<DuplicateKind>? kinds, CancellationToken ct) =>
        [.. parts.SelectMany(p => p.Clusters(minScore, includeMarked, kinds, ct)).OrderByDescending(c => c.Cluster.Score)
            .ThenBy(c => c.Cluster.Members[0].Duty.Id).ThenBy(c => c.Cluster.Key, StringComparer.Ordinal)];
}
