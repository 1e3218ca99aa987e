using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Sqlite;

/// <summary>
/// Links rows that name records by name (holdings, correspondences, a unit's parent and
/// 合署办公 partner) to the records those names resolve to now, after records were added
/// or renamed. Only rows not yet linked are looked at.
/// </summary>
internal static class Linker
{
    private const string NameIndexUnitsSql = """
        SELECT u.id, j.name, u.name, u.aliases FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id ORDER BY u.id
        """;
    private const string NameIndexSectionsSql = "SELECT c.id, c.unit_id, c.name FROM sections c ORDER BY c.id";

    public static async Task<NameIndex> LoadNameIndexAsync(SqliteWriter w, CancellationToken ct)
    {
        var index = new NameIndex();
        await using (var command = Sql.Command(w.Connection, w.Transaction, NameIndexUnitsSql))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                index.AddUnit(r.GetInt64(0), r.GetString(1), r.GetString(2), r.Text(3)?.Split('；') ?? []);
            }
        }
        await using (var command = Sql.Command(w.Connection, w.Transaction, NameIndexSectionsSql))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                index.AddSection(r.GetInt64(0), r.GetInt64(1), r.GetString(2));
            }
        }
        return index;
    }

    private const string UnlinkedHoldingsSql = """
        SELECT h.id, j.name, h.unit_name, h.section_name, h.unit_id, h.section_id
        FROM holdings h JOIN duties d ON d.id = h.duty_id JOIN jurisdictions j ON j.id = d.jurisdiction_id
        WHERE h.unit_id IS NULL OR (h.section_name IS NOT NULL AND h.section_id IS NULL)
        """;
    private const string LinkHoldingSql = "UPDATE holdings SET unit_id = $unit, section_id = $section WHERE id = $id";

    private const string UnlinkedCorrespondencesSql = """
        SELECT k.id, j.name, k.office_name, k.county_unit_name, k.office_unit_id, k.office_section_id, k.county_unit_id
        FROM correspondences k JOIN jurisdictions j ON j.id = k.township_id
        WHERE k.county_unit_id IS NULL OR (k.office_unit_id IS NULL AND k.office_section_id IS NULL)
        """;
    private const string LinkCorrespondenceSql = """
        UPDATE correspondences SET office_unit_id = $officeUnit, office_section_id = $officeSection, county_unit_id = $county WHERE id = $id
        """;

    private const string UnlinkedUnitsSql = """
        SELECT u.id, j.name, u.parent, u.colocated_with, u.parent_unit_id, u.colocated_unit_id FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id
        WHERE (u.parent IS NOT NULL AND u.parent_unit_id IS NULL) OR (u.colocated_with IS NOT NULL AND u.colocated_unit_id IS NULL)
        """;
    private const string LinkUnitSql = "UPDATE units SET parent_unit_id = $parent, colocated_unit_id = $colocated WHERE id = $id";

    public static async Task LinkAllAsync(SqliteWriter w, NameIndex names, CancellationToken ct)
    {
        var holdings = await Sql.ListAsync(w.Connection, w.Transaction, UnlinkedHoldingsSql,
            r => (Id: r.GetInt64(0), J: r.GetString(1), Unit: r.GetString(2), Section: r.Text(3), UnitId: r.Long(4), SectionId: r.Long(5)), ct);
        foreach (var h in holdings)
        {
            var (unitId, sectionId) = names.ResolveHolder(h.J, h.Unit, h.Section);
            if (unitId != h.UnitId || sectionId != h.SectionId)
            {
                w.Run(LinkHoldingSql, unitId, sectionId, h.Id);
            }
        }
        var correspondences = await Sql.ListAsync(w.Connection, w.Transaction, UnlinkedCorrespondencesSql,
            r => (Id: r.GetInt64(0), Township: r.GetString(1), Office: r.GetString(2), County: r.GetString(3),
                Now: (r.Long(4), r.Long(5), r.Long(6))), ct);
        foreach (var c in correspondences)
        {
            // Only a row whose links change is written: an unchanged row is no change (the change log would say otherwise).
            var (officeUnit, officeSection) = names.ResolveOffice(c.Township, c.Office);
            var county = names.ResolveCountyUnit(c.Township, c.County);
            if ((officeUnit, officeSection, county) != c.Now)
            {
                w.Run(LinkCorrespondenceSql, officeUnit, officeSection, county, c.Id);
            }
        }
        var units = await Sql.ListAsync(w.Connection, w.Transaction, UnlinkedUnitsSql,
            r => (Id: r.GetInt64(0), J: r.GetString(1), Parent: r.Text(2), Colocated: r.Text(3), Now: (r.Long(4), r.Long(5))), ct);
        foreach (var u in units)
        {
            var links = (u.Parent is null ? null : names.FindUnit(u.J, u.Parent), u.Colocated is null ? null : names.FindUnit(u.J, u.Colocated));
            if (links != u.Now)
            {
                w.Run(LinkUnitSql, links.Item1, links.Item2, u.Id);
            }
        }
    }

    public static async Task LinkAllAsync(SqliteWriter w, CancellationToken ct) =>
        await LinkAllAsync(w, await LoadNameIndexAsync(w, ct), ct);
}
