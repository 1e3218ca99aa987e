using DutyGraph.Graph.Common;
using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Datasets.Csv;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Datasets;

/// <summary>
/// A dataset folder read as a stream: each file is parsed when its rows are asked for, each
/// row is checked, and only rows without errors are yielded; every error and warning is
/// collected with its file, line and column. Rows of one duty are numbered here, so that
/// whoever consumes the rows need not group them.
/// </summary>
public sealed class DatasetFolder : IDatasetSource
{
    private readonly Dictionary<string, string> _files;
    private readonly string _folderName;
    private readonly List<Problem> _problems = [];
    private readonly Dictionary<string, string> _encodings = [];
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HeaderMap> _headers = [];
    private readonly CancellationToken _ct;

    private DatasetFolder(string folder, Dictionary<string, string> files, CancellationToken ct)
    {
        Folder = folder;
        _files = files;
        _folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        _ct = ct;
        RowCountHint = files.Values.Sum(EstimateRows);
    }

    public string Folder { get; }

    public long RowCountHint { get; }

    public IReadOnlyList<Problem> Errors => Sorted(Severity.Error);

    public IReadOnlyList<Problem> Warnings => Sorted(Severity.Warning);

    /// <summary>The encoding found for each file read so far (UTF-8 or GB18030).</summary>
    public IReadOnlyDictionary<string, string> Encodings => _encodings;

    /// <summary>Opens a folder; a folder that is missing or has none of the four files is refused at once.</summary>
    public static DatasetFolder Open(string folder, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DatasetRejectedException([Problem.Error(folder, 0, null, "no such folder")]);
        }
        var files = new Dictionary<string, string>();
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var known = DatasetFiles.All.FirstOrDefault(f => string.Equals(f, Path.GetFileName(path), StringComparison.OrdinalIgnoreCase));
            if (known is not null)
            {
                files[known] = path;
            }
        }
        if (files.Count == 0)
        {
            throw new DatasetRejectedException([Problem.Error(folder, 0, null,
                $"the folder has none of the dataset files ({string.Join(", ", DatasetFiles.All)})")]);
        }
        var unreadable = new List<Problem>();
        foreach (var (file, path) in files)
        {
            try
            {
                using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable.Add(Problem.Error(file, 0, null, $"cannot be read: {e.Message}"));
            }
        }
        return unreadable.Count > 0 ? throw new DatasetRejectedException(unreadable) : new DatasetFolder(folder, files, ct);
    }

    public IEnumerable<Row<Unit>> Units =>
        Unique(Rows(DatasetFiles.Units, UnitRows.Read), DatasetFiles.Units, DatasetFiles.UnitColumns.Unit,
            u => (u.Jurisdiction, NameKey.Of(u.Name)), u => $"the unit '{u.Name}' in {u.Jurisdiction}");

    public IEnumerable<Row<Section>> Sections =>
        Unique(Rows(DatasetFiles.Sections, SectionRows.Read), DatasetFiles.Sections, DatasetFiles.SectionColumns.Section,
            s => (s.Jurisdiction, NameKey.Of(s.Unit) + "\u0001" + NameKey.Of(s.Name)), s => $"the section '{s.Name}' of {s.Unit} in {s.Jurisdiction}");

    public IEnumerable<DutyRow> DutyRows => new DutyNumbering(_problems).Number(Rows(DatasetFiles.Duties, Datasets.DutyRows.Read));

    public IEnumerable<Row<Correspondence>> Correspondences
    {
        get
        {
            var seen = new Dictionary<(string, string, string), int>();
            foreach (var row in Rows(DatasetFiles.Correspondences, CorrespondenceRows.Read))
            {
                var c = row.Value;
                var key = (c.Township, NameKey.Of(c.TownshipOffice), NameKey.Of(c.CountyUnit));
                if (seen.TryAdd(key, row.Line))
                {
                    yield return row;
                    continue;
                }
                _problems.Add(Problem.Warning(DatasetFiles.Correspondences, row.Line, null, $"repeats line {seen[key]}; the repeat is ignored"));
            }
        }
    }

    private IEnumerable<Row<T>> Rows<T>(string file, Func<FieldReader, Extras, string, T> map)
    {
        if (!_files.TryGetValue(file, out var path))
        {
            yield break;
        }
        var defaultSource = $"{_folderName}/{file}";
        TextReader reader;
        try
        {
            (reader, _encodings[file]) = TextFileDecoder.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            _problems.Add(Problem.Error(file, 0, null, $"cannot be read: {e.Message}"));
            yield break;
        }
        using (reader)
        {
            var parser = new CsvParser(reader, file, _problems);
            HeaderMap? header = null;
            var unreadable = false;
            while (Next(parser, file, ref unreadable) is { } record)
            {
                if (record.IsBlank)
                {
                    continue;
                }
                if (header is null)
                {
                    header = HeaderMap.Read(file, record, DatasetFiles.ColumnsOf(file), _problems);
                    _headers[file] = header;
                    continue;
                }
                if (record.Line % 4096 == 0)
                {
                    _ct.ThrowIfCancellationRequested();
                }
                Intern(record.Fields);
                var fields = new FieldReader(header, record, _problems);
                var value = map(fields, header.ExtrasOf(record), defaultSource);
                if (!fields.Unusable)
                {
                    yield return new Row<T>(value, record.Line);
                }
            }
            if (header is null && !unreadable)
            {
                _problems.Add(Problem.Error(file, 1, null, "the file is empty: it needs at least a header row"));
            }
        }
    }

    private CsvRecord? Next(CsvParser parser, string file, ref bool unreadable)
    {
        try
        {
            return parser.Read();
        }
        catch (System.Text.DecoderFallbackException)
        {
            unreadable = true;
            _problems.Add(Problem.Error(file, parser.Line, null,
                $"has bytes that are not {_encodings[file]} text near here: save it again as \"CSV UTF-8\" (or plain \"CSV\")"));
            return null;
        }
    }

    /// <summary>Short values that repeat row after row (jurisdictions, units, categories, sources) share one string.</summary>
    private void Intern(string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var f = fields[i];
            if (f.Length is > 0 and <= 24)
            {
                if (_pool.TryGetValue(f, out var shared))
                {
                    fields[i] = shared;
                }
                else if (_pool.Count < 200_000)
                {
                    _pool[f] = f;
                }
            }
        }
    }

    public int? ColumnNumber(string file, Column column) =>
        _headers.TryGetValue(file, out var header) ? header.IndexOf(column) + 1 : null;

    private IEnumerable<Row<T>> Unique<T>(IEnumerable<Row<T>> rows, string file, Column keyColumn, Func<T, (string, string)> key, Func<T, string> describe)
    {
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            var k = key(row.Value);
            if (seen.TryAdd(k, row.Line))
            {
                yield return row;
                continue;
            }
            _problems.Add(Problem.Error(file, row.Line, ColumnNumber(file, keyColumn), $"{describe(row.Value)} is defined twice (first on line {seen[k]})"));
        }
    }

    private Problem[] Sorted(Severity severity) =>
        [.. _problems.Where(p => p.Severity == severity).OrderBy(p => p.File).ThenBy(p => p.Line).ThenBy(p => p.Column)];

    /// <summary>About how many rows a file has, from its size and the lines in its first 64 KB (for progress only).</summary>
    private static long EstimateRows(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        long lines = buffer.AsSpan(0, read).Count((byte)'\n');
        if (read < buffer.Length || lines == 0)
        {
            return Math.Max(0, lines - 1);
        }
        return stream.Length * lines / read - 1;
    }
}
