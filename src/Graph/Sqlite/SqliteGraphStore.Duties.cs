using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using Microsoft.Data.Sqlite;
using R = DutyGraph.Graph.Sqlite.RecordReaders;

namespace DutyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private static readonly string GetDutySql = R.SelectDuties + " WHERE d.id = $id";
    private static readonly string GetDutiesSql = R.SelectDuties + " WHERE d.id IN (SELECT value FROM json_each($ids)) ORDER BY d.id";

    public Task<Duty?> GetDutyAsync(long id, CancellationToken ct) =>
        ReadAsync(async c => (await DutiesAsync(c, null, GetDutySql, ct, ("$id", id))).FirstOrDefault(), ct);

    public Task<IReadOnlyList<Duty>> GetDutiesAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        ReadAsync<IReadOnlyList<Duty>>(async c => await DutiesAsync(c, null, GetDutiesSql, ct, ("$ids", Sql.IdArray(ids))), ct);

    private static async Task<Duty> WriteDutyInAsync(SqliteWriter w, Duty duty, CancellationToken ct)
    {
        w.UpdateDuty(duty);
        return (await DutiesAsync(w.Connection, w.Transaction, GetDutySql, ct, ("$id", duty.Id)))[0];
    }

    private const string DutyFilterSql = """
        ($j IS NULL OR j.name = $j OR ($below = 1 AND substr(j.name, 1, length($j) + 1) = $j || '/'))
        AND ($category IS NULL OR d.category = $category)
        AND ($text IS NULL OR instr(d.title, $text) > 0 OR instr(ifnull(d.description, ''), $text) > 0
             OR instr(ifnull(d.code, ''), $text) > 0)
        AND ($at IS NULL OR EXISTS (SELECT 1 FROM holdings h WHERE h.duty_id = d.id
             AND (h.valid_from IS NULL OR h.valid_from <= $at) AND (h.valid_to IS NULL OR h.valid_to > $at)))
        """;
    private static readonly PagedSql ListDutiesSql = new(
        R.SelectDuties + " WHERE d.id > $after AND " + DutyFilterSql + " ORDER BY d.id LIMIT $limit",
        R.SelectDuties + " WHERE (d.title, d.id) > ($afterName, $after) AND " + DutyFilterSql + " ORDER BY d.title, d.id LIMIT $limit",
        "SELECT count(*) FROM " + R.DutyFrom + " WHERE " + DutyFilterSql);

    public Task<Page<Duty>> ListDutiesAsync(DutyFilter filter, PageRequest page, CancellationToken ct) =>
        ListPageAsync(ListDutiesSql, page, R.Duty, d => d.Id, d => d.Title, ct,
        [
            ("$j", filter.Jurisdiction is null ? null : Jurisdiction.Canonical(filter.Jurisdiction)),
            ("$below", filter.IncludeLowerJurisdictions ? 1 : 0), ("$category", filter.Category), ("$text", filter.TextContains),
            ("$at", DateText.Format(filter.ValidAt)),
        ]);

    private static Task<List<Duty>> DutiesAsync(SqliteConnection c, SqliteTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] p) =>
        Sql.ListAsync(c, tx, sql, R.Duty, ct, p);
}
