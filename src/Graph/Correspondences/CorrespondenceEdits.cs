using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Correspondences;

/// <summary>Adding and removing a row of a township's 衔接对应表, once for every store: a pair of names is in a township's table once.</summary>
public static class CorrespondenceEdits
{
    public static Task<Correspondence> AddAsync(IGraphStore store, Correspondence correspondence, CancellationToken ct)
    {
        var township = Check.Correspondence(correspondence);
        return store.WriteInTransactionAsync("AddCorrespondence", async w =>
        {
            var existing = await w.CorrespondenceIdAsync(township, correspondence.TownshipOffice, correspondence.CountyUnit);
            return existing != 0
                ? throw Check.CorrespondenceExists(correspondence, township, existing)
                : await w.InsertCorrespondenceAsync(correspondence with { Township = township });
        }, ct);
    }

    public static Task RemoveAsync(IGraphStore store, long id, CancellationToken ct) =>
        store.WriteInTransactionAsync("RemoveCorrespondence", async w => await w.DeleteCorrespondenceAsync(id) ? true : throw StoreException.NotFound("correspondence", id), ct);
}
