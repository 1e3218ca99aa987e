using System.Globalization;
using System.Text;

namespace DutyGraph.GraphQL.Engine.Language;

/// <summary>
/// Prints values and type references as graphql-js 17's <c>print</c> does: lists and objects
/// joined with ", " on one line while it fits in 80 characters, strings escaped as
/// <c>printString</c> escapes them and block strings as <c>printBlockString</c> lays them out.
/// Error messages and introspection's default values use it.
/// </summary>
public static class Printer
{
    public static string Print(Value value) => value switch
    {
        ListValue list => Wrapped(list.Items.Select(Print).ToList(), "[", "]", 2, ""),
        ObjectValue obj => Wrapped(obj.Fields.Select(f => $"{f.Name.Value}: {Print(f.Value)}").ToList(), "{", "}", 4, " "),
        _ => Scalar(value),
    };

    /// <summary>
    /// A list or an object as graphql-js 17 prints it: on one line (an object with a space inside its
    /// braces, so an empty one is "{  }") unless that line would pass 80 characters; then one item
    /// a line, indented.
    /// </summary>
    private static string Wrapped(List<string> items, string open, string close, int framing, string pad)
    {
        var length = items.Where(i => i.Length > 0).Sum(i => i.Length) + (Math.Max(0, items.Count(i => i.Length > 0) - 1) * 2);
        return framing + length > MaxLineLength
            ? $"{open}\n  {string.Join("\n", items).Replace("\n", "\n  ", StringComparison.Ordinal)}\n{close}"
            : $"{open}{pad}{string.Join(", ", items)}{pad}{close}";
    }

    private const int MaxLineLength = 80;

    private static string Scalar(Value value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    public static string Print(TypeReference type) => type switch
    {
        NamedType named => named.Name.Value,
        ListType list => $"[{Print(list.OfType)}]",
        NonNullType nonNull => $"{Print(nonNull.OfType)}!",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static void Append(StringBuilder text, Value value)
    {
        switch (value)
        {
            case Variable variable:
                text.Append('$').Append(variable.Name.Value);
                break;
            case IntValue i:
                text.Append(i.Text);
                break;
            case FloatValue f:
                text.Append(f.Text);
                break;
            case StringValue s:
                text.Append(s.Block ? PrintBlockString(s.Text) : PrintString(s.Text));
                break;
            case BooleanValue b:
                text.Append(b.Flag ? "true" : "false");
                break;
            case NullValue:
                text.Append("null");
                break;
            case EnumValue e:
                text.Append(e.Text);
                break;
            case ListValue or ObjectValue:
                text.Append(Print(value));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value));
        }
    }

    /// <summary>A string literal: control characters, C1 controls, quote and backslash escaped.</summary>
    public static string PrintString(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\f' => "\\f",
                '\r' => "\\r",
                '"' => "\\\"",
                '\\' => "\\\\",
                < '\u0020' or (>= '\u007F' and <= '\u009F') => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    /// <summary>A block string laid out as graphql-js lays it out (leading and trailing line breaks where they help).</summary>
    public static string PrintBlockString(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || l[0] is ' ' or '\t');
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var forceTrailingNewLine = (value.EndsWith('"') && !hasTrailingTripleQuotes) || value.EndsWith('\\');
        var multipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';
        var text = new StringBuilder("\"\"\"");
        if ((multipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            text.Append('\n');
        }
        text.Append(escaped);
        if (multipleLines || forceTrailingNewLine)
        {
            text.Append('\n');
        }
        return text.Append("\"\"\"").ToString();
    }
}
