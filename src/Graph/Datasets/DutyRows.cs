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
        var duty = new Duty
        {
            Jurisdiction = Jurisdiction.Canonical(f.Required(C.Jurisdiction)),
            Code = f.Text(C.Code),
            Title = f.Required(C.Title),
            Category = f.Text(C.Category),
            Description = f.Text(C.Description),
            Basis = f.Text(C.Basis),
            Source = source,
            Extra = unit is null ? extra : Extras.Empty,
        };
        var role = f.Role(C.Role);
        var from = f.Date(C.ValidFrom);
        var to = f.Date(C.ValidTo);
        UnitRows.CheckPeriod(f, from, to, C.ValidTo);
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

    public static string?[] Write(Duty d, Holding? h) =>
    [
        d.Jurisdiction, h?.Unit, h?.Section, d.Code, d.Title, d.Category, d.Description, d.Basis,
        h is null ? null : Roles.ChineseName(h.Role), DateText.Format(h?.ValidFrom), DateText.Format(h?.ValidTo),
        h?.Source ?? d.Source,
    ];
}
