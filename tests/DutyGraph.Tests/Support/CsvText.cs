namespace DutyGraph.Tests.Support;

/// <summary>The rows of a CSV text without quoted fields, each a map from header to value: a test reads columns by name.</summary>
public static class CsvText
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string text)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var headers = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => (IReadOnlyDictionary<string, string>)headers.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}
