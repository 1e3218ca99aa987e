using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;

namespace DutyGraph.Graph.Analysis.Text;

/// <summary>An everyday word (口语) and a phrase of list wording (清单用语) it stands for.</summary>
public sealed record ThesaurusEntry(string Everyday, string ListTerm, string? Note = null);

/// <summary>An everyday word found in a question, and the list wording it expands to.</summary>
public sealed record ThesaurusMatch(string Everyday, IReadOnlyList<string> ListTerms);

/// <summary>
/// The domain thesaurus: everyday words people say to the hotline, mapped to the wording of
/// the lists (油烟 → 餐饮服务业油烟污染, 电鱼 → 非法捕捞). Staff extend it by import and by mutation.
/// </summary>
public sealed class Thesaurus
{
    public static readonly Column EverydayColumn = new("口语", "everyday", Required: true);
    public static readonly Column ListTermColumn = new("清单用语", "listTerm", Required: true);
    public static readonly Column NoteColumn = new("备注", "note");
    public static readonly IReadOnlyList<Column> Columns = [EverydayColumn, ListTermColumn, NoteColumn];

    public static readonly Thesaurus Empty = new([]);

    private readonly Dictionary<string, List<string>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _wordsOfTerm = new(StringComparer.Ordinal);
    private readonly int _longest;
    private readonly int _longestTerm;

    public Thesaurus(IEnumerable<ThesaurusEntry> entries)
    {
        Entries = [.. entries];
        foreach (var entry in Entries)
        {
            var key = SearchText.Normalize(entry.Everyday);
            var term = SearchText.Normalize(entry.ListTerm);
            if (key.Length == 0 || term.Length == 0)
            {
                continue;
            }
            if (!_terms.TryGetValue(key, out var terms))
            {
                _terms[key] = terms = [];
            }
            if (!terms.Contains(term))
            {
                terms.Add(term);
            }
            if (!_wordsOfTerm.TryGetValue(term, out var words))
            {
                _wordsOfTerm[term] = words = [];
            }
            if (!words.Contains(key))
            {
                words.Add(key);
            }
            _longest = Math.Max(_longest, key.Length);
            _longestTerm = Math.Max(_longestTerm, term.Length);
        }
    }

    public IReadOnlyList<ThesaurusEntry> Entries { get; }

    /// <summary>
    /// The everyday words in a normalised question, longest first where they overlap (a word
    /// inside a longer one that matched is not taken again), each with its list wording.
    /// </summary>
    public IReadOnlyList<ThesaurusMatch> Match(string question)
    {
        var covered = new bool[question.Length];
        var found = new List<(int Start, string Key)>();
        for (var length = Math.Min(_longest, question.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= question.Length; start++)
            {
                if (covered.AsSpan(start, length).IndexOf(false) < 0)
                {
                    continue;
                }
                var key = question.Substring(start, length);
                if (_terms.ContainsKey(key) && covered.AsSpan(start, length).IndexOf(true) < 0)
                {
                    found.Add((start, key));
                    covered.AsSpan(start, length).Fill(true);
                }
            }
        }
        return [.. found.OrderBy(f => f.Start).Select(f => f.Key).Distinct().Select(k => new ThesaurusMatch(k, _terms[k]))];
    }

    /// <summary>
    /// The everyday words a normalised text is about: those written in it, and those whose list
    /// wording is written in it ("销售不合格化肥" and "生产经营假劣肥料" both come to 化肥 when the
    /// thesaurus says 化肥 → 肥料). Overlap detection compares duties by these as well as by their grams.
    /// </summary>
    public IReadOnlyCollection<string> ConceptsIn(string text)
    {
        var concepts = new HashSet<string>(StringComparer.Ordinal);
        var words = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var terms = _wordsOfTerm.GetAlternateLookup<ReadOnlySpan<char>>();
        var longest = Math.Max(_longest, _longestTerm);
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 1; length <= longest && start + length <= text.Length; length++)
            {
                var piece = text.AsSpan(start, length);
                if (length <= _longest && words.TryGetValue(piece, out _))
                {
                    concepts.Add(piece.ToString());
                }
                if (length <= _longestTerm && terms.TryGetValue(piece, out var everyday))
                {
                    concepts.UnionWith(everyday);
                }
            }
        }
        return concepts;
    }

    /// <summary>Reads a thesaurus CSV (口语, 清单用语, 备注); problems are reported with file, line and column.</summary>
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
}
