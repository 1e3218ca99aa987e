using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Datasets;

/// <summary>A record with the file line it was read from (0 for records that came from a store).</summary>
public sealed record Row<T>(T Value, int Line);

/// <summary>A duty with the holders its rows name.</summary>
public sealed record DutyEntry(Row<Duty> Duty, IReadOnlyList<Row<Holding>> Holdings);

/// <summary>
/// One dataset in memory: the contents of a folder of units.csv, sections.csv, duties.csv
/// and correspondences.csv (any of which may be absent), or what a store exports.
/// </summary>
public sealed record Dataset(
    IReadOnlyList<Row<Unit>> Units,
    IReadOnlyList<Row<Section>> Sections,
    IReadOnlyList<DutyEntry> Duties,
    IReadOnlyList<Row<Correspondence>> Correspondences) : IDatasetSource
{
    public static Dataset Empty { get; } = new([], [], [], []);

    public int HoldingCount => Duties.Sum(d => d.Holdings.Count);

    /// <summary>The rows duties.csv has for this dataset: one per holding, one per duty nobody holds.</summary>
    public int DutyRowCount => Duties.Sum(d => Math.Max(1, d.Holdings.Count));

    public int RowCount => Units.Count + Sections.Count + DutyRowCount + Correspondences.Count;

    IEnumerable<Row<Unit>> IDatasetSource.Units => Units;
    IEnumerable<Row<Section>> IDatasetSource.Sections => Sections;
    IEnumerable<Row<Correspondence>> IDatasetSource.Correspondences => Correspondences;
    IReadOnlyList<Problem> IDatasetSource.Errors => [];
    IReadOnlyList<Problem> IDatasetSource.Warnings => [];
    long IDatasetSource.RowCountHint => RowCount;

    /// <summary>In memory, a dataset's columns are where export writes them.</summary>
    public int? ColumnNumber(string file, Column column) =>
        DatasetFiles.ColumnsOf(file).ToList().IndexOf(column) is var i and >= 0 ? i + 1 : null;

    public IEnumerable<DutyRow> DutyRows
    {
        get
        {
            for (var i = 0; i < Duties.Count; i++)
            {
                var entry = Duties[i];
                if (entry.Holdings.Count == 0)
                {
                    yield return new DutyRow(entry.Duty.Value, null, entry.Duty.Line, i, true);
                }
                for (var h = 0; h < entry.Holdings.Count; h++)
                {
                    yield return new DutyRow(entry.Duty.Value, entry.Holdings[h].Value, entry.Holdings[h].Line, i, h == 0);
                }
            }
        }
    }

    /// <summary>Reads a whole source into memory; duties gather the holdings of all their rows.</summary>
    public static Dataset From(IDatasetSource source)
    {
        var units = source.Units.ToList();
        var sections = source.Sections.ToList();
        var duties = new List<(Row<Duty> Duty, List<Row<Holding>> Holdings)>();
        foreach (var row in source.DutyRows)
        {
            if (row.FirstOfDuty)
            {
                duties.Add((new Row<Duty>(row.Duty, row.Line), []));
            }
            if (row.Holding is { } holding)
            {
                duties[row.DutyIndex].Holdings.Add(new Row<Holding>(holding, row.Line));
            }
        }
        var correspondences = source.Correspondences.ToList();
        return new Dataset(units, sections, duties.ConvertAll(d => new DutyEntry(d.Duty, d.Holdings)), correspondences);
    }
}
