using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using R = DutyGraph.Graph.Neo4j.Store.Neo4jRecords;

namespace DutyGraph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    public Task<Page<Holding>> ListHoldingsAsync(HoldingFilter filter, PageRequest page, CancellationToken ct) =>
        ListPageAsync(Cypher.ListHoldings, page, R.Holding, h => h.Id, h => h.Unit, ct,
            [("duty", filter.DutyId), ("unit", filter.UnitId), ("section", filter.SectionId), ("at", filter.ValidAt)]);

    public Task<Page<Correspondence>> ListCorrespondencesAsync(CorrespondenceFilter filter, PageRequest page, CancellationToken ct) =>
        ListPageAsync(Cypher.ListCorrespondences, page, R.Correspondence, k => k.Id, k => k.TownshipOffice, ct,
        [
            ("township", filter.Township is null ? null : Jurisdiction.Canonical(filter.Township)),
            ("county", filter.CountyUnitId), ("office", filter.OfficeUnitId),
        ]);

    public Task<IReadOnlyList<Holding>> ListHoldingsByAsync(HoldingLink link, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        RecordsAsync((link switch
        {
            HoldingLink.Holding => Cypher.HoldingsById,
            HoldingLink.Duty => Cypher.HoldingsOfDuties,
            HoldingLink.Unit => Cypher.HoldingsOfUnits,
            HoldingLink.Section => Cypher.HoldingsOfSections,
            _ => throw new ArgumentOutOfRangeException(nameof(link)),
        }).With(("ids", Ids(ids))), R.Holding, ct);

    public Task<IReadOnlyList<Correspondence>> ListCorrespondencesByAsync(CorrespondenceLink link, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        RecordsAsync((link switch
        {
            CorrespondenceLink.Correspondence => Cypher.CorrespondencesById,
            CorrespondenceLink.OfficeUnit => Cypher.CorrespondencesOfOfficeUnits,
            CorrespondenceLink.OfficeSection => Cypher.CorrespondencesOfOfficeSections,
            CorrespondenceLink.CountyUnit => Cypher.CorrespondencesOfCountyUnits,
            _ => throw new ArgumentOutOfRangeException(nameof(link)),
        }).With(("ids", Ids(ids))), R.Correspondence, ct);
}
