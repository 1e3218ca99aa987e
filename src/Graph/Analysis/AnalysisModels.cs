using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Analysis;

/// <summary>
/// The analyses' snapshots, one per jurisdiction (null: the whole store) and date, kept current
/// off the request path. A reader gets the newest snapshot at once; when the store has changed
/// since, it also wakes the refresher, which asks the store what changed and brings up to date
/// only the snapshots a change touched: it fetches just the rows that changed and rebuilds the
/// snapshot from them (the duties' readings are kept), then swaps it in. A
/// change of staff reviews only swaps the reviews; a change of the knowledge (additions,
/// corrections) re-reads only the titles it can touch. Only the first reader of a jurisdiction
/// and date waits for its snapshot to be built. A writer that wants its change to be seen calls
/// <see cref="CatchUpAsync"/>.
/// </summary>
public sealed class AnalysisModels(IGraphStore store, int capacity = 32, TimeProvider? clock = null, AnalysisTelemetry? telemetry = null) : IDisposable
{
    /// <summary>Under steady writes, a refresh round waits this many times as long as the last one took before it starts, so that rebuilding takes at most a fifth of one processor.</summary>
    private const int RestFactor = 4;

    /// <summary>How many dates' snapshots a jurisdiction keeps (today's, and a few asked about).</summary>
    private const int DatesKept = 4;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly SemaphoreSlim _sharing = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Lazy<Task<ListSnapshots>>> _lists = new(StringComparer.Ordinal);
    private Task<Shared>? _shared;
    private int _wanted;
    private long _covered;
    private DateTimeOffset _nextRound;
    private TaskCompletionSource<bool> _roundDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Knowledge and reviews as of a change stamp.</summary>
    private sealed record Shared(long Stamp, Knowledge Knowledge, StaffReviews Reviews);

    /// <summary>A jurisdiction's rows as of a stamp, with the snapshot of each date asked for.</summary>
    private sealed class ListSnapshots(string? jurisdiction, ModelRows rows, long stamp, Shared shared)
    {
        public string? Jurisdiction { get; } = jurisdiction;
        public ModelRows Rows { get; set; } = rows;
        public long Stamp { get; set; } = stamp;
        public Shared Shared { get; set; } = shared;
        public Dictionary<DateOnly, AnalysisModel> Models { get; set; } = [];
        public long LastUsed { get; set; }
        public Dictionary<DateOnly, long> DateUsed { get; } = [];
    }

    /// <summary>The knowledge as the store has it now: staff additions and corrections are read again when they changed (a cheap read, no snapshot is rebuilt).</summary>
    public async Task<Knowledge> KnowledgeAsync(CancellationToken ct) => (await SharedNowAsync(ct)).Knowledge;

    /// <summary>The knowledge and reviews at the store's present stamp.</summary>
    private async Task<Shared> SharedNowAsync(CancellationToken ct)
    {
        var shared = await SharedAsync(ct);
        if (shared.Stamp >= await store.ChangeStampAsync(ct))
        {
            return shared;
        }
        await _sharing.WaitAsync(ct);
        try
        {
            shared = await SharedAsync(ct);
            var changes = await store.ChangesSinceAsync(shared.Stamp, ct);
            if (changes.Stamp <= shared.Stamp)
            {
                return shared;
            }
            var knowledge = changes.Knowledge
                ? shared.Knowledge.Next(changes.Stamp, await store.ListThesaurusAsync(ct), await store.ListCorrectionsAsync(ct))
                : shared.Knowledge;
            var reviews = changes.Reviews ? new StaffReviews(await store.ListFeedbackAsync(ct), await store.ListClusterMarksAsync(ct)) : shared.Reviews;
            shared = new Shared(changes.Stamp, knowledge, reviews);
            lock (_gate)
            {
                _shared = Task.FromResult(shared);
            }
            return shared;
        }
        finally
        {
            _sharing.Release();
        }
    }

