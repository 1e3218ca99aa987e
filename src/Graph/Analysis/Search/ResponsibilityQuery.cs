using DutyGraph.Graph.Analysis.Text;
using DutyGraph.Graph.Duties;

namespace DutyGraph.Graph.Analysis.Search;

/// <summary>
/// A question made ready for the index: its normalised text, the everyday words the thesaurus
/// knows and the list wording they stand for, and the weighted bigrams of all of it.
/// </summary>
public sealed class ResponsibilityQuery
{
    private const double ExpansionWeight = 1.0;
    private const double QuestionWeight = 1.0;
    private const double PhraseBonusFactor = 1.5;

    private ResponsibilityQuery(string text, IReadOnlyList<ThesaurusMatch> matches, IReadOnlyDictionary<string, double> grams)
    {
        Text = text;
        Matches = matches;
        Grams = grams;
    }

    public string Text { get; }
    public IReadOnlyList<ThesaurusMatch> Matches { get; }
    public IReadOnlyDictionary<string, double> Grams { get; }

    public static ResponsibilityQuery Of(string question, Thesaurus thesaurus)
    {
        var text = SearchText.Normalize(question);
        var matches = thesaurus.Match(text);
        var grams = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(string phrase, double weight)
        {
            foreach (var gram in SearchText.Bigrams(phrase))
            {
                grams[gram] = Math.Max(weight, grams.GetValueOrDefault(gram));
            }
        }
        Add(text, QuestionWeight);
        foreach (var match in matches)
        {
            foreach (var term in match.ListTerms)
            {
                Add(term, ExpansionWeight / Math.Sqrt(match.ListTerms.Count));
            }
        }
        return new ResponsibilityQuery(text, matches, grams);
    }

    /// <summary>A duty whose title holds a whole expansion phrase (not just some of its grams) gains by how telling the phrase is.</summary>
    public double PhraseBonus(DutyIndex index, int doc)
    {
        var title = index.Titles[doc];
        var bonus = 0.0;
        foreach (var (term, value) in PhraseValues(index))
        {
            if (value > bonus && title.Contains(term, StringComparison.Ordinal))
            {
                bonus = value;
            }
        }
        return bonus;
    }

    private List<(string Term, double Value)>? _phraseValues;

    /// <summary>Each expansion phrase of two or more characters and the bonus it is worth, most first (worked out once per query).</summary>
    private List<(string Term, double Value)> PhraseValues(DutyIndex index) => _phraseValues ??=
        [.. Matches.SelectMany(m => m.ListTerms).Distinct().Where(t => t.Length >= 2)
            .Select(t => (t, PhraseBonusFactor * SearchText.Bigrams(t).Average(index.Idf))).OrderByDescending(x => x.Item2)];

    /// <summary>Why a duty matched: the words of the question found in it, the thesaurus expansions used, and where.</summary>
    public IReadOnlyList<string> Reasons(DutyIndex index, int doc)
    {
        var reasons = new List<string>();
        var own = SearchText.Bigrams(Text).Distinct().Where(g => index.FieldsWith(g, doc).Any()).ToList();
        if (own.Count > 0)
        {
            reasons.Add($"问题中的“{string.Join("”“", own)}”见于{FieldNames(own.SelectMany(g => index.FieldsWith(g, doc)))}");
        }
        foreach (var match in Matches)
        {
            foreach (var term in match.ListTerms)
            {
                var hit = SearchText.Bigrams(term).Distinct().Where(g => index.FieldsWith(g, doc).Any()).ToList();
                if (hit.Count * 2 >= Math.Max(1, term.Length - 1))
                {
                    reasons.Add($"同义扩展：{match.Everyday}→{term}（{FieldNames(hit.SelectMany(g => index.FieldsWith(g, doc)))}）");
                }
            }
        }
        return reasons;
    }

    private static string FieldNames(IEnumerable<DutyField> fields) => string.Join("、", fields.Distinct().Order().Select(f => f switch
    {
        DutyField.Title => "事项名称",
        DutyField.Description => "职责内容",
        _ => "实施依据",
    }));

    /// <summary>How alike another question is (Jaccard of bigrams, after normalisation).</summary>
    public double Similarity(string other)
    {
        var mine = SearchText.Bigrams(Text).ToHashSet(StringComparer.Ordinal);
        var theirs = SearchText.Bigrams(SearchText.Normalize(other)).ToHashSet(StringComparer.Ordinal);
        if (mine.Count == 0 || theirs.Count == 0)
        {
            return 0;
        }
        var shared = mine.Count(theirs.Contains);
        return (double)shared / (mine.Count + theirs.Count - shared);
    }
}
