using DutyGraph.Graph.Common;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using C = DutyGraph.Graph.Datasets.DatasetFiles.SectionColumns;

namespace DutyGraph.Graph.Datasets;

/// <summary>Maps sections.csv rows to <see cref="Section"/> and back.</summary>
public static class SectionRows
{
    public static Section Read(FieldReader f, Extras extra, string defaultSource)
    {
        var section = new Section
        {
            Jurisdiction = Jurisdiction.Canonical(f.Required(C.Jurisdiction)),
            Unit = f.Required(C.Unit),
            Name = f.Required(C.Section),
            Kind = f.Text(C.Kind),
            StaffQuota = f.Integer(C.StaffQuota),
            StaffActual = f.Integer(C.StaffActual),
            ValidFrom = f.Date(C.ValidFrom),
            ValidTo = f.Date(C.ValidTo),
            Source = f.Text(DatasetFiles.Source) ?? defaultSource,
            Extra = extra,
        };
        UnitRows.CheckPeriod(f, section.ValidFrom, section.ValidTo, C.ValidTo);
        return section;
    }

    /// <summary>A section as a sections.csv row, each value under its column.</summary>
    public static Dictionary<Column, string?> Write(Section s) => new(16, ReferenceEqualityComparer.Instance)
    {
        [C.Jurisdiction] = s.Jurisdiction, [C.Unit] = s.Unit, [C.Section] = s.Name, [C.Kind] = s.Kind,
        [C.StaffQuota] = s.StaffQuota?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [C.StaffActual] = s.StaffActual?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [C.ValidFrom] = DateText.Format(s.ValidFrom), [C.ValidTo] = DateText.Format(s.ValidTo), [DatasetFiles.Source] = s.Source,
    };
}