    /// <summary>The newest snapshot of a jurisdiction (null: the whole store) on a date; a stale one wakes the refresher.</summary>
    public async Task<AnalysisModel> GetAsync(string? jurisdiction, DateOnly asOf, CancellationToken ct)
    {
        var key = jurisdiction is null ? "" : Jurisdiction.Canonical(jurisdiction);
        var stamp = await store.ChangeStampAsync(ct);
        var list = await ListAsync(key, jurisdiction is null ? null : key, ct);
        AnalysisModel? model;
        (ModelRows Rows, long Stamp, Shared Shared) held;
        lock (_gate)
        {
            list.LastUsed = _clock.GetTimestamp();
            model = list.Models.GetValueOrDefault(asOf);
            if (model is not null)
            {
                list.DateUsed[asOf] = list.LastUsed;
            }
            held = (list.Rows, list.Stamp, list.Shared);
        }
        if (model is null)
        {
            // A date not asked before is built from the rows held (no store read); it is kept only if no refresh moved the rows on meanwhile.
            var started = _clock.GetTimestamp();
            using (telemetry?.Activities.StartActivity("snapshot build")?.SetTag("jurisdiction", key).SetTag("cause", "first"))
            {
                model = await Task.Run(() => new AnalysisModel(held.Stamp, held.Rows.On(asOf), held.Shared.Knowledge, held.Shared.Reviews, _clock.GetUtcNow()).Warm(), ct);
            }
            telemetry?.Built(list.Jurisdiction, "first", _clock.GetElapsedTime(started));
            telemetry?.Read("built");
            lock (_gate)
            {
                if (list.Models.TryGetValue(asOf, out var kept))
                {
                    model = kept;
                }
                else if (list.Stamp == held.Stamp && list.Shared == held.Shared)
                {
                    // A few dates are kept per jurisdiction; beyond them the one asked about longest ago goes.
                    var models = new Dictionary<DateOnly, AnalysisModel>(list.Models) { [asOf] = model };
                    if (models.Count > DatesKept)
                    {
                        var oldest = list.Models.Keys.MinBy(d => list.DateUsed.GetValueOrDefault(d));
                        models.Remove(oldest);
                        list.DateUsed.Remove(oldest);
                    }
                    list.DateUsed[asOf] = list.LastUsed;
                    list.Models = models;
                }
            }
        }
        else
        {
            telemetry?.Read(model.Stamp < stamp ? "stale" : "current");
        }
        if (model.Stamp < stamp)
        {
            Wake();
        }
        return model;
    }

    /// <summary>
    /// What the answers of a jurisdiction are asked of: its snapshot, or, for the whole store
    /// (null), the snapshots of every top jurisdiction together.
    /// </summary>
    public async Task<IAnalysisSnapshot> SnapshotAsync(string? jurisdiction, DateOnly asOf, CancellationToken ct)
    {
        if (jurisdiction is not null)
        {
            return await GetAsync(jurisdiction, asOf, ct);
        }
        var tops = (await store.ListJurisdictionsAsync(ct)).Where(j => j.Parent is null).Select(j => j.Name).ToList();
        var parts = new List<AnalysisModel>(tops.Count);
        foreach (var top in tops)
        {
            parts.Add(await GetAsync(top, asOf, ct));
        }
        return new WholeStoreSnapshot(parts);
    }

    /// <summary>
    /// Waits until a refresh round has taken in everything the store held when this was called
    /// (a writer calls it after writing, so that its next read sees its change). Writers waiting
    /// together share a round; a round starts at once after a quiet spell, and under steady
    /// writes no sooner than <see cref="RestFactor"/> times the last round's length after it, so
    /// that rebuilding never takes more than a share of the processor from readers.
    /// </summary>
    public async Task CatchUpAsync(CancellationToken ct)
    {
        var target = await store.ChangeStampAsync(ct);
        while (Interlocked.Read(ref _covered) < target)
        {
            Task round;
            lock (_gate)
            {
                round = _roundDone.Task;
            }
            Wake();
            await round.WaitAsync(ct);
        }
    }

