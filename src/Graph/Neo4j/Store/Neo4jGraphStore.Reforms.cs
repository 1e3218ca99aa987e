using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;
using R = DutyGraph.Graph.Neo4j.Store.Neo4jRecords;

namespace DutyGraph.Graph.Neo4j.Store;

/// <summary>The reads and writes a reform step makes (<see cref="IStoreWrites"/>), in one transaction; the rules are the use case's.</summary>
public sealed partial class Neo4jGraphStore
{
    public Task<T> WriteInTransactionAsync<T>(Func<IStoreWrites, Task<T>> step, CancellationToken ct) =>
        WriteAsync(w => step(new ReformWrites(w)), ct);

    private sealed class ReformWrites(Neo4jWriter w) : IStoreWrites
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
            (long)(await w.RunAsync(Cypher.HeldByUnitAfter.With(("id", unitId), ("on", on)))).Rows[0][0]!;

        public async Task<long> HeldBySectionAfterAsync(long sectionId, DateOnly on) =>
            (long)(await w.RunAsync(Cypher.HeldBySectionAfter.With(("id", sectionId), ("on", on)))).Rows[0][0]!;

        public Task EndHoldingAsync(long id, DateOnly on) => w.RunAsync(Cypher.EndHolding.With(("id", id), ("on", on)));

        public async Task<Holding> AddHoldingAsync(Holding holding, Duty duty, long? unitId, long? sectionId)
        {
            var id = await w.HoldingsAsync([new Neo4jWriter.HoldingRow(holding, duty.Id, duty.Jurisdiction, unitId, sectionId)]);
            return (await w.OneAsync(Cypher.HoldingsById, id, R.Holding))!;
        }

        public async Task<bool> DeleteHoldingAsync(long id)
        {
            if ((await w.RunAsync(Cypher.TakeHoldings.With(("ids", new[] { id })))).Rows.Count == 0)
            {
                return false;
            }
            await w.RunAsync(Cypher.DropUnusedNames.With());
            return true;
        }

        public async Task<(long? UnitId, long? SectionId)> ResolveHolderAsync(string jurisdiction, string unit, string? section) =>
            (await Neo4jLinker.NamesAsync(w, [jurisdiction])).ResolveHolder(jurisdiction, unit, section);

        public Task EndUnitAsync(long id, DateOnly on) => w.RunAsync(Cypher.EndUnit.With(("id", id), ("on", on)));

        public Task EndSectionAsync(long id, DateOnly on) => w.RunAsync(Cypher.AbolishSection.With(("id", id), ("on", on)));

        public Task<Unit> WriteUnitAsync(Unit unit, Unit old) => WriteUnitInAsync(w, unit, old);

        public Task<Section> WriteSectionAsync(Section section, Section old) => WriteSectionInAsync(w, section, old);

        public Task<Duty> WriteDutyAsync(Duty duty) => WriteDutyInAsync(w, duty);
    }
}
