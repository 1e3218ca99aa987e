using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Units;
using R = DutyGraph.Graph.Neo4j.Store.Neo4jRecords;

namespace DutyGraph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    public async Task<Unit?> GetUnitAsync(long id, CancellationToken ct) => (await GetUnitsAsync([id], ct)).FirstOrDefault();

    public Task<IReadOnlyList<Unit>> GetUnitsAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        RecordsAsync(Cypher.UnitsById.With(("ids", Ids(ids))), R.Unit, ct);

    public async Task<Unit?> FindUnitAsync(string jurisdiction, string name, CancellationToken ct)
    {
        var chain = Jurisdiction.SelfAndAncestors(Jurisdiction.Canonical(jurisdiction)).ToList();
        var candidates = await RecordsAsync(Cypher.UnitsIn.With(("jurisdictions", chain)), R.Unit, ct);
        var names = new NameIndex();
        foreach (var u in candidates)
        {
            names.AddUnit(u.Id, u.Jurisdiction, u.Name, u.Aliases);
        }
        return names.FindUnit(chain[0], name) is { } id ? candidates.First(u => u.Id == id) : null;
    }

    private static async Task WriteUnitInAsync(Neo4jWriter w, Unit unit)
    {
        await w.SourcesAsync([unit.Source]);
        await w.RunAsync(Cypher.UpdateUnit.With(("id", unit.Id), ("props", R.Props(unit))));
    }

    public Task<Page<Unit>> ListUnitsAsync(UnitFilter filter, PageRequest page, CancellationToken ct) =>
        ListPageAsync(Cypher.ListUnits, page, R.Unit, u => u.Id, u => u.Name, ct,
        [
            ("j", filter.Jurisdiction is null ? null : Jurisdiction.Canonical(filter.Jurisdiction)),
            ("below", filter.IncludeLowerJurisdictions), ("kind", filter.Kind), ("name", filter.NameContains), ("at", filter.ValidAt),
        ]);
}
