using System.Text;

namespace DutyGraph.Graph.Datasets.Csv;

/// <summary>Writes RFC 4180 rows, quoting only the fields that need it; LF line ends.</summary>
public sealed class CsvWriter(TextWriter writer)
{
    public void WriteRow(IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }
            first = false;
            WriteField(field ?? "");
        }
        writer.Write('\n');
    }

    private void WriteField(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0 && !StartsOrEndsWithSpace(field))
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\""));
        writer.Write('"');
    }

    private static bool StartsOrEndsWithSpace(string field) =>
        field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));

    public static UTF8Encoding Utf8WithBom { get; } = new(encoderShouldEmitUTF8Identifier: true);
}
