using System.Collections.Concurrent;
using DutyGraph.Graph.Analysis.Meanings;
using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Analysis;

/// <summary>A duplicate cluster with the reviewer's mark, if it has one.</summary>
public sealed record MarkedCluster(DuplicateCluster Cluster, ClusterMark? Mark);

/// <summary>What staff said about the answers: feedback on who was right, and marks on overlap clusters.</summary>
public sealed record StaffReviews(IReadOnlyList<StaffFeedback> Feedback, IReadOnlyList<ClusterMark> Marks)
{
    public static readonly StaffReviews None = new([], []);
}

/// <summary>
/// A snapshot of the analyses of one jurisdiction on one date: the read model with what is built
/// over it (the duties' meanings, the search index, orphans, overlaps), the staff's reviews, and
/// the change stamp it reflects. It never changes; a newer snapshot replaces it.
/// </summary>
public sealed class AnalysisModel : IAnalysisSnapshot
{
    private readonly Lazy<ModelMeanings> _meanings;
    private readonly Lazy<ResponsibilityFinder> _finder;
    private readonly Lazy<IReadOnlyList<OrphanFinding>> _orphans;
    private readonly ConcurrentDictionary<double, IReadOnlyList<DuplicateCluster>> _duplicates;

    /// <param name="earlier">The snapshot this one replaces: its search index is extended rather than built again where duties were only added.</param>
    public AnalysisModel(long stamp, ReadModel model, Knowledge knowledge, StaffReviews reviews, DateTimeOffset builtAt = default, AnalysisModel? earlier = null)
    {
        Stamp = stamp;
        BuiltAt = builtAt;
        ReadModel = model;
        Knowledge = knowledge;
        Marks = reviews.Marks.ToDictionary(m => m.Key);
        _meanings = new(() => new ModelMeanings(model, knowledge.Reader), LazyThreadSafetyMode.ExecutionAndPublication);
        _orphans = new(() => OrphanFinder.Find(model, knowledge.Reader), LazyThreadSafetyMode.ExecutionAndPublication);
        var earlierIndex = earlier?.BuiltIndex;
        _finder = new(() => new ResponsibilityFinder(model, DutyIndex.Of(model.Duties, earlierIndex), Meanings, reviews.Feedback, Orphans),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _duplicates = new();
    }

    /// <summary>The same snapshot with other reviews (and the stamp they are of): nothing is built again.</summary>
    private AnalysisModel(AnalysisModel basis, long stamp, StaffReviews reviews)
    {
        Stamp = stamp;
        BuiltAt = basis.BuiltAt;
        ReadModel = basis.ReadModel;
        Knowledge = basis.Knowledge;
        Marks = reviews.Marks.ToDictionary(m => m.Key);
        _meanings = basis._meanings;
        _orphans = basis._orphans;
        _duplicates = basis._duplicates;
        var finder = basis._finder;
        _finder = new(() => finder.Value.WithFeedback(reviews.Feedback), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public AnalysisModel WithReviews(long stamp, StaffReviews reviews) => new(this, stamp, reviews);

    /// <summary>The search index, once built.</summary>
    private DutyIndex? BuiltIndex => _finder.IsValueCreated ? _finder.Value.Index : null;

    /// <summary>The store's change stamp this snapshot reflects.</summary>
    public long Stamp { get; }

    /// <summary>When the snapshot's read model was built.</summary>
    public DateTimeOffset BuiltAt { get; }

    public ReadModel ReadModel { get; }
    public Knowledge Knowledge { get; }
    public IReadOnlyDictionary<string, ClusterMark> Marks { get; }

    /// <summary>How the catalogue reads the model's duties and units.</summary>
    public ModelMeanings Meanings => _meanings.Value;

    public ResponsibilityResult Ask(string question, string? jurisdiction, int first, CancellationToken ct = default) =>
        _finder.Value.Ask(question, jurisdiction ?? ReadModel.Jurisdiction, first, ct);

    /// <summary>Asks of every list the snapshot holds (its jurisdiction's, those below it and those above it).</summary>
    public ResponsibilityResult AskEveryList(string question, int first, CancellationToken ct = default) =>
        _finder.Value.Ask(question, null, first, ct);

    public IReadOnlyList<ResponsibilityAnswer> WhoIsResponsible(string question, string? jurisdiction, int first) =>
        Ask(question, jurisdiction, first).Answers;

    public IReadOnlyList<OrphanFinding> Orphans => _orphans.Value;

    /// <summary>
    /// The clusters at that score with their marks, of the kinds asked (null: the overlaps to clean
    /// up, not 审管分离); those a reviewer marked only when asked for (later runs respect marks).
    /// </summary>
    public IReadOnlyList<MarkedCluster> Clusters(double minScore, bool includeMarked, IReadOnlyCollection<DuplicateKind>? kinds = null) =>
        Clusters(minScore, includeMarked, kinds, CancellationToken.None);

    /// <summary>The clusters as above; the scan (when not done before) stops when the caller gives up.</summary>
    public IReadOnlyList<MarkedCluster> Clusters(double minScore, bool includeMarked, IReadOnlyCollection<DuplicateKind>? kinds, CancellationToken ct) =>
        [.. Duplicates(minScore, ct).Where(c => kinds is null ? !c.Intentional : kinds.Contains(c.Kind))
            .Select(c => new MarkedCluster(c, Marks.GetValueOrDefault(c.Key))).Where(m => includeMarked || m.Mark is null)];

    /// <remarks>
    /// Scores are kept to two decimals, so that callers asking for 0.4 and 0.400001 share one scan.
    /// A scan is kept once done; one stopped halfway (its caller gave up) leaves nothing behind.
    /// </remarks>
    public IReadOnlyList<DuplicateCluster> Duplicates(double minScore, CancellationToken ct = default)
    {
        var key = Math.Round(minScore, 2);
        return _duplicates.TryGetValue(key, out var done) ? done : _duplicates.GetOrAdd(key, DuplicateFinder.Find(ReadModel, Meanings, key, ct));
    }

    /// <summary>Builds what the first answers need now, so that no reader waits for it.</summary>
    public AnalysisModel Warm()
    {
        _ = _finder.Value;
        return this;
    }
}
