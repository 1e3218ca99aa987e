using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;

namespace DutyGraph.Graph.Catalogue;

/// <summary>
/// A dataset folder's <c>thesaurus.csv</c> (口语, 清单用语, 备注): staff additions to the
/// catalogue, read with the same decoding and error reporting as the other files, and written
/// by an export.
/// </summary>
public static class ThesaurusFile
{
    public const string Name = "thesaurus.csv";

    public static readonly Column EverydayColumn = new("口语", "everyday", Required: true);
    public static readonly Column ListTermColumn = new("清单用语", "listTerm", Required: true);
    public static readonly Column NoteColumn = new("备注", "note");
    public static readonly IReadOnlyList<Column> Columns = [EverydayColumn, ListTermColumn, NoteColumn];

    /// <summary>The entries of a thesaurus file; any error refuses the whole file, each naming its line and column.</summary>
    public static IReadOnlyList<ThesaurusEntry> Read(string path)
    {
        var problems = new List<Problem>();
        var (reader, _) = TextFileDecoder.Open(path);
        using (reader)
        {
            var entries = Read(reader, Path.GetFileName(path), problems);
            return problems.Any(p => p.Severity == Severity.Error) ? throw new DatasetRejectedException([.. problems.Where(p => p.Severity == Severity.Error)]) : entries;
        }
    }

    /// <summary>Reads thesaurus CSV text; problems are reported with file, line and column.</summary>
    public static IReadOnlyList<ThesaurusEntry> Read(TextReader reader, string file, ICollection<Problem> problems)
    {
        var parser = new CsvParser(reader, file, problems);
        if (parser.Read() is not { } header)
        {
            problems.Add(Problem.Error(file, 1, null, "the file is empty: it needs the header 口语,清单用语"));
            return [];
        }
        var map = HeaderMap.Read(file, header, Columns, problems);
        if (map.IndexOf(EverydayColumn) is not { } everyday || map.IndexOf(ListTermColumn) is not { } term)
        {
            return [];
        }
        var note = map.IndexOf(NoteColumn);
        var entries = new List<ThesaurusEntry>();
        while (parser.Read() is { } record)
        {
            if (record.IsBlank)
            {
                continue;
            }
            string Field(int i) => i < record.Fields.Length ? record.Fields[i].Trim() : "";
            var (word, phrase) = (Field(everyday), Field(term));
            if (word.Length == 0 || phrase.Length == 0)
            {
                problems.Add(Problem.Error(file, record.Line, (word.Length == 0 ? everyday : term) + 1,
                    $"{(word.Length == 0 ? EverydayColumn : ListTermColumn).Display} is empty"));
                continue;
            }
            entries.Add(new ThesaurusEntry(word, phrase, note is { } n && Field(n).Length > 0 ? Field(n) : null));
        }
        return entries;
    }

    /// <summary>The rows an export writes, header first.</summary>
    public static IEnumerable<string?[]> Rows(IEnumerable<ThesaurusEntry> entries) =>
        new[] { Columns.Select(c => (string?)c.Chinese).ToArray() }.Concat(entries.Select(e => new[] { e.Everyday, e.ListTerm, e.Note }));
}
