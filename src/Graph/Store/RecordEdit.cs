namespace DutyGraph.Graph.Store;

/// <summary>
/// The shape every edit of a stored record has: read it inside the write transaction (refused
/// when there is none), apply the caller's change to it as stored, then let the edit's own rules
/// decide and write. A concurrent edit of another field is therefore never lost.
/// </summary>
public static class RecordEdit
{
    public static Task<T> ApplyAsync<T>(IGraphStore store, string what, long id, Func<IStoreWrites, long, Task<T?>> read, Func<T, T> change,
        Func<IStoreWrites, T, T, Task<T>> decideAndWrite, CancellationToken ct) where T : class =>
        store.WriteInTransactionAsync("Update" + char.ToUpperInvariant(what[0]) + what[1..], async w =>
        {
            var old = await read(w, id) ?? throw StoreException.NotFound(what, id);
            return await decideAndWrite(w, old, change(old));
        }, ct);
}
