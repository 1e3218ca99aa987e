namespace DutyGraph.GraphQL.Engine.Language;

/// <summary>The BlockStringValue algorithm of the specification (section 2.9.4): common indentation and blank first and last lines removed.</summary>
public static class BlockString
{
    public static string Value(string raw)
    {
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        int? common = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var indent = lines[i].TakeWhile(c => c is ' ' or '\t').Count();
            if (indent < lines[i].Length && (common is null || indent < common))
            {
                common = indent;
            }
        }
        if (common is { } remove)
        {
            for (var i = 1; i < lines.Length; i++)
            {
                lines[i] = lines[i].Length >= remove ? lines[i][remove..] : "";
            }
        }
        var first = 0;
        var last = lines.Length - 1;
        while (first <= last && IsBlank(lines[first]))
        {
            first++;
        }
        while (last >= first && IsBlank(lines[last]))
        {
            last--;
        }
        return first > last ? "" : string.Join('\n', lines[first..(last + 1)]);
    }

    private static bool IsBlank(string line) => line.All(c => c is ' ' or '\t');
}
