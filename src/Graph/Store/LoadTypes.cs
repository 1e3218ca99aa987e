using DutyGraph.Graph.Datasets;

namespace DutyGraph.Graph.Store;

/// <summary>
/// How a bulk load treats what is stored: <see cref="Merge"/> adds and updates records by
/// their keys (a duty's holders become those the dataset lists) and removes nothing;
/// <see cref="Replace"/> first removes everything.
/// </summary>
public enum LoadMode
{
    Merge,
    Replace,
}

/// <summary>Where a bulk load is: a stage, and rows done out of the total.</summary>
public sealed record LoadProgress(string Stage, long Done, long Total);

/// <summary>What a bulk load did, with its warnings (dangling references, by file and line).</summary>
public sealed record LoadSummary(
    int Units, int Sections, int Duties, int Holdings, int DutyRows, int Correspondences,
    IReadOnlyList<Problem> Warnings)
{
    /// <summary>The rows loaded from all files.</summary>
    public int Rows => Units + Sections + DutyRows + Correspondences;
}
