namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>
/// The batch loaders of one execution (DataLoader style). A resolver asks a loader for a key
/// and awaits; the executor lets every field of the current level ask first, then fetches
/// each loader's keys in one call, so N parents asking for a child cost one fetch per level.
/// Values are cached for the rest of the execution.
/// </summary>
public sealed class BatchScope
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly List<IQueuedBatch> _queued = [];
    private TaskCompletionSource? _signal;

    /// <summary>The loader of that name in this execution, made on first use with its fetch function.</summary>
    public BatchLoader<TKey, TValue> Loader<TKey, TValue>(string name, BatchFetch<TKey, TValue> fetch) where TKey : notnull
    {
        lock (_gate)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                _loaders[name] = loader = new BatchLoader<TKey, TValue>(this, fetch);
            }
            return loader as BatchLoader<TKey, TValue>
                ?? throw new InvalidOperationException($"The batch loader '{name}' is used with two different key or value types.");
        }
    }

    /// <summary>Forgets every loader and its cache: the next field (of a mutation, after a write) reads afresh.</summary>
    internal void Forget()
    {
        lock (_gate)
        {
            _loaders.Clear();
        }
    }

    internal void Enqueue(IQueuedBatch batch)
    {
        TaskCompletionSource? signal;
        lock (_gate)
        {
            _queued.Add(batch);
            signal = _signal;
            _signal = null;
        }
        signal?.TrySetResult();
    }

    /// <summary>Fetches every queued batch (side by side) until the work is done.</summary>
    internal async Task<T> RunAsync<T>(Task<T> work, CancellationToken ct)
    {
        while (!work.IsCompleted)
        {
            List<IQueuedBatch> batches;
            Task? queued = null;
            lock (_gate)
            {
                batches = [.. _queued];
                _queued.Clear();
                if (batches.Count == 0)
                {
                    _signal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    queued = _signal.Task;
                }
            }
            if (queued is not null)
            {
                await Task.WhenAny(work, queued);
                continue;
            }
            await (batches.Count == 1 ? batches[0].DispatchAsync(ct) : Task.WhenAll(batches.Select(b => b.DispatchAsync(ct))));
        }
        return await work;
    }
}

/// <summary>Fetches the values of many keys at once; a key missing from the answer has no value (null).</summary>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> BatchFetch<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken ct) where TKey : notnull;

internal interface IQueuedBatch
{
    Task DispatchAsync(CancellationToken ct);
}

/// <summary>One kind of lookup within an execution: keys asked for are fetched together.</summary>
public sealed class BatchLoader<TKey, TValue> : IQueuedBatch where TKey : notnull
{
    private readonly BatchScope _scope;
    private readonly BatchFetch<TKey, TValue> _fetch;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private Dictionary<TKey, TaskCompletionSource<TValue?>> _waiting = [];

    internal BatchLoader(BatchScope scope, BatchFetch<TKey, TValue> fetch)
    {
        _scope = scope;
        _fetch = fetch;
    }

    /// <summary>The value of the key, fetched with the other keys asked for at the same level.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        Task<TValue?> task;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
            var completion = new TaskCompletionSource<TValue?>();
            task = _cache[key] = completion.Task;
            first = _waiting.Count == 0;
            _waiting[key] = completion;
        }
        if (first)
        {
            _scope.Enqueue(this);
        }
        return task;
    }

    async Task IQueuedBatch.DispatchAsync(CancellationToken ct)
    {
        Dictionary<TKey, TaskCompletionSource<TValue?>> batch;
        lock (_gate)
        {
            batch = _waiting;
            _waiting = [];
        }
        if (batch.Count == 0)
        {
            return;
        }
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await _fetch([.. batch.Keys], ct);
        }
        catch (Exception e)
        {
            foreach (var completion in batch.Values)
            {
                completion.TrySetException(e);
            }
            return;
        }
        foreach (var (key, completion) in batch)
        {
            completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
        }
    }
}
