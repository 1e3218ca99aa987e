using System.Collections.Concurrent;
using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Analysis.Text;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Analysis;

/// <summary>A duplicate cluster with the reviewer's mark, if it has one.</summary>
public sealed record MarkedCluster(DuplicateCluster Cluster, ClusterMark? Mark);

/// <summary>A read model with what the analyses build over it: the search index, the thesaurus, staff feedback and cluster marks.</summary>
public sealed class AnalysisModel(long stamp, ReadModel model, Thesaurus thesaurus, IReadOnlyList<StaffFeedback> feedback, IReadOnlyList<ClusterMark> marks)
{
    private readonly Lazy<ResponsibilityFinder> _finder = new(
        () => new ResponsibilityFinder(model, new DutyIndex(model.Duties), thesaurus, feedback), LazyThreadSafetyMode.PublicationOnly);
    private readonly Lazy<IReadOnlyList<OrphanFinding>> _orphans = new(() => OrphanFinder.Find(model), LazyThreadSafetyMode.PublicationOnly);
    private readonly ConcurrentDictionary<double, Lazy<IReadOnlyList<DuplicateCluster>>> _duplicates = new();

    public long Stamp { get; } = stamp;
    public ReadModel ReadModel { get; } = model;
    public Thesaurus Thesaurus { get; } = thesaurus;
    public IReadOnlyDictionary<string, ClusterMark> Marks { get; } = marks.ToDictionary(m => m.Key);

    public IReadOnlyList<ResponsibilityAnswer> WhoIsResponsible(string question, string? jurisdiction, int first) =>
        _finder.Value.Ask(question, jurisdiction ?? ReadModel.Jurisdiction, first);

    public IReadOnlyList<OrphanFinding> Orphans => _orphans.Value;

    /// <summary>The clusters at that score with their marks; those a reviewer marked only when asked for (later runs respect marks).</summary>
    public IReadOnlyList<MarkedCluster> Clusters(double minScore, bool includeMarked) =>
        [.. Duplicates(minScore).Select(c => new MarkedCluster(c, Marks.GetValueOrDefault(c.Key))).Where(m => includeMarked || m.Mark is null)];

    /// <remarks>Scores are kept to two decimals, so that callers asking for 0.4 and 0.400001 share one scan.</remarks>
    public IReadOnlyList<DuplicateCluster> Duplicates(double minScore) => _duplicates.GetOrAdd(Math.Round(minScore, 2),
        s => new Lazy<IReadOnlyList<DuplicateCluster>>(() => DuplicateFinder.Find(ReadModel, Thesaurus, s))).Value;
}

/// <summary>
/// The analyses' models, built once per (jurisdiction, date) and kept while the store does not
/// change: every request checks the store's change stamp, and a stale model is built again.
/// </summary>
public sealed class AnalysisModels(IGraphStore store, int capacity = 32)
{
    private readonly ConcurrentDictionary<(string?, DateOnly), Lazy<Task<AnalysisModel>>> _models = new();
    private readonly Lock _gate = new();
    private (long Stamp, Task<Thesaurus> Words)? _thesaurus;

    /// <summary>The store's thesaurus, read once per change stamp and shared by every model built at it.</summary>
    public async Task<Thesaurus> ThesaurusAsync(CancellationToken ct) => await ThesaurusAt(await store.ChangeStampAsync(ct)).WaitAsync(ct);

    private Task<Thesaurus> ThesaurusAt(long stamp)
    {
        lock (_gate)
        {
            if (_thesaurus is not { } cached || cached.Stamp < stamp || cached.Words.IsFaulted)
            {
                _thesaurus = cached = (stamp, ReadThesaurusAsync());
            }
            return cached.Words;
        }
    }

    private async Task<Thesaurus> ReadThesaurusAsync() => new(await store.ListThesaurusAsync(CancellationToken.None));

    public async Task<AnalysisModel> GetAsync(string? jurisdiction, DateOnly asOf, CancellationToken ct)
    {
        var key = (jurisdiction is null ? null : Jurisdiction.Canonical(jurisdiction), asOf);
        var stamp = await store.ChangeStampAsync(ct);
        while (true)
        {
            var entry = _models.GetOrAdd(key, k => new Lazy<Task<AnalysisModel>>(() => BuildAsync(k.Item1, k.Item2, stamp, CancellationToken.None)));
            AnalysisModel model;
            try
            {
                model = await entry.Value.WaitAsync(ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                _models.TryRemove(new KeyValuePair<(string?, DateOnly), Lazy<Task<AnalysisModel>>>(key, entry));
                throw;
            }
            if (model.Stamp >= stamp)
            {
                return model;
            }
            _models.TryRemove(new KeyValuePair<(string?, DateOnly), Lazy<Task<AnalysisModel>>>(key, entry));
        }
    }

    private async Task<AnalysisModel> BuildAsync(string? jurisdiction, DateOnly asOf, long stamp, CancellationToken ct)
    {
        if (_models.Count > capacity)
        {
            _models.Clear();
        }
        var model = await store.LoadReadModelAsync(jurisdiction, asOf, ct);
        var thesaurus = await ThesaurusAt(stamp).WaitAsync(ct);
        return new AnalysisModel(stamp, model, thesaurus, await store.ListFeedbackAsync(ct), await store.ListClusterMarksAsync(ct));
    }
}
