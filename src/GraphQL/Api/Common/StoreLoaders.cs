using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;
using DutyGraph.GraphQL.Engine.Execution;

namespace DutyGraph.Server.Api.Common;

/// <summary>
/// The store's lookups as batch loaders: every resolver that needs a record or a record's
/// children asks here, and all the asks of one level of a query become one store call.
/// </summary>
public sealed class StoreLoaders(IGraphStore store)
{
    public Task<Unit?> Unit(ResolveContext c, long id) => One(c, "unit", id, store.GetUnitsAsync, u => u.Id);

    public Task<Section?> Section(ResolveContext c, long id) => One(c, "section", id, store.GetSectionsAsync, s => s.Id);

    public Task<Duty?> Duty(ResolveContext c, long id) => One(c, "duty", id, store.GetDutiesAsync, d => d.Id);

    public Task<Holding?> Holding(ResolveContext c, long id) =>
        One(c, "holding", id, (ids, ct) => store.ListHoldingsByAsync(HoldingLink.Holding, ids, ct), h => h.Id);

    public Task<Correspondence?> Correspondence(ResolveContext c, long id) =>
        One(c, "correspondence", id, (ids, ct) => store.ListCorrespondencesByAsync(CorrespondenceLink.Correspondence, ids, ct), k => k.Id);

    public Task<IReadOnlyList<Section>> SectionsOfUnit(ResolveContext c, long unitId) =>
        Many(c, "sectionsOfUnit", unitId, store.ListSectionsOfUnitsAsync, s => s.UnitId);

    public Task<IReadOnlyList<Holding>> Holdings(ResolveContext c, HoldingLink link, long id) =>
        Many(c, "holdingsBy" + link, id, (ids, ct) => store.ListHoldingsByAsync(link, ids, ct), link switch
        {
            HoldingLink.Duty => h => h.DutyId,
            HoldingLink.Unit => h => h.UnitId,
            HoldingLink.Section => h => h.SectionId,
            _ => h => h.Id,
        });

    public Task<IReadOnlyList<Correspondence>> Correspondences(ResolveContext c, CorrespondenceLink link, long id) =>
        Many(c, "correspondencesBy" + link, id, (ids, ct) => store.ListCorrespondencesByAsync(link, ids, ct), link switch
        {
            CorrespondenceLink.OfficeUnit => k => k.OfficeUnitId,
            CorrespondenceLink.OfficeSection => k => k.OfficeSectionId,
            CorrespondenceLink.CountyUnit => k => k.CountyUnitId,
            _ => k => k.Id,
        });

    /// <summary>Every jurisdiction, read once per request (there are few).</summary>
    public async Task<IReadOnlyList<Jurisdiction>> Jurisdictions(ResolveContext c) =>
        await c.Batches.Loader<int, IReadOnlyList<Jurisdiction>>("jurisdictions", async (keys, ct) =>
        {
            var all = await store.ListJurisdictionsAsync(ct);
            return keys.ToDictionary(k => k, _ => all);
        }).LoadAsync(0) ?? [];

    public async Task<Jurisdiction?> Jurisdiction(ResolveContext c, string name)
    {
        var canonical = Graph.Jurisdictions.Jurisdiction.Canonical(name);
        return (await Jurisdictions(c)).FirstOrDefault(j => j.Name == canonical);
    }

    private static Task<T?> One<T>(ResolveContext c, string name, long id,
        Func<IReadOnlyCollection<long>, CancellationToken, Task<IReadOnlyList<T>>> fetch, Func<T, long> key) =>
        c.Batches.Loader<long, T>(name, async (ids, ct) =>
        {
            var found = await fetch(ids, ct);
            return found.ToDictionary(key);
        }).LoadAsync(id);

    private static async Task<IReadOnlyList<T>> Many<T>(ResolveContext c, string name, long id,
        Func<IReadOnlyCollection<long>, CancellationToken, Task<IReadOnlyList<T>>> fetch, Func<T, long?> key) =>
        await c.Batches.Loader<long, IReadOnlyList<T>>(name, async (ids, ct) =>
        {
            var found = await fetch(ids, ct);
            return found.Where(item => key(item) is not null).GroupBy(item => key(item)!.Value)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g]);
        }).LoadAsync(id) ?? [];
}
