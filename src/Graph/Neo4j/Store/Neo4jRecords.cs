using DutyGraph.Graph.Common;
using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Units;
using M = System.Collections.Generic.IReadOnlyDictionary<string, object?>;

namespace DutyGraph.Graph.Neo4j.Store;

/// <summary>
/// How each record is kept in Neo4j: its fields as properties (dates as Neo4j dates, unknown
/// columns as JSON text), written as one map per record and read back from the map a statement
/// returns. Also the <c>ref</c> by which a holding or correspondence finds its party.
/// </summary>
internal static class Neo4jRecords
{
    public static string UnitRef(long id) => "U:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string SectionRef(long id) => "S:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A name written in a jurisdiction's list that no unit or section answers to (yet).</summary>
    public static string UnresolvedRef(string jurisdiction, string name) => "X:" + jurisdiction + ":" + NameKey.Of(name);

    public static string PartyRef(string jurisdiction, string name, long? unitId, long? sectionId) =>
        sectionId is { } s ? SectionRef(s) : unitId is { } u ? UnitRef(u) : UnresolvedRef(jurisdiction, name);

    public static Dictionary<string, object?> Props(Unit u) => new(StringComparer.Ordinal)
    {
        ["jurisdiction"] = u.Jurisdiction, ["name"] = u.Name, ["nameKey"] = NameKey.Of(u.Name), ["kind"] = u.Kind,
        ["parent"] = u.Parent, ["aliases"] = u.Aliases.Count == 0 ? null : u.Aliases.ToList(), ["colocatedWith"] = u.ColocatedWith,
        ["staffQuota"] = u.StaffQuota, ["validFrom"] = u.ValidFrom, ["validTo"] = u.ValidTo, ["source"] = u.Source,
        ["extra"] = ExtrasJson.Serialize(u.Extra),
    };

    public static Unit Unit(M m) => new()
    {
        Id = Long(m, "id"), Jurisdiction = Text(m, "jurisdiction"), Name = Text(m, "name"), Kind = Maybe(m, "kind"),
        Parent = Maybe(m, "parent"), Aliases = m.GetValueOrDefault("aliases") is IEnumerable<object?> a ? [.. a.Select(x => (string)x!)] : [],
        ColocatedWith = Maybe(m, "colocatedWith"), StaffQuota = Int(m, "staffQuota"), ValidFrom = Date(m, "validFrom"),
        ValidTo = Date(m, "validTo"), Source = Text(m, "source"), Extra = ExtrasJson.Deserialize(Maybe(m, "extra")),
    };

    public static Dictionary<string, object?> Props(Section s) => new(StringComparer.Ordinal)
    {
        ["name"] = s.Name, ["nameKey"] = NameKey.Of(s.Name), ["kind"] = s.Kind, ["staffQuota"] = s.StaffQuota,
        ["staffActual"] = s.StaffActual, ["validFrom"] = s.ValidFrom, ["validTo"] = s.ValidTo, ["source"] = s.Source,
        ["extra"] = ExtrasJson.Serialize(s.Extra),
    };

    public static Section Section(M m) => new()
    {
        Id = Long(m, "id"), UnitId = Long(m, "unitId"), Jurisdiction = Text(m, "jurisdiction"), Unit = Text(m, "unit"),
        Name = Text(m, "name"), Kind = Maybe(m, "kind"), StaffQuota = Int(m, "staffQuota"), StaffActual = Int(m, "staffActual"),
        ValidFrom = Date(m, "validFrom"), ValidTo = Date(m, "validTo"), Source = Text(m, "source"), Extra = ExtrasJson.Deserialize(Maybe(m, "extra")),
    };

