using DutyGraph.Graph.Common;
using DutyGraph.Graph.Datasets.Csv;

namespace DutyGraph.Graph.Datasets;

/// <summary>Writes a dataset as the four files of docs/formats.md, Chinese headers, UTF-8 with a byte-order mark (Excel opens it as UTF-8).</summary>
public static class DatasetWriter
{
    public static async Task WriteFolderAsync(Dataset dataset, string folder, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        await WriteAsync(folder, DatasetFiles.Units, dataset.Units.Select(r => (UnitRows.Write(r.Value), r.Value.Extra)), ct);
        await WriteAsync(folder, DatasetFiles.Sections, dataset.Sections.Select(r => (SectionRows.Write(r.Value), r.Value.Extra)), ct);
        await WriteAsync(folder, DatasetFiles.Duties, DutyRowsOf(dataset), ct);
        await WriteAsync(folder, DatasetFiles.Correspondences,
            dataset.Correspondences.Select(r => (CorrespondenceRows.Write(r.Value), r.Value.Extra)), ct);
    }

    /// <summary>Writes a file of the folder other than the four (thesaurus.csv, corrections.csv): its rows, header first, as the four are written.</summary>
    public static async Task WriteFileAsync(string folder, string file, IEnumerable<string?[]> rows, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, file + ".tmp");
        await using (var writer = new StreamWriter(temp, append: false, CsvWriter.Utf8WithBom, 1 << 16))
        {
            var csv = new CsvWriter(writer);
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                csv.WriteRow(row);
            }
        }
        File.Move(temp, Path.Combine(folder, file), overwrite: true);
    }

    private static IEnumerable<(Dictionary<Column, string?>, Extras)> DutyRowsOf(Dataset dataset)
    {
        foreach (var entry in dataset.Duties)
        {
            var duty = entry.Duty.Value;
            if (entry.Holdings.Count == 0 || DutyRows.NeedsCancellationRow(duty, entry.Holdings.Select(h => h.Value)))
            {
                yield return (DutyRows.Write(duty, null), duty.Extra);
            }
            foreach (var holding in entry.Holdings)
            {
                yield return (DutyRows.Write(duty, holding.Value), holding.Value.Extra);
            }
        }
    }

    private static async Task WriteAsync(string folder, string file, IEnumerable<(Dictionary<Column, string?> Fields, Extras Extra)> rows, CancellationToken ct)
    {
        var columns = DatasetFiles.ColumnsOf(file);
        var known = columns.ToHashSet(ReferenceEqualityComparer.Instance);
        var materialised = rows as IReadOnlyCollection<(Dictionary<Column, string?>, Extras)> ?? [.. rows];
        var extraHeaders = materialised.SelectMany(r => r.Item2.Pairs.Select(p => p.Key))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var temp = Path.Combine(folder, file + ".tmp");
        await using (var writer = new StreamWriter(temp, append: false, CsvWriter.Utf8WithBom, 1 << 16))
        {
            var csv = new CsvWriter(writer);
            csv.WriteRow(columns.Select(c => c.Chinese).Concat(extraHeaders));
            var n = 0;
            foreach (var (byColumn, extra) in materialised)
            {
                // Each value goes under its own column's header, whatever order the columns are listed in.
                if (!byColumn.Keys.All(known.Contains))
                {
                    throw new InvalidOperationException($"a row of {file} names a column the file does not have: {string.Join(", ", byColumn.Keys.Except(columns).Select(c => c.Chinese))}");
                }
                var fields = columns.Select(c => byColumn.GetValueOrDefault(c));
                csv.WriteRow(extraHeaders.Count == 0 ? fields : fields.Concat(extraHeaders.Select(h => extra[h])));
                if (++n % 10_000 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }
        }
        File.Move(temp, Path.Combine(folder, file), overwrite: true);
    }
}
