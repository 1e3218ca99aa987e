using DutyGraph.Graph.Duties;

namespace DutyGraph.Graph.Analysis.Overlaps;

public enum DuplicateKind
{
    /// <summary>重复: the same duty (after normalisation) led by two holders.</summary>
    Exact,
    /// <summary>重复: worded differently, one matter with the same action under two lead holders.</summary>
    Near,
    /// <summary>交叉: two lead units over one matter with different actions (one licenses, another inspects).</summary>
    Cross,
    /// <summary>审管分离: a 行政审批局 holds the permit and the department supervises after it; intentional, reported apart.</summary>
    Separated,
}

/// <summary>A lead holding of a duty, as a member of a cluster, with why it is in (its action on the cluster's matter).</summary>
public sealed record ClusterMember(Duty Duty, Holding Holding, string Why);

/// <summary>
/// Duties led by different holders of one list that are about one matter: the matter, the
/// members (every pair of them is an overlap of the cluster's kind), a score, why, and a stable
/// key reviewers' marks refer to.
/// </summary>
public sealed record DuplicateCluster(
    string Key, DuplicateKind Kind, double Score, string? Matter, IReadOnlyList<ClusterMember> Members, IReadOnlyList<string> Explanation)
{
    /// <summary>An arrangement the law intends (审管分离), reported apart from the overlaps to clean up.</summary>
    public bool Intentional => Kind == DuplicateKind.Separated;
}

public static class DuplicateKinds
{
    /// <summary>The name staff read: 完全重复, 重复（表述不同）, 交叉, 审管分离.</summary>
    public static string ChineseName(DuplicateKind kind) => kind switch
    {
        DuplicateKind.Exact => "完全重复",
        DuplicateKind.Near => "重复（表述不同）",
        DuplicateKind.Cross => "职责交叉",
        _ => "审管分离",
    };
}
