using DutyGraph.Graph.Duties;

namespace DutyGraph.Graph.Analysis.Overlaps;

public enum DuplicateKind
{
    /// <summary>The same duty (after normalisation) led by two holders.</summary>
    Exact,
    /// <summary>Worded differently, the same responsibility.</summary>
    Near,
}

/// <summary>A lead holding of a duty, as a member of a cluster.</summary>
public sealed record ClusterMember(Duty Duty, Holding Holding);

/// <summary>
/// Duties led by different holders of one jurisdiction that describe the same responsibility:
/// the members, a score (the average of the pairs that join them), why, and a stable key reviewers' marks refer to.
/// </summary>
public sealed record DuplicateCluster(string Key, DuplicateKind Kind, double Score, IReadOnlyList<ClusterMember> Members, IReadOnlyList<string> Explanation);
