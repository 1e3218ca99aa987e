using DutyGraph.Graph.Common;
using DutyGraph.Graph.Datasets.Csv;

namespace DutyGraph.Graph.Datasets;

/// <summary>Where each known column of a file is, and which columns are unknown (kept as extras).</summary>
public sealed class HeaderMap
{
    private readonly Dictionary<Column, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly List<(int Index, string Header)> _extras = [];

    private HeaderMap(string file) => File = file;

    public string File { get; }

    public int? IndexOf(Column column) => _index.TryGetValue(column, out var i) ? i : null;

    public static HeaderMap Read(string file, CsvRecord header, IReadOnlyList<Column> columns, ICollection<Problem> problems)
    {
        var map = new HeaderMap(file);
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var text = header.Fields[i].Trim().TrimStart('\uFEFF');
            var column = columns.FirstOrDefault(c => c.Matches(text));
            if (column is null)
            {
                if (text.Length > 0)
                {
                    map._extras.Add((i, text));
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

    public Extras ExtrasOf(CsvRecord record)
    {
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
