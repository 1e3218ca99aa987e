using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Units;
using Microsoft.Data.Sqlite;
using R = DutyGraph.Graph.Sqlite.RecordReaders;

namespace DutyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string SelectUnits = "SELECT " + R.UnitColumns + " FROM " + R.UnitFrom;
    private const string GetUnitSql = SelectUnits + " WHERE u.id = $id";
    private const string GetUnitsSql = SelectUnits + " WHERE u.id IN (SELECT value FROM json_each($ids)) ORDER BY u.id";

    public Task<Unit?> GetUnitAsync(long id, CancellationToken ct) =>
        ReadAsync(async c => (await UnitsAsync(c, null, GetUnitSql, ct, ("$id", id))).FirstOrDefault(), ct);

    public Task<IReadOnlyList<Unit>> GetUnitsAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        ReadAsync<IReadOnlyList<Unit>>(async c => await UnitsAsync(c, null, GetUnitsSql, ct, ("$ids", Sql.IdArray(ids))), ct);

    private const string UnitsInJurisdictionsSql = SelectUnits + " WHERE j.name IN (SELECT value FROM json_each($jurisdictions))";

    public Task<Unit?> FindUnitAsync(string jurisdiction, string name, CancellationToken ct) =>
        ReadAsync(async c =>
        {
            var chain = Jurisdiction.SelfAndAncestors(Jurisdiction.Canonical(jurisdiction)).ToList();
            var candidates = await UnitsAsync(c, null, UnitsInJurisdictionsSql, ct,
                ("$jurisdictions", System.Text.Json.JsonSerializer.Serialize(chain)));
            var names = new NameIndex();
            foreach (var u in candidates)
            {
                names.AddUnit(u.Id, u.Jurisdiction, u.Name, u.Aliases);
            }
            return names.FindUnit(chain[0], name) is { } id ? candidates.First(u => u.Id == id) : null;
        }, ct);

    private const string RenameUnitReferencesSql = """
        UPDATE correspondences SET county_unit_name = $name, county_unit_key = $key WHERE county_unit_id = $id AND county_unit_key = $oldKey;
        UPDATE correspondences SET office_name = $name, office_key = $key WHERE office_unit_id = $id AND office_key = $oldKey;
        UPDATE units SET parent = $name WHERE parent_unit_id = $id;
        UPDATE units SET colocated_with = $name WHERE colocated_unit_id = $id;
        UPDATE feedback SET unit_name = $name, unit_key = $key WHERE unit_id = $id;
        """;

    private const string HoldingNamesOfUnitSql = "SELECT id, unit_name FROM holdings WHERE unit_id = $id";
    private const string RenameHolderSql = "UPDATE holdings SET unit_name = $name WHERE id = $id";

    private const string HoldingsInForceOfUnitSql = """
        SELECT count(*) FROM holdings WHERE unit_id = $id AND (valid_to IS NULL OR valid_to > $on)
        """;

    private const string UnitFilterSql = """
        ($j IS NULL OR j.name = $j OR ($below = 1 AND substr(j.name, 1, length($j) + 1) = $j || '/'))
        AND ($kind IS NULL OR u.kind = $kind)
        AND ($name IS NULL OR instr(u.name, $name) > 0 OR instr(ifnull(u.aliases, ''), $name) > 0)
        AND ($at IS NULL OR ((u.valid_from IS NULL OR u.valid_from <= $at) AND (u.valid_to IS NULL OR u.valid_to > $at)))
        """;
    private static readonly PagedSql ListUnitsSql = new(
        SelectUnits + " WHERE u.id > $after AND " + UnitFilterSql + " ORDER BY u.id LIMIT $limit",
        SelectUnits + " WHERE (u.name, u.id) > ($afterName, $after) AND " + UnitFilterSql + " ORDER BY u.name, u.id LIMIT $limit",
        "SELECT count(*) FROM " + R.UnitFrom + " WHERE " + UnitFilterSql);

    public Task<Page<Unit>> ListUnitsAsync(UnitFilter filter, PageRequest page, CancellationToken ct) =>
        ListPageAsync(ListUnitsSql, page, R.Unit, u => u.Id, u => u.Name, ct,
        [
            ("$j", filter.Jurisdiction is null ? null : Jurisdiction.Canonical(filter.Jurisdiction)),
            ("$below", filter.IncludeLowerJurisdictions ? 1 : 0), ("$kind", filter.Kind), ("$name", filter.NameContains),
            ("$at", DateText.Format(filter.ValidAt)),
        ]);

    private static Task<List<Unit>> UnitsAsync(SqliteConnection c, SqliteTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] p) =>
        Sql.ListAsync(c, tx, sql, R.Unit, ct, p);
}
