using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;
using Microsoft.Data.Sqlite;

namespace DutyGraph.Graph.Sqlite;

/// <summary>The SELECT lists of each record and the functions that map a row of them to the record.</summary>
internal static class RecordReaders
{
    public const string JurisdictionColumns = "j.id, j.name, j.level, p.name";
    public const string JurisdictionFrom = "jurisdictions j LEFT JOIN jurisdictions p ON p.id = j.parent_id";

    public static Jurisdiction Jurisdiction(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), Enum.Parse<JurisdictionLevel>(r.GetString(2)), r.Text(3));

    public const string UnitColumns =
        "u.id, j.name, u.name, u.kind, u.parent, u.aliases, u.colocated_with, u.staff_quota, u.valid_from, u.valid_to, s.text, u.extra";
    public const string UnitFrom =
        "units u JOIN jurisdictions j ON j.id = u.jurisdiction_id JOIN sources s ON s.id = u.source_id";

    public static Unit Unit(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Jurisdiction = r.GetString(1),
        Name = r.GetString(2),
        Kind = r.Text(3),
        Parent = r.Text(4),
        Aliases = r.Text(5) is { } aliases ? aliases.Split('；') : [],
        ColocatedWith = r.Text(6),
        StaffQuota = r.Int(7),
        ValidFrom = DateText.ParseStored(r.Text(8)),
        ValidTo = DateText.ParseStored(r.Text(9)),
        Source = r.GetString(10),
        Extra = ExtrasJson.Deserialize(r.Text(11)),
    };

    public static string? AliasesText(Unit unit) => unit.Aliases.Count == 0 ? null : string.Join('；', unit.Aliases);

    public const string SectionColumns =
        "c.id, c.unit_id, j.name, u.name, c.name, c.kind, c.staff_quota, c.staff_actual, c.valid_from, c.valid_to, s.text, c.extra";
    public const string SectionFrom =
        "sections c JOIN units u ON u.id = c.unit_id JOIN jurisdictions j ON j.id = u.jurisdiction_id JOIN sources s ON s.id = c.source_id";

    public static Section Section(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        UnitId = r.GetInt64(1),
        Jurisdiction = r.GetString(2),
        Unit = r.GetString(3),
        Name = r.GetString(4),
        Kind = r.Text(5),
        StaffQuota = r.Int(6),
        StaffActual = r.Int(7),
        ValidFrom = DateText.ParseStored(r.Text(8)),
        ValidTo = DateText.ParseStored(r.Text(9)),
        Source = r.GetString(10),
        Extra = ExtrasJson.Deserialize(r.Text(11)),
    };

    public const string DutyColumns =
        "d.id, j.name, d.code, d.title, d.category, d.description, d.basis, s.text, d.extra, d.cancelled_on";
    public const string DutyFrom =
        "duties d JOIN jurisdictions j ON j.id = d.jurisdiction_id JOIN sources s ON s.id = d.source_id";

    public static Duty Duty(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Jurisdiction = r.GetString(1),
        Code = r.Text(2),
        Title = r.GetString(3),
        Category = r.Text(4),
        Description = r.Text(5),
        Basis = r.Text(6),
        Source = r.GetString(7),
        Extra = ExtrasJson.Deserialize(r.Text(8)),
        CancelledOn = DateText.ParseStored(r.Text(9)),
    };

    public const string HoldingColumns =
        "h.id, h.duty_id, h.unit_name, h.section_name, h.role, h.valid_from, h.valid_to, s.text, h.extra, h.unit_id, h.section_id";
    public const string HoldingFrom = "holdings h JOIN sources s ON s.id = h.source_id";

    public static Holding Holding(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        DutyId = r.GetInt64(1),
        Unit = r.GetString(2),
        Section = r.Text(3),
        Role = RoleOf(r.GetString(4)),
        ValidFrom = DateText.ParseStored(r.Text(5)),
        ValidTo = DateText.ParseStored(r.Text(6)),
        Source = r.GetString(7),
        Extra = ExtrasJson.Deserialize(r.Text(8)),
        UnitId = r.Long(9),
        SectionId = r.Long(10),
    };

    public static string RoleText(Role role) => role == Role.Lead ? "LEAD" : "SUPPORT";

    private static Role RoleOf(string text) => text == "LEAD" ? Role.Lead : Role.Support;

    public const string CorrespondenceColumns =
        "k.id, j.name, k.office_name, k.county_unit_name, k.note, s.text, k.extra, k.office_unit_id, k.office_section_id, k.county_unit_id";
    public const string CorrespondenceFrom =
        "correspondences k JOIN jurisdictions j ON j.id = k.township_id JOIN sources s ON s.id = k.source_id";

    public static Correspondence Correspondence(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Township = r.GetString(1),
        TownshipOffice = r.GetString(2),
        CountyUnit = r.GetString(3),
        Note = r.Text(4),
        Source = r.GetString(5),
        Extra = ExtrasJson.Deserialize(r.Text(6)),
        OfficeUnitId = r.Long(7),
        OfficeSectionId = r.Long(8),
        CountyUnitId = r.Long(9),
    };
}
