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

    public static string?[] Write(Section s) =>
    [
        s.Jurisdiction, s.Unit, s.Name, s.Kind, s.StaffQuota?.ToString(), s.StaffActual?.ToString(),
        DateText.Format(s.ValidFrom), DateText.Format(s.ValidTo), s.Source,
    ];
}
