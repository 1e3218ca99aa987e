using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;
using Microsoft.Data.Sqlite;

namespace DutyGraph.Graph.Sqlite;

/// <summary>The SELECT lists of each record, each column named, and the functions that map a row of them to the record by those names.</summary>
internal static class RecordReaders
{
    public const string JurisdictionColumns = "j.id AS id, j.name AS name, j.level AS level, p.name AS parent";
    public const string JurisdictionFrom = "jurisdictions j LEFT JOIN jurisdictions p ON p.id = j.parent_id";

    public static Jurisdiction Jurisdiction(SqlRow r) =>
        new(r.Long("id"), r.String("name"), Enum.Parse<JurisdictionLevel>(r.String("level")), r.Text("parent"));

    public const string UnitColumns =
        "u.id AS id, j.name AS jurisdiction, u.name AS name, u.kind AS kind, u.parent AS parent, u.aliases AS aliases, u.colocated_with AS colocated_with, " +
        "u.staff_quota AS staff_quota, u.valid_from AS valid_from, u.valid_to AS valid_to, s.text AS source, u.extra AS extra";
    public const string UnitFrom =
        "units u JOIN jurisdictions j ON j.id = u.jurisdiction_id JOIN sources s ON s.id = u.source_id";

    public static Unit Unit(SqlRow r) => new()
    {
        Id = r.Long("id"),
        Jurisdiction = r.String("jurisdiction"),
        Name = r.String("name"),
        Kind = r.Text("kind"),
        Parent = r.Text("parent"),
        Aliases = r.Text("aliases") is { } aliases ? aliases.Split('；') : [],
        ColocatedWith = r.Text("colocated_with"),
        StaffQuota = r.IntOrNull("staff_quota"),
        ValidFrom = DateText.ParseStored(r.Text("valid_from")),
        ValidTo = DateText.ParseStored(r.Text("valid_to")),
        Source = r.String("source"),
        Extra = ExtrasJson.Deserialize(r.Text("extra")),
    };

    public static string? AliasesText(Unit unit) => unit.Aliases.Count == 0 ? null : string.Join('；', unit.Aliases);

    public const string SectionColumns =
        "c.id AS id, c.unit_id AS unit_id, j.name AS jurisdiction, u.name AS unit, c.name AS name, c.kind AS kind, c.staff_quota AS staff_quota, " +
        "c.staff_actual AS staff_actual, c.valid_from AS valid_from, c.valid_to AS valid_to, s.text AS source, c.extra AS extra";
    public const string SectionFrom =
        "sections c JOIN units u ON u.id = c.unit_id JOIN jurisdictions j ON j.id = u.jurisdiction_id JOIN sources s ON s.id = c.source_id";

    public static Section Section(SqlRow r) => new()
    {
        Id = r.Long("id"),
        UnitId = r.Long("unit_id"),
        Jurisdiction = r.String("jurisdiction"),
        Unit = r.String("unit"),
        Name = r.String("name"),
        Kind = r.Text("kind"),
        StaffQuota = r.IntOrNull("staff_quota"),
        StaffActual = r.IntOrNull("staff_actual"),
        ValidFrom = DateText.ParseStored(r.Text("valid_from")),
        ValidTo = DateText.ParseStored(r.Text("valid_to")),
        Source = r.String("source"),
        Extra = ExtrasJson.Deserialize(r.Text("extra")),
    };

    /// <summary>A duty's columns; its text fields (<see cref="Duties.Duty.TextFields"/>) each under its column's name.</summary>
    public static readonly string DutyColumns =
        "d.id AS id, j.name AS jurisdiction, d.title AS title, s.text AS source, d.extra AS extra, d.cancelled_on AS cancelled_on, " +
        string.Join(", ", Duties.Duty.TextFields.Select(f => $"d.{f.Column} AS {f.Column}"));
    public const string DutyFrom =
        "duties d JOIN jurisdictions j ON j.id = d.jurisdiction_id JOIN sources s ON s.id = d.source_id";
    public static readonly string SelectDuties = "SELECT " + DutyColumns + " FROM " + DutyFrom;

    public static Duty Duty(SqlRow r) => Common.TextField<Duty>.SetAll(Duties.Duty.TextFields, new Duty
    {
        Id = r.Long("id"),
        Jurisdiction = r.String("jurisdiction"),
        Title = r.String("title"),
        Source = r.String("source"),
        Extra = ExtrasJson.Deserialize(r.Text("extra")),
        CancelledOn = DateText.ParseStored(r.Text("cancelled_on")),
    }, field => r.Text(field.Column));

    public const string HoldingColumns =
        "h.id AS id, h.duty_id AS duty_id, h.unit_name AS unit_name, h.section_name AS section_name, h.role AS role, h.valid_from AS valid_from, " +
        "h.valid_to AS valid_to, s.text AS source, h.extra AS extra, h.unit_id AS unit_id, h.section_id AS section_id";
    public const string HoldingFrom = "holdings h JOIN sources s ON s.id = h.source_id";

    public static Holding Holding(SqlRow r) => new()
    {
        Id = r.Long("id"),
        DutyId = r.Long("duty_id"),
        Unit = r.String("unit_name"),
        Section = r.Text("section_name"),
        Role = RoleOf(r.String("role")),
        ValidFrom = DateText.ParseStored(r.Text("valid_from")),
        ValidTo = DateText.ParseStored(r.Text("valid_to")),
        Source = r.String("source"),
        Extra = ExtrasJson.Deserialize(r.Text("extra")),
        UnitId = r.LongOrNull("unit_id"),
        SectionId = r.LongOrNull("section_id"),
    };

    public static string RoleText(Role role) => role == Role.Lead ? "LEAD" : "SUPPORT";

    private static Role RoleOf(string text) => text == "LEAD" ? Role.Lead : Role.Support;

    public const string CorrespondenceColumns =
        "k.id AS id, j.name AS township, k.office_name AS office_name, k.county_unit_name AS county_unit_name, k.note AS note, s.text AS source, " +
        "k.extra AS extra, k.office_unit_id AS office_unit_id, k.office_section_id AS office_section_id, k.county_unit_id AS county_unit_id";
    public const string CorrespondenceFrom =
        "correspondences k JOIN jurisdictions j ON j.id = k.township_id JOIN sources s ON s.id = k.source_id";

    public static Correspondence Correspondence(SqlRow r) => new()
    {
        Id = r.Long("id"),
        Township = r.String("township"),
        TownshipOffice = r.String("office_name"),
        CountyUnit = r.String("county_unit_name"),
        Note = r.Text("note"),
        Source = r.String("source"),
        Extra = ExtrasJson.Deserialize(r.Text("extra")),
        OfficeUnitId = r.LongOrNull("office_unit_id"),
        OfficeSectionId = r.LongOrNull("office_section_id"),
        CountyUnitId = r.LongOrNull("county_unit_id"),
    };
}