    /// <summary>A duty's properties; its text fields (<see cref="Duties.Duty.TextFields"/>) under their names.</summary>
    public static Dictionary<string, object?> Props(Duty d)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["jurisdiction"] = d.Jurisdiction, ["listKey"] = d.ListKey, ["title"] = d.Title, ["source"] = d.Source,
            ["extra"] = ExtrasJson.Serialize(d.Extra), ["cancelledOn"] = d.CancelledOn,
        };
        foreach (var field in Duties.Duty.TextFields)
        {
            props.Add(field.Name, field.Get(d));
        }
        return props;
    }

    public static Duty Duty(M m) => TextField<Duty>.SetAll(Duties.Duty.TextFields, new Duty
    {
        Id = Long(m, "id"), Jurisdiction = Text(m, "jurisdiction"), Title = Text(m, "title"), Source = Text(m, "source"),
        Extra = ExtrasJson.Deserialize(Maybe(m, "extra")), CancelledOn = Date(m, "cancelledOn"),
    }, field => Maybe(m, field.Name));

    public static Dictionary<string, object?> Props(Holding h, long id) => new(StringComparer.Ordinal)
    {
        ["id"] = id, ["unit"] = h.Unit, ["section"] = h.Section, ["role"] = h.Role == Role.Lead ? "LEAD" : "SUPPORT",
        ["validFrom"] = h.ValidFrom, ["validTo"] = h.ValidTo, ["source"] = h.Source, ["extra"] = ExtrasJson.Serialize(h.Extra),
    };

    public static Holding Holding(M m) => new()
    {
        Id = Long(m, "id"), DutyId = Long(m, "dutyId"), Unit = Text(m, "unit"), Section = Maybe(m, "section"),
        Role = Maybe(m, "role") == "SUPPORT" ? Role.Support : Role.Lead, ValidFrom = Date(m, "validFrom"), ValidTo = Date(m, "validTo"),
        Source = Text(m, "source"), Extra = ExtrasJson.Deserialize(Maybe(m, "extra")), UnitId = MaybeLong(m, "unitId"),
        SectionId = MaybeLong(m, "sectionId"),
    };

    public static Dictionary<string, object?> Props(Correspondence c, long id) => new(StringComparer.Ordinal)
    {
        ["id"] = id, ["township"] = c.Township, ["office"] = c.TownshipOffice, ["officeKey"] = NameKey.Of(c.TownshipOffice),
        ["countyUnit"] = c.CountyUnit, ["countyUnitKey"] = NameKey.Of(c.CountyUnit), ["note"] = c.Note, ["source"] = c.Source,
        ["extra"] = ExtrasJson.Serialize(c.Extra),
    };

    public static Correspondence Correspondence(M m) => new()
    {
        Id = Long(m, "id"), Township = Text(m, "township"), TownshipOffice = Text(m, "office"), CountyUnit = Text(m, "countyUnit"),
        Note = Maybe(m, "note"), Source = Text(m, "source"), Extra = ExtrasJson.Deserialize(Maybe(m, "extra")),
        OfficeUnitId = MaybeLong(m, "officeUnitId"), OfficeSectionId = MaybeLong(m, "officeSectionId"), CountyUnitId = MaybeLong(m, "countyUnitId"),
    };

    /// <summary>The map a statement returned in its column <c>r</c>.</summary>
    public static M Map(IReadOnlyDictionary<string, object?> record, string column = "r") =>
        record[column] as M ?? throw new InvalidDataException($"Neo4j returned no record map in column '{column}'");

    public static long Long(M m, string key) => MaybeLong(m, key) ?? throw Missing(key);

    public static long? MaybeLong(M m, string key) => m.GetValueOrDefault(key) switch
    {
        null => null,
        long n => n,
        var other => throw new InvalidDataException($"Neo4j returned {other} for '{key}', not an integer"),
    };

    private static int? Int(M m, string key) => MaybeLong(m, key) is { } n ? checked((int)n) : null;

    public static string Text(M m, string key) => Maybe(m, key) ?? throw Missing(key);

    public static string? Maybe(M m, string key) => m.GetValueOrDefault(key) switch
    {
        null => null,
        string s => s,
        var other => throw new InvalidDataException($"Neo4j returned {other} for '{key}', not a string"),
    };

    private static DateOnly? Date(M m, string key) => m.GetValueOrDefault(key) switch
    {
        null => null,
        DateOnly d => d,
        var other => throw new InvalidDataException($"Neo4j returned {other} for '{key}', not a date"),
    };

    private static InvalidDataException Missing(string key) => new($"Neo4j returned a record without '{key}'");
}
