using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using Microsoft.Data.Sqlite;
using R = DutyGraph.Graph.Sqlite.RecordReaders;

namespace DutyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string SelectHoldings = "SELECT " + R.HoldingColumns + " FROM " + R.HoldingFrom;
    private const string GetHoldingSql = SelectHoldings + " WHERE h.id = $id";

    private const string HoldingsOfDutySql = SelectHoldings + " WHERE h.duty_id = $duty";

    private const string RemoveHoldingSql = "DELETE FROM holdings WHERE id = $id";

    private const string HoldingFilterSql = """
        ($duty IS NULL OR h.duty_id = $duty) AND ($unit IS NULL OR h.unit_id = $unit) AND ($section IS NULL OR h.section_id = $section)
        AND ($at IS NULL OR ((h.valid_from IS NULL OR h.valid_from <= $at) AND (h.valid_to IS NULL OR h.valid_to > $at)))
        """;
    private static readonly PagedSql ListHoldingsSql = new(
        SelectHoldings + " WHERE h.id > $after AND " + HoldingFilterSql + " ORDER BY h.id LIMIT $limit",
        SelectHoldings + " WHERE (h.unit_name, h.id) > ($afterName, $after) AND " + HoldingFilterSql + " ORDER BY h.unit_name, h.id LIMIT $limit",
        "SELECT count(*) FROM " + R.HoldingFrom + " WHERE " + HoldingFilterSql);

    public Task<Page<Holding>> ListHoldingsAsync(HoldingFilter filter, PageRequest page, CancellationToken ct) =>
        ListPageAsync(ListHoldingsSql, page, R.Holding, h => h.Id, h => h.Unit, ct,
        [
            ("$duty", filter.DutyId), ("$unit", filter.UnitId), ("$section", filter.SectionId), ("$at", DateText.Format(filter.ValidAt)),
        ]);

    private const string SelectCorrespondences = "SELECT " + R.CorrespondenceColumns + " FROM " + R.CorrespondenceFrom;
    private const string GetCorrespondenceSql = SelectCorrespondences + " WHERE k.id = $id";

    private const string CorrespondenceExistsSql = """
        SELECT k.id FROM correspondences k JOIN jurisdictions j ON j.id = k.township_id
        WHERE j.name = $township AND k.office_key = $office AND k.county_unit_key = $county
        """;

    private const string RemoveCorrespondenceSql = "DELETE FROM correspondences WHERE id = $id";

    private const string CorrespondenceFilterSql = """
        ($township IS NULL OR j.name = $township) AND ($county IS NULL OR k.county_unit_id = $county)
        AND ($office IS NULL OR k.office_unit_id = $office)
        """;
    private static readonly PagedSql ListCorrespondencesSql = new(
        SelectCorrespondences + " WHERE k.id > $after AND " + CorrespondenceFilterSql + " ORDER BY k.id LIMIT $limit",
        SelectCorrespondences + " WHERE (k.office_name, k.id) > ($afterName, $after) AND " + CorrespondenceFilterSql + " ORDER BY k.office_name, k.id LIMIT $limit",
        "SELECT count(*) FROM " + R.CorrespondenceFrom + " WHERE " + CorrespondenceFilterSql);

    public Task<Page<Correspondence>> ListCorrespondencesAsync(CorrespondenceFilter filter, PageRequest page, CancellationToken ct) =>
        ListPageAsync(ListCorrespondencesSql, page, R.Correspondence, k => k.Id, k => k.TownshipOffice, ct,
        [
            ("$township", filter.Township is null ? null : Jurisdiction.Canonical(filter.Township)),
            ("$county", filter.CountyUnitId), ("$office", filter.OfficeUnitId),
        ]);

    private static Task<List<Holding>> HoldingsAsync(SqliteConnection c, SqliteTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] p) =>
        Sql.ListAsync(c, tx, sql, R.Holding, ct, p);

    private static Task<List<Correspondence>> CorrespondencesAsync(SqliteConnection c, SqliteTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] p) =>
        Sql.ListAsync(c, tx, sql, R.Correspondence, ct, p);
}
