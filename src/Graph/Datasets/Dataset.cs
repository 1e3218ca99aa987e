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
/// One dataset: the contents of a folder of units.csv, sections.csv, duties.csv and
/// correspondences.csv, any of which may be absent.
/// </summary>
public sealed record Dataset(
    IReadOnlyList<Row<Unit>> Units,
    IReadOnlyList<Row<Section>> Sections,
    IReadOnlyList<DutyEntry> Duties,
    IReadOnlyList<Row<Correspondence>> Correspondences)
{
    public static Dataset Empty { get; } = new([], [], [], []);

    public int HoldingCount => Duties.Sum(d => d.Holdings.Count);

    /// <summary>The rows duties.csv has for this dataset: one per holding, one per duty nobody holds.</summary>
    public int DutyRowCount => Duties.Sum(d => Math.Max(1, d.Holdings.Count));

    public int RowCount => Units.Count + Sections.Count + DutyRowCount + Correspondences.Count;
}
