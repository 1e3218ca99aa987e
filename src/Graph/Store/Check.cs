using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Store;

/// <summary>The rules of single-record writes and reform steps, the same for every store; the field rules are checked before any statement runs.</summary>
internal static class Check
{
    public static void Unit(Unit u)
    {
        Required(u.Jurisdiction, "jurisdiction");
        Required(u.Name, "name");
        Required(u.Source, "source");
        NotNegative(u.StaffQuota, "staffQuota");
        Period(u.ValidFrom, u.ValidTo);
    }

    public static void Section(Section s)
    {
        Required(s.Name, "name");
        Required(s.Source, "source");
        NotNegative(s.StaffQuota, "staffQuota");
        NotNegative(s.StaffActual, "staffActual");
        Period(s.ValidFrom, s.ValidTo);
    }

    public static void Duty(Duty d)
    {
        Required(d.Jurisdiction, "jurisdiction");
        Required(d.Title, "title");
        Required(d.Source, "source");
    }

    public static void Holding(Holding h)
    {
        Required(h.Unit, "unit");
        Required(h.Source, "source");
        Period(h.ValidFrom, h.ValidTo);
    }

    /// <summary>The correspondence's township, canonical; refused unless it names its county and both names are given.</summary>
    public static string Correspondence(Correspondence c)
    {
        var township = Jurisdiction.Canonical(c.Township ?? "");
        if (!township.Contains(Jurisdiction.Separator))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "township",
                $"'{c.Township}' does not name its county: write it as county/township, e.g. 上犹县/营前镇");
        }
        if (string.IsNullOrWhiteSpace(c.TownshipOffice) || string.IsNullOrWhiteSpace(c.CountyUnit))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument,
                string.IsNullOrWhiteSpace(c.TownshipOffice) ? "townshipOffice" : "countyUnit", "both names are required");
        }
        return township;
    }

    public static StoreException CorrespondenceExists(Correspondence c, string township, long existing) =>
        new(StoreErrorCode.Conflict, "countyUnit", $"{c.TownshipOffice} of {township} already answers to {c.CountyUnit} (correspondence {existing})");

    /// <summary>Refuses a holder the duty already has (same unit, section, role and start, by name key).</summary>
    public static void NotHeldAlready(IEnumerable<Holding> existing, Holding holding)
    {
        if (existing.Any(h => SameHolder(h, holding)))
        {
            throw new StoreException(StoreErrorCode.Conflict, "unit",
                $"{holding.Unit}{(holding.Section is null ? "" : "/" + holding.Section)} already holds this duty as {Roles.ChineseName(holding.Role)} from that date");
        }
    }

    private static bool SameHolder(Holding a, Holding b) =>
        NameKey.Of(a.Unit) == NameKey.Of(b.Unit) && NameKey.Of(a.Section ?? "") == NameKey.Of(b.Section ?? "")
        && a.Role == b.Role && a.ValidFrom == b.ValidFrom;

    /// <summary>A record stays in the jurisdiction it is stored in: the stored one, or refused with the record's own reason.</summary>
    public static string StaysIn(string stored, string given, string refusal) =>
        Jurisdiction.Canonical(given) == stored ? stored : throw new StoreException(StoreErrorCode.InvalidArgument, "jurisdiction", refusal);

    /// <summary>先立后破: a unit or section is not ended while it holds duties past that day.</summary>
    public static void NotHolding(long held, string name, DateOnly on, string field)
    {
        if (held > 0)
        {
            throw new StoreException(StoreErrorCode.StillHoldsDuties, field,
                $"{name} still holds {held} duty holding(s) after {DateText.Format(on)}: transfer them before abolishing it (先立后破)");
        }
    }

    public static void ReformSource(ReformStep step)
    {
        if (string.IsNullOrWhiteSpace(step.Source))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "source", "a reform step must say where it comes from (e.g. the 三定 document)");
        }
    }

    /// <summary>A move's holding: moved once per step, and in force on the day.</summary>
    public static void Movable(Holding? holding, HoldingMove move, HashSet<long> seen, DateOnly on, string at)
    {
        if (!seen.Add(move.HoldingId))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, at + ".holding", $"holding {move.HoldingId} is moved twice in one step");
        }
        if (holding is null)
        {
            throw new StoreException(StoreErrorCode.NotFound, at + ".holding", $"no holding has id {move.HoldingId}");
        }
        if (!holding.IsValidAt(on))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, at + ".holding",
                $"{holding.Unit}{(holding.Section is null ? "" : "/" + holding.Section)} does not hold that duty on {DateText.Format(on)}");
        }
    }

    /// <summary>The unit (and section) a move goes to: both exist and are in being on the day, and they are not the holder already.</summary>
    public static void MoveTarget(Holding holding, HoldingMove move, Unit? unit, Section? section, DateOnly on, string at)
    {
        if (unit is null)
        {
            throw new StoreException(StoreErrorCode.NotFound, at + ".toUnit", $"no unit has id {move.ToUnitId}");
        }
        if (!unit.IsValidAt(on))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, at + ".toUnit", $"{unit.Name} is not in being on {DateText.Format(on)}");
        }
        if (move.ToSectionId is { } sectionId)
        {
            if (section is null)
            {
                throw new StoreException(StoreErrorCode.NotFound, at + ".toSection", $"no section has id {sectionId}");
            }
            if (section.UnitId != unit.Id)
            {
                throw new StoreException(StoreErrorCode.InvalidArgument, at + ".toSection", $"{section.Name} is a section of another unit, not of {unit.Name}");
            }
            if (!section.IsValidAt(on))
            {
                throw new StoreException(StoreErrorCode.InvalidArgument, at + ".toSection", $"{section.Name} is not in being on {DateText.Format(on)}");
            }
        }
        if (holding.UnitId == unit.Id && holding.SectionId == section?.Id)
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, at + ".toUnit", $"{unit.Name} already is the holder: nothing to move");
        }
    }

    /// <summary>The holding a move creates, unless the duty already has that holder in that role on the day.</summary>
    public static Holding? Moved(Holding holding, HoldingMove move, Unit unit, Section? section, IEnumerable<Holding> others, ReformStep step)
    {
        var role = move.Role ?? holding.Role;
        return others.Any(h => h.UnitId == unit.Id && h.SectionId == section?.Id && h.Role == role && h.IsValidAt(step.On))
            ? null
            : new Holding { DutyId = holding.DutyId, Unit = unit.Name, Section = section?.Name, Role = role, ValidFrom = step.On, Source = step.Source };
    }

    public static void EndDate(DateOnly? from, DateOnly on, string field)
    {
        if (from is { } start && on < start)
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, field,
                $"{DateText.Format(on)} is before the start date {DateText.Format(start)}");
        }
    }

    /// <summary>Abolishing again may bring the end date forward, never push it back.</summary>
    public static void NotAbolishedBefore(DateOnly? abolished, DateOnly on, string name)
    {
        if (abolished is { } already && already <= on)
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "on", $"{name} was already abolished on {DateText.Format(already)}");
        }
    }

    public static void Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, field, $"{field} is required");
        }
    }

    private static void NotNegative(int? value, string field)
    {
        if (value < 0)
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, field, $"{field} must be 0 or more");
        }
    }

    private static void Period(DateOnly? from, DateOnly? to)
    {
        if (to is { } end)
        {
            EndDate(from, end, "validTo");
        }
    }
}
