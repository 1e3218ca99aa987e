using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Datasets;

/// <summary>
/// A row of duties.csv: the duty it lists and, where it names a unit, the holding. Rows of
/// the same duty share <see cref="DutyIndex"/> (0, 1, 2… in order of first appearance);
/// <see cref="FirstOfDuty"/> marks the row whose duty fields count.
/// </summary>
public sealed record DutyRow(Duty Duty, Holding? Holding, int Line, int DutyIndex, bool FirstOfDuty);

/// <summary>
/// A dataset read once, in order: units, sections, duty rows, correspondences. A folder
/// streams its rows (nothing is held in memory) and yields only rows without errors; its
/// <see cref="Errors"/> and <see cref="Warnings"/> are complete once every row was read.
/// A consumer that writes must therefore write inside a transaction and roll back when,
/// at the end, there are errors.
/// </summary>
public interface IDatasetSource
{
    IEnumerable<Row<Unit>> Units { get; }
    IEnumerable<Row<Section>> Sections { get; }
    IEnumerable<DutyRow> DutyRows { get; }
    IEnumerable<Row<Correspondence>> Correspondences { get; }

    IReadOnlyList<Problem> Errors { get; }
    IReadOnlyList<Problem> Warnings { get; }

    /// <summary>About how many rows there are, for progress (exact for a dataset in memory).</summary>
    long RowCountHint { get; }

    /// <summary>The 1-based column a field has in a file, for error locations; null when the file has no such column.</summary>
    int? ColumnNumber(string file, Column column);
}
