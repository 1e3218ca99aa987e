using DutyGraph.Graph.Jurisdictions;
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
        SELECT u.id AS id, j.name AS jurisdiction, u.name AS name, u.aliases AS aliases FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id
        WHERE $scope IS NULL OR j.name IN (SELECT value FROM json_each($scope)) ORDER BY u.id
        """;
    private const string NameIndexSectionsSql = """
        SELECT c.id AS id, c.unit_id AS unit_id, c.name AS name FROM sections c JOIN units u ON u.id = c.unit_id JOIN jurisdictions j ON j.id = u.jurisdiction_id
        WHERE $scope IS NULL OR j.name IN (SELECT value FROM json_each($scope)) ORDER BY c.id
        """;

    /// <summary>The names of the units and sections of these jurisdictions and those above them (null: of all), as the Neo4j store loads them.</summary>
    public static async Task<NameIndex> LoadNameIndexAsync(SqliteWriter w, IEnumerable<string>? jurisdictions, CancellationToken ct)
    {
        var scope = ("$scope", (object?)(jurisdictions is null ? null
            : System.Text.Json.JsonSerializer.Serialize(jurisdictions.SelectMany(Jurisdiction.SelfAndAncestors).Distinct())));
        var index = new NameIndex();
        foreach (var (id, jurisdiction, name, aliases) in await Sql.ListAsync(w.Connection, w.Transaction, NameIndexUnitsSql,
            r => (r.Long("id"), r.String("jurisdiction"), r.String("name"), r.Text("aliases")), ct, scope))
        {
            index.AddUnit(id, jurisdiction, name, aliases?.Split('；') ?? []);
        }
        foreach (var (id, unitId, name) in await Sql.ListAsync(w.Connection, w.Transaction, NameIndexSectionsSql,
            r => (r.Long("id"), r.Long("unit_id"), r.String("name")), ct, scope))
        {
            index.AddSection(id, unitId, name);
        }
        return index;
    }

    private const string UnlinkedHoldingsSql = """
        SELECT h.id AS id, j.name AS jurisdiction, h.unit_name AS unit_name, h.section_name AS section_name, h.unit_id AS unit_id, h.section_id AS section_id
        FROM holdings h JOIN duties d ON d.id = h.duty_id JOIN jurisdictions j ON j.id = d.jurisdiction_id
        WHERE h.unit_id IS NULL OR (h.section_name IS NOT NULL AND h.section_id IS NULL)
        """;
    private const string LinkHoldingSql = "UPDATE holdings SET unit_id = $unit, section_id = $section WHERE id = $id";

    private const string UnlinkedCorrespondencesSql = """
        SELECT k.id AS id, j.name AS township, k.office_name AS office_name, k.county_unit_name AS county_unit_name,
            k.office_unit_id AS office_unit_id, k.office_section_id AS office_section_id, k.county_unit_id AS county_unit_id
        FROM correspondences k JOIN jurisdictions j ON j.id = k.township_id
        WHERE k.county_unit_id IS NULL OR (k.office_unit_id IS NULL AND k.office_section_id IS NULL)
        """;
    private const string LinkCorrespondenceSql = """
        UPDATE correspondences SET office_unit_id = $officeUnit, office_section_id = $officeSection, county_unit_id = $county WHERE id = $id
        """;

    private const string UnlinkedUnitsSql = """
        SELECT u.id AS id, j.name AS jurisdiction, u.parent AS parent, u.colocated_with AS colocated_with,
            u.parent_unit_id AS parent_unit_id, u.colocated_unit_id AS colocated_unit_id
        FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id
        WHERE (u.parent IS NOT NULL AND u.parent_unit_id IS NULL) OR (u.colocated_with IS NOT NULL AND u.colocated_unit_id IS NULL)
        """;
    private const string LinkUnitSql = "UPDATE units SET parent_unit_id = $parent, colocated_unit_id = $colocated WHERE id = $id";

    public static async Task LinkAllAsync(SqliteWriter w, NameIndex names, CancellationToken ct)
    {
        var holdings = await Sql.ListAsync(w.Connection, w.Transaction, UnlinkedHoldingsSql,
            r => (Id: r.Long("id"), J: r.String("jurisdiction"), Unit: r.String("unit_name"), Section: r.Text("section_name"),
                UnitId: r.LongOrNull("unit_id"), SectionId: r.LongOrNull("section_id")), ct);
        foreach (var h in holdings)
        {
            var (unitId, sectionId) = names.ResolveHolder(h.J, h.Unit, h.Section);
            if (unitId != h.UnitId || sectionId != h.SectionId)
            {
                w.Run(LinkHoldingSql, ("$unit", unitId), ("$section", sectionId), ("$id", h.Id));
            }
        }
        var correspondences = await Sql.ListAsync(w.Connection, w.Transaction, UnlinkedCorrespondencesSql,
            r => (Id: r.Long("id"), Township: r.String("township"), Office: r.String("office_name"), County: r.String("county_unit_name"),
                Now: (r.LongOrNull("office_unit_id"), r.LongOrNull("office_section_id"), r.LongOrNull("county_unit_id"))), ct);
        foreach (var c in correspondences)
        {
            // Only a row whose links change is written: an unchanged row is no change (the change log would say otherwise).
            var (officeUnit, officeSection) = names.ResolveOffice(c.Township, c.Office);
            var county = names.ResolveCountyUnit(c.Township, c.County);
            if ((officeUnit, officeSection, county) != c.Now)
            {
                w.Run(LinkCorrespondenceSql, ("$officeUnit", officeUnit), ("$officeSection", officeSection), ("$county", county), ("$id", c.Id));
            }
        }
        var units = await Sql.ListAsync(w.Connection, w.Transaction, UnlinkedUnitsSql,
            r => (Id: r.Long("id"), J: r.String("jurisdiction"), Parent: r.Text("parent"), Colocated: r.Text("colocated_with"),
                Now: (r.LongOrNull("parent_unit_id"), r.LongOrNull("colocated_unit_id"))), ct);
        foreach (var u in units)
        {
            var links = (u.Parent is null ? null : names.FindUnit(u.J, u.Parent), u.Colocated is null ? null : names.FindUnit(u.J, u.Colocated));
            if (links != u.Now)
            {
                w.Run(LinkUnitSql, ("$parent", links.Item1), ("$colocated", links.Item2), ("$id", u.Id));
            }
        }
    }

    public static async Task LinkAllAsync(SqliteWriter w, CancellationToken ct) =>
        await LinkAllAsync(w, await LoadNameIndexAsync(w, null, ct), ct);
}
