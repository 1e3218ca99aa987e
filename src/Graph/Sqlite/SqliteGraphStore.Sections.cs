using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using Microsoft.Data.Sqlite;
using R = DutyGraph.Graph.Sqlite.RecordReaders;

namespace DutyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string SelectSections = "SELECT " + R.SectionColumns + " FROM " + R.SectionFrom;
    private const string GetSectionSql = SelectSections + " WHERE c.id = $id";
    private const string GetSectionsSql = SelectSections + " WHERE c.id IN (SELECT value FROM json_each($ids)) ORDER BY c.id";

    public Task<Section?> GetSectionAsync(long id, CancellationToken ct) =>
        ReadAsync(async c => (await SectionsAsync(c, null, GetSectionSql, ct, ("$id", id))).FirstOrDefault(), ct);

    public Task<IReadOnlyList<Section>> GetSectionsAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        ReadAsync<IReadOnlyList<Section>>(async c => await SectionsAsync(c, null, GetSectionsSql, ct, ("$ids", Sql.IdArray(ids))), ct);

    private const string SectionRenamedSql = """
        UPDATE holdings SET section_name = $name WHERE section_id = $id;
        UPDATE correspondences SET office_name = $name, office_key = $key WHERE office_section_id = $id AND office_key = $oldKey;
        """;

    /// <summary>Writes a section over its old fields; the rows naming it follow a rename.</summary>
    private static async Task<Section> WriteSectionInAsync(SqliteWriter w, Section section, Section old, CancellationToken ct)
    {
        w.UpdateSection(section);
        await Sql.ExecuteAsync(w.Connection, w.Transaction, SectionRenamedSql, ct,
            ("$name", section.Name), ("$key", NameKey.Of(section.Name)), ("$oldKey", NameKey.Of(old.Name)), ("$id", section.Id));
        await Linker.LinkAllAsync(w, ct);
        return (await SectionsAsync(w.Connection, w.Transaction, GetSectionSql, ct, ("$id", section.Id)))[0];
    }

    private const string HoldingsInForceOfSectionSql = """
        SELECT count(*) FROM holdings WHERE section_id = $id AND (valid_to IS NULL OR valid_to > $on)
        """;
    private const string AbolishSectionSql = "UPDATE sections SET valid_to = $on WHERE id = $id";

    private const string SectionFilterSql = """
        ($unit IS NULL OR c.unit_id = $unit)
        AND ($j IS NULL OR j.name = $j)
        AND ($kind IS NULL OR c.kind = $kind)
        AND ($name IS NULL OR instr(c.name, $name) > 0)
        AND ($at IS NULL OR ((c.valid_from IS NULL OR c.valid_from <= $at) AND (c.valid_to IS NULL OR c.valid_to > $at)))
        """;
    private static readonly PagedSql ListSectionsSql = new(
        SelectSections + " WHERE c.id > $after AND " + SectionFilterSql + " ORDER BY c.id LIMIT $limit",
        SelectSections + " WHERE (c.name, c.id) > ($afterName, $after) AND " + SectionFilterSql + " ORDER BY c.name, c.id LIMIT $limit",
        "SELECT count(*) FROM " + R.SectionFrom + " WHERE " + SectionFilterSql);

    public Task<Page<Section>> ListSectionsAsync(SectionFilter filter, PageRequest page, CancellationToken ct) =>
        ListPageAsync(ListSectionsSql, page, R.Section, s => s.Id, s => s.Name, ct,
        [
            ("$unit", filter.UnitId), ("$j", filter.Jurisdiction is null ? null : Jurisdiction.Canonical(filter.Jurisdiction)),
            ("$kind", filter.Kind), ("$name", filter.NameContains), ("$at", DateText.Format(filter.ValidAt)),
        ]);

    private static Task<List<Section>> SectionsAsync(SqliteConnection c, SqliteTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] p) =>
        Sql.ListAsync(c, tx, sql, R.Section, ct, p);
}
