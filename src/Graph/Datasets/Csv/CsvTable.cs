namespace DutyGraph.Graph.Datasets.Csv;

/// <summary>A row of a small CSV table, by header: what catalogue and evaluation files are read as.</summary>
public sealed record CsvTableRow(string File, int Line, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The trimmed value of a column, or null when the column is missing or the value empty.</summary>
    public string? Optional(string column) => Fields.TryGetValue(column, out var v) && v.Length > 0 ? v : null;

    /// <summary>The value of a column; an empty one is refused naming the file, line and column.</summary>
    public string this[string column] => Optional(column) ?? throw new InvalidDataException($"{File}:{Line}: {column} is empty");

    /// <summary>The values of a multi-valued column (split at ；or ;), trimmed, empty ones dropped.</summary>
    public IReadOnlyList<string> List(string column) =>
        Optional(column) is { } v ? [.. v.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];
}

/// <summary>
/// Reads a small CSV file whose first row is its header into rows by header, skipping blank
/// lines; broken quoting and a missing required column are problems with file, line and column.
/// </summary>
public static class CsvTable
{
    public static List<CsvTableRow> Read(TextReader reader, string file, IReadOnlyList<string> required, ICollection<Problem> problems)
    {
        var parser = new CsvParser(reader, file, problems);
        var header = parser.Read()?.Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        if (header is null)
        {
            problems.Add(Problem.Error(file, 1, null, $"the file is empty: it needs the header {string.Join(",", required)}"));
            return [];
        }
        foreach (var missing in required.Where(r => !header.Contains(r)))
        {
            problems.Add(Problem.Error(file, 1, null, $"the required column {missing} is missing"));
        }
        var rows = new List<CsvTableRow>();
        while (parser.Read() is { } record)
        {
            if (record.IsBlank)
            {
                continue;
            }
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                fields.TryAdd(header[i], i < record.Fields.Length ? record.Fields[i].Trim() : "");
            }
            rows.Add(new CsvTableRow(file, record.Line, fields));
        }
        return rows;
    }

    /// <summary>Reads a file of the table, decoded as dataset files are (UTF-8 or GB18030).</summary>
    public static List<CsvTableRow> Read(string path, IReadOnlyList<string> required, ICollection<Problem> problems)
    {
        var (reader, _) = TextFileDecoder.Open(path);
        using (reader)
        {
            return Read(reader, Path.GetFileName(path), required, problems);
        }
    }
}
