using System.Collections.Concurrent;
using DutyGraph.Graph.Analysis.Meanings;
using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Analysis;

/// <summary>A duplicate cluster with the reviewer's mark, if it has one.</summary>
public sealed record MarkedCluster(DuplicateCluster Cluster, ClusterMark? Mark);

/// <summary>A read model with what the analyses build over it: the duties' meanings, the search index, staff feedback and cluster marks.</summary>
public sealed class AnalysisModel
{
    private readonly Lazy<ModelMeanings> _meanings;
    private readonly Lazy<ResponsibilityFinder> _finder;
    private readonly Lazy<IReadOnlyList<OrphanFinding>> _orphans;
    private readonly ConcurrentDictionary<double, Lazy<IReadOnlyList<DuplicateCluster>>> _duplicates = new();

    public AnalysisModel(long stamp, ReadModel model, Knowledge knowledge, IReadOnlyList<StaffFeedback> feedback, IReadOnlyList<ClusterMark> marks)
    {
        Stamp = stamp;
        ReadModel = model;
        Knowledge = knowledge;
        Marks = marks.ToDictionary(m => m.Key);
        _meanings = new(() => new ModelMeanings(model, knowledge.Reader), LazyThreadSafetyMode.ExecutionAndPublication);
        _orphans = new(() => OrphanFinder.Find(model, knowledge.Reader), LazyThreadSafetyMode.ExecutionAndPublication);
        _finder = new(() => new ResponsibilityFinder(model, new DutyIndex(model.Duties), Meanings, feedback, Orphans),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public long Stamp { get; }
    public ReadModel ReadModel { get; }
    public Knowledge Knowledge { get; }
    public IReadOnlyDictionary<string, ClusterMark> Marks { get; }

    /// <summary>How the catalogue reads the model's duties and units.</summary>
    public ModelMeanings Meanings => _meanings.Value;

    public ResponsibilityResult Ask(string question, string? jurisdiction, int first, CancellationToken ct = default) =>
        _finder.Value.Ask(question, jurisdiction ?? ReadModel.Jurisdiction, first, ct);

    public IReadOnlyList<ResponsibilityAnswer> WhoIsResponsible(string question, string? jurisdiction, int first) =>
        Ask(question, jurisdiction, first).Answers;

    public IReadOnlyList<OrphanFinding> Orphans => _orphans.Value;

    /// <summary>
    /// The clusters at that score with their marks, of the kinds asked (null: the overlaps to clean
    /// up, not 审管分离); those a reviewer marked only when asked for (later runs respect marks).
    /// </summary>
    public IReadOnlyList<MarkedCluster> Clusters(double minScore, bool includeMarked, IReadOnlyCollection<DuplicateKind>? kinds = null) =>
        [.. Duplicates(minScore).Where(c => kinds is null ? !c.Intentional : kinds.Contains(c.Kind))
            .Select(c => new MarkedCluster(c, Marks.GetValueOrDefault(c.Key))).Where(m => includeMarked || m.Mark is null)];

    /// <remarks>Scores are kept to two decimals, so that callers asking for 0.4 and 0.400001 share one scan.</remarks>
    public IReadOnlyList<DuplicateCluster> Duplicates(double minScore) => _duplicates.GetOrAdd(Math.Round(minScore, 2),
        s => new Lazy<IReadOnlyList<DuplicateCluster>>(() => DuplicateFinder.Find(ReadModel, Meanings, s))).Value;
}

/// <summary>
/// The analyses' models, built once per (jurisdiction, date) and kept while the store does not
/// change: every request checks the store's change stamp, and a stale model is built again.
/// The knowledge (catalogue with staff additions, corrections) is read once per change stamp.
/// </summary>
public sealed class AnalysisModels(IGraphStore store, int capacity = 32)
{
    private readonly ConcurrentDictionary<(string?, DateOnly), Lazy<Task<AnalysisModel>>> _models = new();
    private readonly Lock _gate = new();
    private (long Stamp, Task<Knowledge> Knowledge)? _knowledge;

    /// <summary>The knowledge at the store's present change stamp.</summary>
    public async Task<Knowledge> KnowledgeAsync(CancellationToken ct) => await KnowledgeAt(await store.ChangeStampAsync(ct)).WaitAsync(ct);

    private Task<Knowledge> KnowledgeAt(long stamp)
    {
        lock (_gate)
        {
            if (_knowledge is not { } cached || cached.Stamp < stamp || cached.Knowledge.IsFaulted)
            {
                _knowledge = cached = (stamp, Knowledge.LoadAsync(store, stamp, CancellationToken.None));
            }
            return cached.Knowledge;
        }
    }

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
        var knowledge = await KnowledgeAt(stamp).WaitAsync(ct);
        return new AnalysisModel(stamp, model, knowledge, await store.ListFeedbackAsync(ct), await store.ListClusterMarksAsync(ct));
    }
}
