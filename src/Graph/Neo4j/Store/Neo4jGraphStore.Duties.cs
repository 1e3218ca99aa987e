using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using R = DutyGraph.Graph.Neo4j.Store.Neo4jRecords;

namespace DutyGraph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    public async Task<Duty?> GetDutyAsync(long id, CancellationToken ct) => (await GetDutiesAsync([id], ct)).FirstOrDefault();

    public Task<IReadOnlyList<Duty>> GetDutiesAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        RecordsAsync(Cypher.DutiesById.With(("ids", Ids(ids))), R.Duty, ct);

    private static async Task<Duty> WriteDutyInAsync(Neo4jWriter w, Duty duty)
    {
        await w.SourcesAsync([duty.Source]);
        await w.RunAsync(Cypher.UpdateDuty.With(("id", duty.Id), ("props", R.Props(duty))));
        return (await w.OneAsync(Cypher.DutiesById, duty.Id, R.Duty))!;
    }

    public Task<Page<Duty>> ListDutiesAsync(DutyFilter filter, PageRequest page, CancellationToken ct) =>
        ListPageAsync(Cypher.ListDuties, page, R.Duty, d => d.Id, d => d.Title, ct,
        [
            ("j", filter.Jurisdiction is null ? null : Jurisdiction.Canonical(filter.Jurisdiction)),
            ("below", filter.IncludeLowerJurisdictions), ("category", filter.Category), ("text", filter.TextContains), ("at", filter.ValidAt),
        ]);
}
