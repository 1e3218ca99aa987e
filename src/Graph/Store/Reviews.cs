using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Store;

/// <summary>How a reviewer marked an overlap cluster.</summary>
public enum ClusterStatus
{
    /// <summary>The overlap is deliberate (e.g. two units really share the work); later runs leave it out.</summary>
    Intentional,
    /// <summary>The overlap was cleaned up; if it is found again, it comes back marked as having been resolved.</summary>
    Resolved,
    /// <summary>The duties are not the same matter after all (the catalogue read them wrongly); later runs leave the cluster out.</summary>
    NotDuplicate,
}

/// <summary>A reviewer's mark on a duplicate cluster, by the cluster's stable key.</summary>
public sealed record ClusterMark(string Key, ClusterStatus Status, string Reason, string? By, DateTimeOffset At);

/// <summary>What the analyses keep besides the graph: thesaurus entries staff added, staff feedback, and cluster marks.</summary>
public interface IAnalysisStore
{
    /// <summary>A number that changes whenever anything stored changes (by this process or another): cached analyses compare it.</summary>
    Task<long> ChangeStampAsync(CancellationToken ct);

    Task<IReadOnlyList<ThesaurusEntry>> ListThesaurusAsync(CancellationToken ct);

    /// <summary>Adds entries (an entry already there is kept once); returns how many were new.</summary>
    Task<int> AddThesaurusAsync(IReadOnlyCollection<ThesaurusEntry> entries, CancellationToken ct);

    Task<StaffFeedback> AddFeedbackAsync(StaffFeedback feedback, CancellationToken ct);

    Task<IReadOnlyList<StaffFeedback>> ListFeedbackAsync(CancellationToken ct);

    /// <summary>Marks a cluster (a later mark of the same key replaces the earlier one).</summary>
    Task<ClusterMark> MarkClusterAsync(ClusterMark mark, CancellationToken ct);

    Task<IReadOnlyList<ClusterMark>> ListClusterMarksAsync(CancellationToken ct);

    /// <summary>Keeps a staff correction of how a duty is read, by its list and key (a later one for the same duty replaces it).</summary>
    Task<DutyCorrection> CorrectDutyAsync(DutyCorrection correction, CancellationToken ct);

    Task<IReadOnlyList<DutyCorrection>> ListCorrectionsAsync(CancellationToken ct);
}
