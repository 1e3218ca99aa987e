namespace DutyGraph.GraphQL.Engine.Messages;

/// <summary>
/// "Did you mean …?" as graphql-js words it: options within a small edit distance of what was
/// typed (a case change counts as one edit, adjacent swaps as one), closest first, at most five.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var scored = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            if (Distance(input, option, threshold) is { } d)
            {
                scored.Add((option, d));
            }
        }
        scored.Sort((x, y) => x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance) : NaturalCompare(x.Option, y.Option));
        return [.. scored.Select(s => s.Option)];
    }

    /// <summary>The sentence to append to a message; empty when nothing is close.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        var start = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        return quoted.Count switch
        {
            0 => "",
            1 => start + quoted[0] + "?",
            2 => start + quoted[0] + " or " + quoted[1] + "?",
            _ => start + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    private static int? Distance(string input, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }
        var a = option.ToLowerInvariant();
        var b = input.ToLowerInvariant();
        if (a == b)
        {
            return 1;
        }
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }
        if (a.Length - b.Length > threshold)
        {
            return null;
        }
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }
        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }
                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }
            if (smallest > threshold)
            {
                return null;
            }
        }
        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Natural order: runs of digits compare as numbers.</summary>
    public static int NaturalCompare(string x, string y)
    {
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                long nx = 0, ny = 0;
                do
                {
                    nx = nx * 10 + (x[i++] - '0');
                }
                while (i < x.Length && char.IsAsciiDigit(x[i]) && nx > 0);
                do
                {
                    ny = ny * 10 + (y[j++] - '0');
                }
                while (j < y.Length && char.IsAsciiDigit(y[j]) && ny > 0);
                if (nx != ny)
                {
                    return nx.CompareTo(ny);
                }
            }
            else
            {
                if (x[i] != y[j])
                {
                    return x[i].CompareTo(y[j]);
                }
                i++;
                j++;
            }
        }
        return x.Length.CompareTo(y.Length);
    }
}
