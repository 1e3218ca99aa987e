using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;
using R = DutyGraph.Graph.Neo4j.Store.Neo4jRecords;

namespace DutyGraph.Graph.Neo4j.Store;

/// <summary>The reads and writes of the write workflows (<see cref="IStoreWrites"/>), in one transaction; the rules are the use cases'.</summary>
public sealed partial class Neo4jGraphStore
{
    public Task<T> WriteInTransactionAsync<T>(string operation, Func<IStoreWrites, Task<T>> step, CancellationToken ct) =>
        WriteAsync(w => step(new StoreWrites(w)), ct);

    private sealed class StoreWrites(Neo4jWriter w) : IStoreWrites
    {
        public Task<Holding?> HoldingAsync(long id) => w.OneAsync(Cypher.HoldingsById, id, R.Holding);

        public Task<Unit?> UnitAsync(long id) => w.OneAsync(Cypher.UnitsById, id, R.Unit);

        public Task<Section?> SectionAsync(long id) => w.OneAsync(Cypher.SectionsById, id, R.Section);

        public Task<Duty?> DutyAsync(long id) => w.OneAsync(Cypher.DutiesById, id, R.Duty);

        public async Task<IReadOnlyList<Holding>> HoldingsOfDutyAsync(long dutyId) =>
            await w.ListAsync(Cypher.HoldingsOfDuties.With(("ids", new[] { dutyId })), R.Holding);

        public async Task<IReadOnlyList<Section>> SectionsOfUnitAsync(long unitId) =>
            await w.ListAsync(Cypher.SectionsOfUnits.With(("ids", new[] { unitId })), R.Section);

        public async Task<long> HeldByUnitAfterAsync(long unitId, DateOnly on) =>
            (await w.RunAsync(Cypher.HeldByUnitAfter.With(("id", unitId), ("on", on)))).First<long>("held");

        public async Task<long> HeldBySectionAfterAsync(long sectionId, DateOnly on) =>
            (await w.RunAsync(Cypher.HeldBySectionAfter.With(("id", sectionId), ("on", on)))).First<long>("held");

        public Task EndHoldingAsync(long id, DateOnly on) => w.RunAsync(Cypher.EndHolding.With(("id", id), ("on", on)));

        public async Task<Holding> AddHoldingAsync(Holding holding, Duty duty, long? unitId, long? sectionId)
        {
            var id = await w.HoldingsAsync([new Neo4jWriter.HoldingRow(holding, duty.Id, duty.Jurisdiction, unitId, sectionId)]);
            return (await w.OneAsync(Cypher.HoldingsById, id, R.Holding))!;
        }

        public Task<bool> DeleteHoldingAsync(long id) => TakeAsync(Cypher.TakeHoldings, id);

        /// <summary>Takes a relationship away by its id, then the names nothing uses any more; false when there was none.</summary>
        private async Task<bool> TakeAsync(CypherStatement take, long id)
        {
            if ((await w.RunAsync(take.With(("ids", new[] { id })))).Rows.Count == 0)
            {
                return false;
            }
            await w.RunAsync(Cypher.DropUnusedNames.With());
            return true;
        }

        public async Task<(long? UnitId, long? SectionId)> ResolveHolderAsync(string jurisdiction, string unit, string? section) =>
            (await Neo4jLinker.NamesAsync(w, [jurisdiction])).ResolveHolder(jurisdiction, unit, section);

        public Task EndUnitAsync(long id, DateOnly on) => w.RunAsync(Cypher.EndUnit.With(("id", id), ("on", on)));

        public async Task EndSectionsAsync(IReadOnlyList<long> ids, DateOnly on)
        {
            if (ids.Count > 0)
            {
                await w.RunAsync(Cypher.EndSections.With(("ids", ids.ToArray()), ("on", on)));
            }
        }

        public async Task<Unit> InsertUnitAsync(Unit unit)
        {
            var id = await w.UnitsAsync([unit], upsert: false);
            await Neo4jLinker.LinkAllAsync(w);
            return (await w.OneAsync(Cypher.UnitsById, id, R.Unit))!;
        }

        public async Task<Section> InsertSectionAsync(Section section, long unitId)
        {
            var id = (await w.SectionsAsync([(section, unitId)], upsert: false))[0];
            await Neo4jLinker.LinkAllAsync(w);
            return (await w.OneAsync(Cypher.SectionsById, id, R.Section))!;
        }

        public async Task<Duty> InsertDutyAsync(Duty duty)
        {
            var id = (await w.DutiesAsync([duty], upsert: false))[0];
            return (await w.OneAsync(Cypher.DutiesById, id, R.Duty))!;
        }

        public async Task<long?> FindUnitInAsync(string jurisdiction, string name) =>
            (await Neo4jLinker.NamesAsync(w, [jurisdiction])).FindUnitIn(jurisdiction, name);

        public async Task<long> CorrespondenceIdAsync(string township, string office, string countyUnit)
        {
            var found = await w.RunAsync(Cypher.CorrespondenceByKey.With(("township", township),
                ("office", Text.NameKey.Of(office)), ("county", Text.NameKey.Of(countyUnit))));
            return found.Values<long>("id").FirstOrDefault();
        }

        public async Task<Correspondence> InsertCorrespondenceAsync(Correspondence correspondence)
        {
            var names = await Neo4jLinker.NamesAsync(w, [correspondence.Township]);
            var id = (await w.CorrespondencesAsync([correspondence], names))[0];
            return (await w.OneAsync(Cypher.CorrespondencesById, id, R.Correspondence))!;
        }

        public Task<bool> DeleteCorrespondenceAsync(long id) => TakeAsync(Cypher.TakeCorrespondences, id);

        public Task WriteUnitAsync(Unit unit) => WriteUnitInAsync(w, unit);

        public Task RenameUnitReferencesAsync(long unitId, string oldName, string newName) =>
            w.RunAsync(Cypher.RenameUnitReferences.With(("id", unitId), ("oldKey", Text.NameKey.Of(oldName)), ("name", newName), ("key", Text.NameKey.Of(newName))));

        public async Task<IReadOnlyList<(long HoldingId, string UnitName)>> HolderNamesOfUnitAsync(long unitId) =>
            [.. (await w.RunAsync(Cypher.HolderNamesOfUnit.With(("id", unitId)))).Records().Select(h => ((long)h["id"]!, (string)h["unit"]!))];

        public Task RenameHoldersAsync(IReadOnlyList<long> holdingIds, string name) =>
            w.RunAsync(Cypher.RenameHolders.With(("ids", holdingIds.ToArray()), ("name", name)));

        public Task LinkNamesAsync() => Neo4jLinker.LinkAllAsync(w);

        public Task<Section> WriteSectionAsync(Section section, Section old) => WriteSectionInAsync(w, section, old);

        public Task<Duty> WriteDutyAsync(Duty duty) => WriteDutyInAsync(w, duty);
    }
}
