using DutyGraph.Graph.Common;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Units;
using C = DutyGraph.Graph.Datasets.DatasetFiles.UnitColumns;

namespace DutyGraph.Graph.Datasets;

/// <summary>Maps units.csv rows to <see cref="Unit"/> and back.</summary>
public static class UnitRows
{
    public static Unit Read(FieldReader f, Extras extra, string defaultSource)
    {
        var unit = new Unit
        {
            Jurisdiction = Jurisdiction.Canonical(f.Required(C.Jurisdiction)),
            Name = f.Required(C.Unit),
            Kind = f.Text(C.Kind),
            Parent = f.Text(C.Parent),
            Aliases = f.List(C.Aliases),
            ColocatedWith = f.Text(C.ColocatedWith),
            StaffQuota = f.Integer(C.StaffQuota),
            ValidFrom = f.Date(C.ValidFrom),
            ValidTo = f.Date(C.ValidTo),
            Source = f.Text(DatasetFiles.Source) ?? defaultSource,
            Extra = extra,
        };
        CheckPeriod(f, unit.ValidFrom, unit.ValidTo, C.ValidTo);
        return unit;
    }

    public static string?[] Write(Unit u) =>
    [
        u.Jurisdiction, u.Name, u.Kind, u.Parent, u.Aliases.Count == 0 ? null : string.Join('；', u.Aliases),
        u.ColocatedWith, u.StaffQuota?.ToString(), DateText.Format(u.ValidFrom), DateText.Format(u.ValidTo), u.Source,
    ];

    internal static void CheckPeriod(FieldReader f, DateOnly? from, DateOnly? to, Column toColumn)
    {
        if (from is { } start && to is { } end && end < start)
        {
            f.Error(toColumn, $"{DateText.Format(end)} is before the start date {DateText.Format(start)}", unusable: true);
        }
    }
}
