using DutyGraph.Graph.Common;
using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Jurisdictions;
using C = DutyGraph.Graph.Datasets.DatasetFiles.CorrespondenceColumns;

namespace DutyGraph.Graph.Datasets;

/// <summary>Maps correspondences.csv rows to <see cref="Correspondence"/> and back.</summary>
public static class CorrespondenceRows
{
    public static Correspondence Read(FieldReader f, Extras extra, string defaultSource)
    {
        var township = Jurisdiction.Canonical(f.Required(C.Township));
        if (township.Length > 0 && !township.Contains(Jurisdiction.Separator))
        {
            f.Error(C.Township, $"'{township}' does not name its county: write it as county/township, e.g. 上犹县/{township}");
        }
        return new Correspondence
        {
            Township = township,
            TownshipOffice = f.Required(C.TownshipOffice),
            CountyUnit = f.Required(C.CountyUnit),
            Note = f.Text(C.Note),
            Source = f.Text(DatasetFiles.Source) ?? defaultSource,
            Extra = extra,
        };
    }

    /// <summary>A correspondence as a correspondences.csv row, each value under its column.</summary>
    public static Dictionary<Column, string?> Write(Correspondence c) => new(16, ReferenceEqualityComparer.Instance)
    {
        [C.Township] = c.Township, [C.TownshipOffice] = c.TownshipOffice, [C.CountyUnit] = c.CountyUnit, [C.Note] = c.Note,
        [DatasetFiles.Source] = c.Source,
    };
}
