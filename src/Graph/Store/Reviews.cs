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

/// <summary>
/// What changed between two change stamps: the jurisdictions whose lists (units, sections,
/// duties, holdings, correspondences, corrections) changed, null when the store cannot tell
/// (then any list may have); whether the knowledge (thesaurus, corrections) and the reviews
/// (feedback, cluster marks) changed.
/// </summary>
public sealed record StoreChanges(long Stamp, IReadOnlySet<string>? Lists, bool Knowledge, bool Reviews)
{
    /// <summary>The rows that changed, where the store can tell and they are not too many to fetch one by one; null: load the lists again.</summary>
    public ChangedRows? Rows { get; init; }

    /// <summary>Nothing changed since the stamp.</summary>
    public static StoreChanges None(long stamp) => new(stamp, new HashSet<string>(), false, false) { Rows = ChangedRows.None };

    /// <summary>Anything may have changed since then.</summary>
    public static StoreChanges Anything(long stamp) => new(stamp, null, true, true);

    /// <summary>Whether a change of these lists can touch the model of a jurisdiction (with those above and below it; null: the whole store).</summary>
    public bool Touches(string? jurisdiction) => Lists is null || (Lists.Count > 0 && (jurisdiction is null || Lists.Any(list => OnOneLine(list, jurisdiction))));

    private static bool OnOneLine(string a, string b) =>
        a == b || a.StartsWith(b + Jurisdictions.Jurisdiction.Separator, StringComparison.Ordinal)
        || b.StartsWith(a + Jurisdictions.Jurisdiction.Separator, StringComparison.Ordinal);
}

/// <summary>
/// Which rows changed, by id (a changed or removed row alike; fetching it again tells which):
/// units, sections, duties, the holdings of a duty (all of them), correspondences, and whether
/// any jurisdiction did.
/// </summary>
public sealed record ChangedRows(IReadOnlySet<long> Units, IReadOnlySet<long> Sections, IReadOnlySet<long> Duties,
    IReadOnlySet<long> HoldingsOfDuties, IReadOnlySet<long> Correspondences, bool Jurisdictions)
{
    public static readonly ChangedRows None = new(new HashSet<long>(), new HashSet<long>(), new HashSet<long>(), new HashSet<long>(), new HashSet<long>(), false);
}

/// <summary>What the analyses keep besides the graph: thesaurus entries staff added, staff feedback, and cluster marks.</summary>
public interface IAnalysisStore
{
    /// <summary>A number that changes whenever anything stored changes (by this process or another): cached analyses compare it.</summary>
    Task<long> ChangeStampAsync(CancellationToken ct);

    /// <summary>What changed after a change stamp (by this process or another): the lists touched, and whether the knowledge or the reviews were.</summary>
    Task<StoreChanges> ChangesSinceAsync(long stamp, CancellationToken ct);

    Task<IReadOnlyList<ThesaurusEntry>> ListThesaurusAsync(CancellationToken ct);

    /// <summary>Adds entries (an entry already there is kept once); returns how many were new.</summary>
    Task<int> AddThesaurusAsync(IReadOnlyCollection<ThesaurusEntry> entries, CancellationToken ct);

    Task<StaffFeedback> AddFeedbackAsync(StaffFeedback feedback, CancellationToken ct);

    Task<IReadOnlyList<StaffFeedback>> ListFeedbackAsync(CancellationToken ct);

    /// <summary>Marks a cluster (a later mark of the same key replaces the earlier one).</summary>
    Task<ClusterMark> MarkClusterAsync(ClusterMark mark, CancellationToken ct);

    Task<IReadOnlyList<ClusterMark>> ListClusterMarksAsync(CancellationToken ct);

    /// <summary>Takes a cluster's mark away (later runs report the cluster again); false when it had none.</summary>
    Task<bool> UnmarkClusterAsync(string key, CancellationToken ct);

    /// <summary>Keeps a staff correction of how a duty is read, by its list and key (a later one for the same duty replaces it).</summary>
    Task<DutyCorrection> CorrectDutyAsync(DutyCorrection correction, CancellationToken ct);

    Task<IReadOnlyList<DutyCorrection>> ListCorrectionsAsync(CancellationToken ct);
}
