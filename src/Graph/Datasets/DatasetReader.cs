using DutyGraph.Graph.Common;
using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Datasets.Csv;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Datasets;

/// <summary>What reading a dataset folder gave: the dataset, and every error and warning found.</summary>
public sealed record DatasetReadResult(
    Dataset Dataset,
    IReadOnlyList<Problem> Errors,
    IReadOnlyList<Problem> Warnings,
    IReadOnlyDictionary<string, string> Encodings)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The dataset, or <see cref="DatasetRejectedException"/> with every error.</summary>
    public Dataset ValidDataset() => IsValid ? Dataset : throw new DatasetRejectedException(Errors);
}

/// <summary>Reads a folder written in the formats of formats.md, checking every row before anything is stored.</summary>
public static class DatasetReader
{
    public static DatasetReadResult ReadFolder(string folder, IProgress<long>? rowsRead = null, CancellationToken ct = default)
    {
        var problems = new List<Problem>();
        var encodings = new Dictionary<string, string>();
        if (!Directory.Exists(folder))
        {
            problems.Add(Problem.Error(folder, 0, null, "no such folder"));
            return Result(Dataset.Empty, problems, encodings);
        }
        var files = FindFiles(folder);
        if (files.Count == 0)
        {
            problems.Add(Problem.Error(folder, 0, null,
                $"the folder has none of the dataset files ({string.Join(", ", DatasetFiles.All)})"));
            return Result(Dataset.Empty, problems, encodings);
        }
        var source = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var counter = new RowCounter(rowsRead);
        var units = Read(files, DatasetFiles.Units, source, UnitRows.Read, problems, encodings, counter, ct);
        var sections = Read(files, DatasetFiles.Sections, source, SectionRows.Read, problems, encodings, counter, ct);
        var dutyRows = Read(files, DatasetFiles.Duties, source, DutyRows.Read, problems, encodings, counter, ct);
        var correspondences = Read(files, DatasetFiles.Correspondences, source, CorrespondenceRows.Read, problems, encodings, counter, ct);
        counter.Flush();

        RejectDuplicates(units, DatasetFiles.Units, u => (u.Jurisdiction, NameKey.Of(u.Name)),
            u => $"the unit '{u.Name}' in {u.Jurisdiction}", problems);
        RejectDuplicates(sections, DatasetFiles.Sections, s => (s.Jurisdiction, NameKey.Of(s.Unit) + "\u0001" + NameKey.Of(s.Name)),
            s => $"the section '{s.Name}' of {s.Unit} in {s.Jurisdiction}", problems);
        var duties = DutyGrouping.Group(dutyRows, problems);
        var distinctCorrespondences = DropRepeatedCorrespondences(correspondences, problems);
        return Result(new Dataset(units, sections, duties, distinctCorrespondences), problems, encodings);
    }

    private static DatasetReadResult Result(Dataset dataset, List<Problem> problems, Dictionary<string, string> encodings) =>
        new(dataset,
            [.. problems.Where(p => p.Severity == Severity.Error).OrderBy(p => p.File).ThenBy(p => p.Line).ThenBy(p => p.Column)],
            [.. problems.Where(p => p.Severity == Severity.Warning).OrderBy(p => p.File).ThenBy(p => p.Line)],
            encodings);

    private static Dictionary<string, string> FindFiles(string folder)
    {
        var found = new Dictionary<string, string>();
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(path);
            var known = DatasetFiles.All.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
            if (known is not null)
            {
                found[known] = path;
            }
        }
        return found;
    }

    private static List<Row<T>> Read<T>(
        Dictionary<string, string> files, string file, string folderName, Func<FieldReader, Extras, string, T> map,
        List<Problem> problems, Dictionary<string, string> encodings, RowCounter counter, CancellationToken ct)
    {
        var rows = new List<Row<T>>();
        if (!files.TryGetValue(file, out var path))
        {
            return rows;
        }
        var defaultSource = $"{folderName}/{file}";
        try
        {
            var (reader, encoding) = TextFileDecoder.Open(path);
            encodings[file] = encoding;
            using (reader)
            {
                var parser = new CsvParser(reader, file, problems);
                var header = NextNonBlank(parser);
                if (header is null)
                {
                    problems.Add(Problem.Error(file, 1, null, "the file is empty: it needs at least a header row"));
                    return rows;
                }
                var map1 = HeaderMap.Read(file, header, DatasetFiles.ColumnsOf(file), problems);
                while (parser.Read() is { } record)
                {
                    if (record.IsBlank)
                    {
                        continue;
                    }
                    var fields = new FieldReader(map1, record, problems);
                    rows.Add(new Row<T>(map(fields, map1.ExtrasOf(record), defaultSource), record.Line));
                    counter.Add(ct);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            problems.Add(Problem.Error(file, 0, null, $"cannot be read: {e.Message}"));
        }
        return rows;
    }

    private static CsvRecord? NextNonBlank(CsvParser parser)
    {
        while (parser.Read() is { } record)
        {
            if (!record.IsBlank)
            {
                return record;
            }
        }
        return null;
    }

    private static void RejectDuplicates<T>(
        List<Row<T>> rows, string file, Func<T, (string, string)> key, Func<T, string> describe, List<Problem> problems)
    {
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            if (!seen.TryAdd(key(row.Value), row.Line))
            {
                problems.Add(Problem.Error(file, row.Line, null,
                    $"{describe(row.Value)} is defined twice (first on line {seen[key(row.Value)]})"));
            }
        }
    }

    private static List<Row<Correspondence>> DropRepeatedCorrespondences(List<Row<Correspondence>> rows, List<Problem> problems)
    {
        var seen = new Dictionary<(string, string, string), int>();
        var kept = new List<Row<Correspondence>>(rows.Count);
        foreach (var row in rows)
        {
            var c = row.Value;
            if (seen.TryAdd((c.Township, NameKey.Of(c.TownshipOffice), NameKey.Of(c.CountyUnit)), row.Line))
            {
                kept.Add(row);
                continue;
            }
            problems.Add(Problem.Warning(DatasetFiles.Correspondences, row.Line, null,
                $"repeats line {seen[(c.Township, NameKey.Of(c.TownshipOffice), NameKey.Of(c.CountyUnit))]}; the repeat is ignored"));
        }
        return kept;
    }

    private sealed class RowCounter(IProgress<long>? progress)
    {
        private long _count;

        public void Add(CancellationToken ct)
        {
            if (++_count % 10_000 == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(_count);
            }
        }

        public void Flush() => progress?.Report(_count);
    }
}
