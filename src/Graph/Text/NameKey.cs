using System.Text;

namespace DutyGraph.Graph.Text;

/// <summary>
/// The matching key of a name people type: surrounding spaces trimmed, runs of spaces
/// collapsed, full-width ASCII forms (brackets, letters, digits, the ideographic space)
/// folded to half-width. Two names with the same key are the same name (docs/formats.md).
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsKey(name.AsSpan()))
        {
            return name;
        }
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var raw in name)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Whether the text is already a key (most names are: then no new string is made).</summary>
    public static bool IsKey(ReadOnlySpan<char> name)
    {
        if (name.Length == 0)
        {
            return true;
        }
        if (char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[^1]))
        {
            return false;
        }
        var previousSpace = false;
        foreach (var c in name)
        {
            if (Fold(c) != c || (c != ' ' && char.IsWhiteSpace(c)) || (c == ' ' && previousSpace))
            {
                return false;
            }
            previousSpace = c == ' ';
        }
        return true;
    }

    private static char Fold(char c) => c switch
    {
        '\u3000' => ' ',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3010' => '[',
        '\u3011' => ']',
        _ => c,
    };
}
