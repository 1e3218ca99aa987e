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

    /// <summary>A unit as a units.csv row, each value under its column.</summary>
    public static Dictionary<Column, string?> Write(Unit u) => new(16, ReferenceEqualityComparer.Instance)
    {
        [C.Jurisdiction] = u.Jurisdiction, [C.Unit] = u.Name, [C.Kind] = u.Kind, [C.Parent] = u.Parent,
        [C.Aliases] = u.Aliases.Count == 0 ? null : string.Join('；', u.Aliases), [C.ColocatedWith] = u.ColocatedWith,
        [C.StaffQuota] = u.StaffQuota?.ToString(System.Globalization.CultureInfo.InvariantCulture), [C.ValidFrom] = DateText.Format(u.ValidFrom),
        [C.ValidTo] = DateText.Format(u.ValidTo), [DatasetFiles.Source] = u.Source,
    };

    internal static void CheckPeriod(FieldReader f, DateOnly? from, DateOnly? to, Column toColumn)
    {
        if (from is { } start && to is { } end && end < start)
        {
            f.Error(toColumn, $"{DateText.Format(end)} is before the start date {DateText.Format(start)}", unusable: true);
        }
    }
}
