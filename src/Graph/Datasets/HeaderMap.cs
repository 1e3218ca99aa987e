using DutyGraph.Graph.Common;
using DutyGraph.Graph.Datasets.Csv;

namespace DutyGraph.Graph.Datasets;

/// <summary>Where each known column of a file is, and which columns are unknown (kept as extras).</summary>
public sealed class HeaderMap
{
    private readonly Dictionary<Column, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly List<(int Index, string Header)> _extras = [];
    private readonly HashSet<int> _warned = [];
    private ICollection<Problem> _problems = [];
    private int _width;

    private HeaderMap(string file) => File = file;

    public string File { get; }

    public int? IndexOf(Column column) => _index.TryGetValue(column, out var i) ? i : null;

    public static HeaderMap Read(string file, CsvRecord header, IReadOnlyList<Column> columns, ICollection<Problem> problems)
    {
        var map = new HeaderMap(file) { _problems = problems, _width = header.Fields.Length };
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var text = header.Fields[i].Trim().TrimStart('\uFEFF');
            var column = columns.FirstOrDefault(c => c.Matches(text));
            if (column is null)
            {
                if (text.Length > 0)
                {
                    map._extras.Add((i, map.UniqueExtraName(text, header.Line, i + 1)));
                }
                continue;
            }
            if (map._index.TryGetValue(column, out var first))
            {
                problems.Add(Problem.Error(file, header.Line, i + 1,
                    $"column {column.Display} appears twice (also column {first + 1})"));
                continue;
            }
            map._index[column] = i;
        }
        foreach (var missing in columns.Where(c => c.Required && !map._index.ContainsKey(c)))
        {
            problems.Add(Problem.Error(file, header.Line, null, $"the required column {missing.Display} is missing"));
        }
        return map;
    }

    /// <summary>A second unknown column with the same header is kept under a numbered name, never merged or dropped.</summary>
    private string UniqueExtraName(string text, int line, int column)
    {
        var name = text;
        for (var n = 2; _extras.Any(e => string.Equals(e.Header, name, StringComparison.OrdinalIgnoreCase)); n++)
        {
            name = $"{text} ({n})";
        }
        if (name != text)
        {
            _problems.Add(Problem.Warning(File, line, column, $"a second column is headed '{text}': it is kept as '{name}'"));
        }
        return name;
    }

    /// <summary>Values in columns with no header, or past the header's last column, cannot be kept: each such column is warned of once.</summary>
    private void WarnOfUnnamedValues(CsvRecord record)
    {
        for (var i = 0; i < record.Fields.Length; i++)
        {
            var named = i < _width && (_index.ContainsValue(i) || _extras.Any(e => e.Index == i));
            if (!named && !string.IsNullOrWhiteSpace(record.Fields[i]) && _warned.Add(i))
            {
                _problems.Add(Problem.Warning(File, record.Line, i + 1,
                    "this column has no header, so its values are not kept: give it a header to keep them"));
            }
        }
    }

    public Extras ExtrasOf(CsvRecord record)
    {
        if (record.Fields.Length > _extras.Count + _index.Count)
        {
            WarnOfUnnamedValues(record);
        }
        if (_extras.Count == 0)
        {
            return Extras.Empty;
        }
        var pairs = _extras
            .Where(e => e.Index < record.Fields.Length && !string.IsNullOrWhiteSpace(record.Fields[e.Index]))
            .Select(e => KeyValuePair.Create(e.Header, record.Fields[e.Index]))
            .ToList();
        return pairs.Count == 0 ? Extras.Empty : new Extras(pairs);
    }
}
