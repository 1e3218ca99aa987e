using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;
using FsCheck;
using FsCheck.Fluent;

namespace DutyGraph.Tests.Csv;

public sealed class CsvParserTests
{
    private static (List<CsvRecord> Records, List<Problem> Problems) Parse(string text)
    {
        var problems = new List<Problem>();
        var parser = new CsvParser(new StringReader(text), "t.csv", problems);
        var records = new List<CsvRecord>();
        while (parser.Read() is { } record)
        {
            records.Add(record);
        }
        return (records, problems);
    }

    [Fact]
    public void Any_fields_written_by_the_writer_are_read_back_unchanged()
    {
        var field = Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            Gen.Elements("a\r\nb", "\r", "\n\n", "x,\"y\"", " lead", "县\r政府", ""));
        var rows = field.ArrayOf().Where(a => a.Length > 0).ArrayOf().Where(r => r.Length > 0);
        Prop.ForAll(rows.ToArbitrary(), table =>
        {
            var text = new StringWriter();
            var writer = new CsvWriter(text);
            foreach (var row in table)
            {
                writer.WriteRow(row);
            }
            var (records, problems) = Parse(text.ToString());
            return problems.Count == 0
                && records.Count == table.Length
                && records.Zip(table).All(p => p.First.Fields.SequenceEqual(p.Second));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks_and_lines_are_counted_from_the_record_start()
    {
        var (records, problems) = Parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row");
        Assert.Empty(problems);
        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["two\nlines", "z"], records[2].Fields);
        Assert.Equal([1, 2, 3, 5], records.Select(r => r.Line));
    }

    [Fact]
    public void Rows_longer_than_the_read_buffer_with_CRLF_line_ends_and_quoted_line_breaks_read_back_exactly()
    {
        var rows = Enumerable.Range(0, 6000).Select(i => new[] { $"县{i}", new string('字', i % 97), i % 7 == 0 ? "多\r\n行" : "", "末" }).ToList();
        var text = string.Join("\r\n", rows.Select(r => string.Join(',', r.Select(f => f.Contains('\n') ? $"\"{f}\"" : f))));

        var (records, problems) = Parse(text);

        Assert.Empty(problems);
        Assert.Equal(rows.Count, records.Count);
        Assert.All(records.Zip(rows), p => Assert.Equal(p.Second, p.First.Fields));
        Assert.True(text.Length > 3 * (1 << 16));
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_the_line_and_field_where_it_opens()
    {
        var (_, problems) = Parse("a,b\nok,fine\nx,\"never closed\nmore text\n");
        var problem = Assert.Single(problems);
        Assert.Equal("t.csv:3:2", problem.Location);
        Assert.Contains("never closed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_and_a_stray_quote_are_both_reported_and_reading_goes_on()
    {
        var (records, problems) = Parse("a,b\n\"x\"y,1\nab\"c,2\nfine,3\n");
        Assert.Equal(["t.csv:2:1", "t.csv:3:1"], problems.Select(p => p.Location));
        Assert.Equal(["fine", "3"], records[^1].Fields);
    }
}
