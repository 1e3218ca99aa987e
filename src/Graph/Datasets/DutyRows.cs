using DutyGraph.Graph.Common;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using C = DutyGraph.Graph.Datasets.DatasetFiles.DutyColumns;

namespace DutyGraph.Graph.Datasets;

/// <summary>
/// Maps duties.csv rows, one per (duty, holder), to a <see cref="Duty"/> and, where the row
/// names a unit, a <see cref="Holding"/>; and back.
/// </summary>
public static class DutyRows
{
    public static (Duty Duty, Holding? Holding) Read(FieldReader f, Extras extra, string defaultSource)
    {
        var source = f.Text(DatasetFiles.Source) ?? defaultSource;
        var unit = f.Text(C.Unit);
        var section = f.Text(C.Section);
        var role = f.Role(C.Role);
        var from = f.Date(C.ValidFrom);
        var to = f.Date(C.ValidTo);
        UnitRows.CheckPeriod(f, from, to, C.ValidTo);
        var cancelled = Cancelled(f, to);
        var duty = new Duty
        {
            Jurisdiction = Jurisdiction.Canonical(f.Required(C.Jurisdiction)),
            Title = f.Required(C.Title),
            Source = source,
            CancelledOn = cancelled,
            Extra = unit is null ? extra : Extras.Empty,
        };
        foreach (var (field, column) in C.Texts)
        {
            duty = field.Set(duty, f.Text(column));
        }
        if (unit is null)
        {
            if (section is not null)
            {
                f.Error(C.Section, $"names the section '{section}' but 单位 (unit) is empty: name the section's unit", unusable: true);
            }
            return (duty, null);
        }
        var holding = new Holding
        {
            Unit = unit,
            Section = section,
            Role = role,
            ValidFrom = from,
            ValidTo = to,
            Source = source,
            Extra = extra,
        };
        return (duty, holding);
    }

    /// <summary>A 取消 row's 失效日期 is the day the duty was cancelled; a 取消 row without one is refused.</summary>
    private static DateOnly? Cancelled(FieldReader f, DateOnly? to)
    {
        var status = f.Text(C.Status);
        switch (DutyStatus.IsCancelled(status))
        {
            case null:
                f.Error(C.Status, $"'{status}' is not a status: write {DutyStatus.ActiveName} (in force) or {DutyStatus.CancelledName} (cancelled)");
                return null;
            case true when to is null:
                f.Error(C.Status, $"a {DutyStatus.CancelledName} row needs its 失效日期 (validTo): the day the duty was cancelled");
                return null;
            case true:
                return to;
            default:
                return null;
        }
    }

    /// <summary>
    /// A duty with one holding (or none) as a duties.csv row, each value under its column. A
    /// cancelled duty's row that ends on the day it was cancelled says 取消; where no holding does,
    /// <see cref="NeedsCancellationRow"/> asks for a row of the duty alone.
    /// </summary>
    public static Dictionary<Column, string?> Write(Duty d, Holding? h)
    {
        var row = new Dictionary<Column, string?>(16, ReferenceEqualityComparer.Instance)
        {
            [C.Jurisdiction] = d.Jurisdiction, [C.Unit] = h?.Unit, [C.Section] = h?.Section, [C.Title] = d.Title,
            [C.Role] = h is null ? null : Roles.ChineseName(h.Role), [C.ValidFrom] = DateText.Format(h?.ValidFrom),
            [C.ValidTo] = DateText.Format(h?.ValidTo ?? (h is null ? d.CancelledOn : null)),
            [C.Status] = d.CancelledOn is { } on && (h is null || h.ValidTo == on) ? DutyStatus.CancelledName : null,
            [DatasetFiles.Source] = h?.Source ?? d.Source,
        };
        foreach (var (field, column) in C.Texts)
        {
            row.Add(column, field.Get(d));
        }
        return row;
    }

    /// <summary>Whether a cancelled duty needs a row of its own to say so: none of its holdings ends on the day it was cancelled.</summary>
    public static bool NeedsCancellationRow(Duty d, IEnumerable<Holding> holdings) =>
        d.CancelledOn is { } on && holdings.Any() && !holdings.Any(h => h.ValidTo == on);
}
