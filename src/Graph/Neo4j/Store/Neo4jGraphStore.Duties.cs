using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using R = DutyGraph.Graph.Neo4j.Store.Neo4jRecords;

namespace DutyGraph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    public Task<Duty> CreateDutyAsync(Duty duty, CancellationToken ct)
    {
        Check.Duty(duty);
        return WriteAsync(async w =>
        {
            var id = (await w.DutiesAsync([duty with { Jurisdiction = Jurisdiction.Canonical(duty.Jurisdiction) }], upsert: false))[0];
            return (await w.OneAsync(Cypher.DutiesById, id, R.Duty))!;
        }, ct);
    }

    public async Task<Duty?> GetDutyAsync(long id, CancellationToken ct) => (await GetDutiesAsync([id], ct)).FirstOrDefault();

    public Task<IReadOnlyList<Duty>> GetDutiesAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        RecordsAsync(Cypher.DutiesById.With(("ids", Ids(ids))), R.Duty, ct);

    public Task<Duty> UpdateDutyAsync(long id, Func<Duty, Duty> change, CancellationToken ct)
    {
        return WriteAsync(async w =>
        {
            var old = await w.OneAsync(Cypher.DutiesById, id, R.Duty) ?? throw StoreException.NotFound("duty", id);
            var duty = change(old) with { Id = id };
            Check.Duty(duty);
            if (Jurisdiction.Canonical(duty.Jurisdiction) != old.Jurisdiction)
            {
                throw new StoreException(StoreErrorCode.InvalidArgument, "jurisdiction",
                    $"a duty belongs to the list of {old.Jurisdiction}: create it in the other list instead");
            }
            await w.SourcesAsync([duty.Source]);
            await w.RunAsync(Cypher.UpdateDuty.With(("id", duty.Id), ("props", R.Props(duty with { Jurisdiction = old.Jurisdiction }))));
            return (await w.OneAsync(Cypher.DutiesById, duty.Id, R.Duty))!;
        }, ct);
    }

    public Task<Page<Duty>> ListDutiesAsync(DutyFilter filter, PageRequest page, CancellationToken ct) =>
        ListPageAsync(Cypher.ListDuties, page, R.Duty, d => d.Id, d => d.Title, ct,
        [
            ("j", filter.Jurisdiction is null ? null : Jurisdiction.Canonical(filter.Jurisdiction)),
            ("below", filter.IncludeLowerJurisdictions), ("category", filter.Category), ("text", filter.TextContains), ("at", filter.ValidAt),
        ]);
}
