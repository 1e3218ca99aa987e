using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using R = DutyGraph.Graph.Neo4j.Store.Neo4jRecords;

namespace DutyGraph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    public Task<Holding> AssignAsync(Holding holding, CancellationToken ct)
    {
        Check.Holding(holding);
        return WriteAsync(async w =>
        {
            var duty = await w.OneAsync(Cypher.DutiesById, holding.DutyId, R.Duty)
                ?? throw new StoreException(StoreErrorCode.NotFound, "dutyId", $"no duty has id {holding.DutyId}");
            Check.NotHeldAlready(await w.ListAsync(Cypher.HoldingsOfDuties.With(("ids", new[] { duty.Id })), R.Holding), holding);
            var (unitId, sectionId) = holding.UnitId is { } givenUnit
                ? await GivenHolderAsync(w, givenUnit, holding.SectionId)
                : (await Neo4jLinker.NamesAsync(w, [duty.Jurisdiction])).ResolveHolder(duty.Jurisdiction, holding.Unit, holding.Section);
            var id = await w.HoldingsAsync([new Neo4jWriter.HoldingRow(holding, duty.Id, duty.Jurisdiction, unitId, sectionId)]);
            return (await w.OneAsync(Cypher.HoldingsById, id, R.Holding))!;
        }, ct);
    }

    /// <summary>A holder given by id: the unit must exist, and the section (if any) must be one of its sections.</summary>
    private static async Task<(long? UnitId, long? SectionId)> GivenHolderAsync(Neo4jWriter w, long unitId, long? sectionId)
    {
        if (await w.OneAsync(Cypher.UnitsById, unitId, R.Unit) is null)
        {
            throw new StoreException(StoreErrorCode.NotFound, "unit", $"no unit has id {unitId}");
        }
        if (sectionId is { } id && (await w.OneAsync(Cypher.SectionsById, id, R.Section))?.UnitId != unitId)
        {
            throw new StoreException(StoreErrorCode.NotFound, "section", $"unit {unitId} has no section with id {id}");
        }
        return (unitId, sectionId);
    }

    public Task<Holding> EndHoldingAsync(long id, DateOnly on, CancellationToken ct) =>
        WriteAsync(async w =>
        {
            var holding = await w.OneAsync(Cypher.HoldingsById, id, R.Holding) ?? throw StoreException.NotFound("holding", id);
            Check.EndDate(holding.ValidFrom, on, "on");
            await w.RunAsync(Cypher.EndHolding.With(("id", id), ("on", on)));
            return holding with { ValidTo = on };
        }, ct);

    public Task RemoveHoldingAsync(long id, CancellationToken ct) => RemoveAsync(Cypher.TakeHoldings, "holding", id, ct);

    /// <summary>Deletes a holding or correspondence by id (refused if there is none), and a name only it used.</summary>
    private Task RemoveAsync(CypherStatement take, string what, long id, CancellationToken ct) =>
        WriteAsync(async w =>
        {
            if ((await w.RunAsync(take.With(("ids", new[] { id })))).Rows.Count == 0)
            {
                throw StoreException.NotFound(what, id);
            }
            await w.RunAsync(Cypher.DropUnusedNames.With());
            return true;
        }, ct);

    public Task<Page<Holding>> ListHoldingsAsync(HoldingFilter filter, PageRequest page, CancellationToken ct) =>
        ListPageAsync(Cypher.ListHoldings, page, R.Holding, h => h.Id, h => h.Unit, ct,
            [("duty", filter.DutyId), ("unit", filter.UnitId), ("section", filter.SectionId), ("at", filter.ValidAt)]);

    public Task<Correspondence> AddCorrespondenceAsync(Correspondence correspondence, CancellationToken ct)
    {
        var township = Check.Correspondence(correspondence);
        return WriteAsync(async w =>
        {
            var existing = (await w.RunAsync(Cypher.CorrespondenceByKey.With(("township", township),
                ("office", NameKey.Of(correspondence.TownshipOffice)), ("county", NameKey.Of(correspondence.CountyUnit))))).Rows;
            if (existing.Count > 0)
            {
                throw Check.CorrespondenceExists(correspondence, township, (long)existing[0][0]!);
            }
            var names = await Neo4jLinker.NamesAsync(w, [township]);
            var id = (await w.CorrespondencesAsync([correspondence with { Township = township }], names))[0];
            return (await w.OneAsync(Cypher.CorrespondencesById, id, R.Correspondence))!;
        }, ct);
    }

    public Task RemoveCorrespondenceAsync(long id, CancellationToken ct) => RemoveAsync(Cypher.TakeCorrespondences, "correspondence", id, ct);

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
