using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Sqlite;

/// <summary>The field rules of single-record writes, checked before any statement runs.</summary>
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
