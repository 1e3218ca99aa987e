using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Sqlite;

/// <summary>The reads and writes of the write workflows (<see cref="IStoreWrites"/>), in one transaction; the rules are the use cases'.</summary>
public sealed partial class SqliteGraphStore
{
    public Task<T> WriteInTransactionAsync<T>(string operation, Func<IStoreWrites, Task<T>> step, CancellationToken ct) =>
        InTransactionAsync(w => step(new StoreWrites(w, ct)), ct);

    private const string EndHoldingOnSql = "UPDATE holdings SET valid_to = $on WHERE id = $id";
    private const string EndUnitSql = "UPDATE units SET valid_to = $on WHERE id = $id";

    private sealed class StoreWrites(SqliteWriter w, CancellationToken ct) : IStoreWrites
    {
        public async Task<Holding?> HoldingAsync(long id) => (await HoldingsAsync(w.Connection, w.Transaction, GetHoldingSql, ct, ("$id", id))).FirstOrDefault();

        public async Task<Unit?> UnitAsync(long id) => (await UnitsAsync(w.Connection, w.Transaction, GetUnitSql, ct, ("$id", id))).FirstOrDefault();

        public async Task<Section?> SectionAsync(long id) => (await SectionsAsync(w.Connection, w.Transaction, GetSectionSql, ct, ("$id", id))).FirstOrDefault();

        public async Task<Duty?> DutyAsync(long id) => (await DutiesAsync(w.Connection, w.Transaction, GetDutySql, ct, ("$id", id))).FirstOrDefault();

        public async Task<IReadOnlyList<Holding>> HoldingsOfDutyAsync(long dutyId) =>
            await HoldingsAsync(w.Connection, w.Transaction, HoldingsOfDutySql, ct, ("$duty", dutyId));

        public async Task<IReadOnlyList<Section>> SectionsOfUnitAsync(long unitId) =>
            await SectionsAsync(w.Connection, w.Transaction, SectionsOfUnitsSql, ct, ("$ids", Sql.IdArray([unitId])));

        public Task<long> HeldByUnitAfterAsync(long unitId, DateOnly on) =>
            Sql.ScalarAsync(w.Connection, w.Transaction, HoldingsInForceOfUnitSql, ct, ("$id", unitId), ("$on", DateText.Format(on)));

        public Task<long> HeldBySectionAfterAsync(long sectionId, DateOnly on) =>
            Sql.ScalarAsync(w.Connection, w.Transaction, HoldingsInForceOfSectionSql, ct, ("$id", sectionId), ("$on", DateText.Format(on)));

        public Task EndHoldingAsync(long id, DateOnly on) =>
            Sql.ExecuteAsync(w.Connection, w.Transaction, EndHoldingOnSql, ct, ("$id", id), ("$on", DateText.Format(on)));

        public async Task<Holding> AddHoldingAsync(Holding holding, Duty duty, long? unitId, long? sectionId)
        {
            var id = w.Holding(holding, duty.Id, unitId, sectionId);
            return (await HoldingsAsync(w.Connection, w.Transaction, GetHoldingSql, ct, ("$id", id)))[0];
        }

        public async Task<bool> DeleteHoldingAsync(long id) => await Sql.ExecuteAsync(w.Connection, w.Transaction, RemoveHoldingSql, ct, ("$id", id)) > 0;

        public async Task<(long? UnitId, long? SectionId)> ResolveHolderAsync(string jurisdiction, string unit, string? section) =>
            (await Linker.LoadNameIndexAsync(w, [jurisdiction], ct)).ResolveHolder(jurisdiction, unit, section);

        public Task EndUnitAsync(long id, DateOnly on) => Sql.ExecuteAsync(w.Connection, w.Transaction, EndUnitSql, ct, ("$id", id), ("$on", DateText.Format(on)));

        public async Task EndSectionsAsync(IReadOnlyList<long> ids, DateOnly on)
        {
            foreach (var id in ids)
            {
                await Sql.ExecuteAsync(w.Connection, w.Transaction, AbolishSectionSql, ct, ("$id", id), ("$on", DateText.Format(on)));
            }
        }

        public async Task<Unit> InsertUnitAsync(Unit unit)
        {
            var id = w.Unit(unit, upsert: false);
            await Linker.LinkAllAsync(w, ct);
            return (await UnitsAsync(w.Connection, w.Transaction, GetUnitSql, ct, ("$id", id)))[0];
        }

        public async Task<Section> InsertSectionAsync(Section section, long unitId)
        {
            var id = w.Section(section, unitId, upsert: false);
            await Linker.LinkAllAsync(w, ct);
            return (await SectionsAsync(w.Connection, w.Transaction, GetSectionSql, ct, ("$id", id)))[0];
        }

        public async Task<Duty> InsertDutyAsync(Duty duty)
        {
            var id = w.Duty(duty, upsert: false);
            return (await DutiesAsync(w.Connection, w.Transaction, GetDutySql, ct, ("$id", id)))[0];
        }

        public async Task<long?> FindUnitInAsync(string jurisdiction, string name) => (await Linker.LoadNameIndexAsync(w, [jurisdiction], ct)).FindUnitIn(jurisdiction, name);

        public Task<long> CorrespondenceIdAsync(string township, string office, string countyUnit) =>
            Sql.ScalarAsync(w.Connection, w.Transaction, CorrespondenceExistsSql, ct,
                ("$township", township), ("$office", NameKey.Of(office)), ("$county", NameKey.Of(countyUnit)));

        public async Task<Correspondence> InsertCorrespondenceAsync(Correspondence correspondence)
        {
            var id = w.Correspondence(correspondence, await Linker.LoadNameIndexAsync(w, [correspondence.Township], ct));
            return (await CorrespondencesAsync(w.Connection, w.Transaction, GetCorrespondenceSql, ct, ("$id", id)))[0];
        }

        public async Task<bool> DeleteCorrespondenceAsync(long id) =>
            await Sql.ExecuteAsync(w.Connection, w.Transaction, RemoveCorrespondenceSql, ct, ("$id", id)) > 0;

        public Task WriteUnitAsync(Unit unit)
        {
            w.UpdateUnit(unit);
            return Task.CompletedTask;
        }

        public Task RenameUnitReferencesAsync(long unitId, string oldName, string newName) =>
            Sql.ExecuteAsync(w.Connection, w.Transaction, RenameUnitReferencesSql, ct,
                ("$name", newName), ("$key", NameKey.Of(newName)), ("$oldKey", NameKey.Of(oldName)), ("$id", unitId));

        public async Task<IReadOnlyList<(long HoldingId, string UnitName)>> HolderNamesOfUnitAsync(long unitId) =>
            await Sql.ListAsync(w.Connection, w.Transaction, HoldingNamesOfUnitSql, r => (r.Long("id"), r.String("unit_name")), ct, ("$id", unitId));

        public Task RenameHoldersAsync(IReadOnlyList<long> holdingIds, string name)
        {
            foreach (var id in holdingIds)
            {
                w.Run(RenameHolderSql, ("$name", name), ("$id", id));
            }
            return Task.CompletedTask;
        }

        public Task LinkNamesAsync() => Linker.LinkAllAsync(w, ct);

        public Task<Section> WriteSectionAsync(Section section, Section old) => WriteSectionInAsync(w, section, old, ct);

        public Task<Duty> WriteDutyAsync(Duty duty) => WriteDutyInAsync(w, duty, ct);
    }
}