    /// <summary>Asks for a refresh round in the background; one is enough however many readers and writers ask.</summary>
    private void Wake()
    {
        if (Interlocked.Exchange(ref _wanted, 1) == 1)
        {
            return;
        }
        _ = Task.Run(async () =>
        {
            var ct = _stopping.Token;
            TaskCompletionSource<bool> done;
            try
            {
                var wait = _nextRound - _clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _clock, ct);
                }
                await _refreshing.WaitAsync(ct);
                lock (_gate)
                {
                    done = _roundDone;
                    _roundDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
                }
                var started = _clock.GetTimestamp();
                try
                {
                    Interlocked.Exchange(ref _wanted, 0);
                    var target = await store.ChangeStampAsync(ct);
                    await RefreshAsync(ct);
                    InterlockedMax(ref _covered, target);
                }
                finally
                {
                    _nextRound = _clock.GetUtcNow() + (_clock.GetElapsedTime(started) * RestFactor);
                    _refreshing.Release();
                    done.TrySetResult(true);
                }
            }
            catch (Exception) when (ct.IsCancellationRequested)
            {
            }
            catch (Exception)
            {
                // The store was busy or failed: the snapshots stay as they are, and the next reader or writer wakes the refresher again.
                Interlocked.Exchange(ref _wanted, 0);
            }
        }, CancellationToken.None);
    }

    private static void InterlockedMax(ref long location, long value)
    {
        var seen = Interlocked.Read(ref location);
        while (seen < value && Interlocked.CompareExchange(ref location, value, seen) is var now && now != seen)
        {
            seen = now;
        }
    }

    /// <summary>One round of bringing every snapshot up to the store's present change stamp.</summary>
    private async Task RefreshAsync(CancellationToken ct)
    {
        var shared = await SharedNowAsync(ct);
        foreach (var list in await HeldAsync())
        {
            ct.ThrowIfCancellationRequested();
            if (list.Stamp >= shared.Stamp && list.Shared == shared)
            {
                continue;
            }
            await RefreshListAsync(list, shared, ct);
        }
    }

    private async Task RefreshListAsync(ListSnapshots list, Shared shared, CancellationToken ct)
    {
        var changes = await store.ChangesSinceAsync(list.Stamp, ct);
        var rowsChanged = changes.Touches(list.Jurisdiction);
        var cause = rowsChanged ? (changes.Rows is null ? "reload" : "rows")
            : list.Shared.Knowledge != shared.Knowledge ? "knowledge" : list.Shared.Reviews != shared.Reviews ? "reviews" : "stamp";
        using var activity = telemetry?.Activities.StartActivity("snapshot refresh")?.SetTag("jurisdiction", list.Jurisdiction ?? "*").SetTag("cause", cause);
        var rows = !rowsChanged ? list.Rows
            : changes.Rows is { } changed ? list.Rows.With(await RowDelta.FetchAsync(store, changed, ct))
            : await store.LoadModelRowsAsync(list.Jurisdiction, ct);
        var started = _clock.GetTimestamp();
        Dictionary<DateOnly, AnalysisModel> models;
        lock (_gate)
        {
            models = new(list.Models);
        }
        var rebuild = rowsChanged || list.Shared.Knowledge != shared.Knowledge;
        foreach (var (day, model) in models)
        {
            models[day] = rebuild
                ? await Task.Run(() => new AnalysisModel(changes.Stamp, rows.On(day), shared.Knowledge, shared.Reviews, _clock.GetUtcNow(), model).Warm(), ct)
                : model.WithReviews(changes.Stamp, shared.Reviews);
        }
        var took = _clock.GetElapsedTime(started);
        lock (_gate)
        {
            (list.Rows, list.Stamp, list.Shared, list.Models) = (rows, changes.Stamp, shared, models);
        }
        telemetry?.Built(list.Jurisdiction, cause, took);
        telemetry?.Swapped(list.Jurisdiction);
    }

    private async Task<List<ListSnapshots>> HeldAsync()
    {
        List<Lazy<Task<ListSnapshots>>> held;
        lock (_gate)
        {
            held = [.. _lists.Values];
        }
        var lists = new List<ListSnapshots>();
        foreach (var entry in held.Where(e => e.IsValueCreated && e.Value.IsCompletedSuccessfully))
        {
            lists.Add(await entry.Value);
        }
        return lists;
    }


    private Task<Shared> SharedAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            if (_shared is null || _shared.IsFaulted || _shared.IsCanceled)
            {
                _shared = LoadSharedAsync();
            }
            return _shared.WaitAsync(ct);
        }
    }

    private async Task<Shared> LoadSharedAsync()
    {
        var ct = _stopping.Token;
        var stamp = await store.ChangeStampAsync(ct);
        var knowledge = await Knowledge.LoadAsync(store, stamp, ct);
        return new Shared(stamp, knowledge, new StaffReviews(await store.ListFeedbackAsync(ct), await store.ListClusterMarksAsync(ct)));
    }

    /// <summary>
    /// A jurisdiction's rows, read on first asking under the asker's cancellation: a request
    /// stopped at its time limit stops the read too, and whoever waited on it with time left
    /// starts it again.
    /// </summary>
    private async Task<ListSnapshots> ListAsync(string key, string? jurisdiction, CancellationToken ct)
    {
        while (true)
        {
            Lazy<Task<ListSnapshots>> entry;
            lock (_gate)
            {
                if (!_lists.TryGetValue(key, out entry!) || entry.Value.IsFaulted || entry.Value.IsCanceled)
                {
                    Evict();
                    _lists[key] = entry = new(() => LoadListAsync(jurisdiction, ct));
                }
            }
            try
            {
                return await entry.Value.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                Forget(key, entry);
            }
            catch (Exception)
            {
                // A jurisdiction that does not exist (or a store that failed) is not kept.
                Forget(key, entry);
                throw;
            }
        }
    }

    private void Forget(string key, Lazy<Task<ListSnapshots>> entry)
    {
        lock (_gate)
        {
            if (_lists.TryGetValue(key, out var now) && now == entry)
            {
                _lists.Remove(key);
            }
        }
    }

    /// <summary>Reads a jurisdiction's rows; changes made while they are read are applied again by the next refresh.</summary>
    private async Task<ListSnapshots> LoadListAsync(string? jurisdiction, CancellationToken ct)
    {
        var shared = await SharedAsync(ct);
        var stamp = await store.ChangeStampAsync(ct);
        var rows = await store.LoadModelRowsAsync(jurisdiction, ct);
        return new ListSnapshots(jurisdiction, rows, stamp, shared);
    }

    /// <summary>Beyond the capacity, the jurisdiction least recently asked about is let go.</summary>
    private void Evict()
    {
        if (_lists.Count < capacity)
        {
            return;
        }
        var oldest = _lists.Where(l => l.Value.IsValueCreated && l.Value.Value.IsCompletedSuccessfully)
            .OrderBy(l => l.Value.Value.Result.LastUsed).Select(l => l.Key).FirstOrDefault();
        if (oldest is not null)
        {
            _lists.Remove(oldest);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
