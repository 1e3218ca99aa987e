using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Catalogue;

/// <summary>A matter a question names, by which words, and how sure that is (an everyday word of several matters is shared among them).</summary>
public sealed record QuestionMatter(Matter Matter, string Words, double Weight, bool Everyday);

/// <summary>
/// A question as the catalogue reads it: its normalised text, the matters its words name (the
/// longest phrases that do not overlap, list wordings and everyday words alike) and what the
/// caller wants done (办证 → 许可, 举报 → 查处, 补贴没到账 → 给付), each with the words that show it.
/// </summary>
public sealed record QuestionReading(string Text, IReadOnlyList<QuestionMatter> Matters, IReadOnlyList<(DutyAction Action, string Words)> Intents)
{
    /// <summary>The share (0–1) of the question's Chinese characters the catalogue reads: named matters, what the caller wants, filler.</summary>
    public double Explained { get; init; }

    /// <summary>Whether the question has words that show it is no government business (电影推荐, 比分多少).</summary>
    public bool OffTopic { get; init; }

    /// <summary>The share (0–1) of the question's two-character pieces that only words of no government business have (股票 of 股票涨跌).</summary>
    public double OffTopicShare { get; init; }

    /// <summary>Whether the caller's words show that action is wanted.</summary>
    public bool Wants(DutyAction action) => Intents.Any(i => i.Action == action);

    public static QuestionReading Read(string question, MatterCatalogue catalogue)
    {
        var text = SearchText.Normalize(question);
        var hits = catalogue.ListPhrases.All(text).Select(h => (Hit: h, Everyday: false))
            .Concat(catalogue.EverydayPhrases.All(text).Select(h => (Hit: h, Everyday: true)))
            .ToList();
        var covered = new bool[text.Length];
        var matters = new List<QuestionMatter>();
        foreach (var (hit, everyday) in hits.OrderByDescending(h => h.Hit.Length).ThenBy(h => h.Everyday).ThenBy(h => h.Hit.Start))
        {
            var span = covered.AsSpan(hit.Start, hit.Length);
            if (span.Contains(true))
            {
                // A word inside a longer one already read counts only where it adds a matter of the same words.
                if (!span.Contains(false) && matters.Any(m => m.Words == hit.Phrase))
                {
                    AddMatters(matters, hit, everyday, catalogue);
                }
                continue;
            }
            span.Fill(true);
            AddMatters(matters, hit, everyday, catalogue);
        }
        AddResembling(matters, text, catalogue);
        var intentHits = catalogue.ActionQuestionWords.Longest(text);
        var intents = intentHits.SelectMany(h => h.Values.Select(a => (a, h.Phrase))).Distinct().ToList();
        var cues = catalogue.CueWords.All(text);
        foreach (var hit in intentHits.Concat(cues.Where(h => h.Values.Contains(CueKind.Filler)).Select(h => new PhraseHit<DutyAction>(h.Start, h.Length, h.Phrase, []))))
        {
            covered.AsSpan(hit.Start, hit.Length).Fill(true);
        }
        var han = 0;
        var read = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (SearchText.IsHan(text[i]))
            {
                han++;
                read += covered[i] ? 1 : 0;
            }
        }
        return new QuestionReading(text, matters, intents)
        {
            Explained = han == 0 ? 0 : (double)read / han,
            OffTopic = cues.Any(h => h.Values.Contains(CueKind.OffTopic)),
            OffTopicShare = catalogue.OffTopicShare(text),
        };
    }

    /// <summary>How much a matter the question only resembles counts, times the share of the question's words it has.</summary>
    private const double ResembleWeight = 0.9;

    /// <summary>The share of the question's known words the best resembling matter needs, for any to count.</summary>
    private const double ResembleShare = 0.2;

    /// <summary>Other resembling matters count when they come this close to the best.</summary>
    private const double ResembleNear = 0.7;

    private const int ResembleCount = 3;

    /// <summary>Matters whose words the question resembles without naming them word for word, a little less sure than those it names.</summary>
    private static void AddResembling(List<QuestionMatter> matters, string text, MatterCatalogue catalogue)
    {
        var resembling = catalogue.Index.Resembling(text, ResembleCount);
        if (resembling.Count == 0 || resembling[0].Share < ResembleShare)
        {
            return;
        }
        foreach (var (matter, share) in resembling.Where(r => r.Share >= resembling[0].Share * ResembleNear))
        {
            if (matters.All(m => m.Matter != matter))
            {
                matters.Add(new QuestionMatter(matter, "", ResembleWeight * share, Everyday: true));
            }
        }
    }

    /// <summary>How much a word made only of words of what the caller wants (上牌, 低保, 欠工资) counts for the matters it is a word of.</summary>
    private const double IntentWordWeight = 0.5;

    private static void AddMatters(List<QuestionMatter> matters, PhraseHit<Matter> hit, bool everyday, MatterCatalogue catalogue)
    {
        var weight = Math.Min(1.0, hit.Length / 4.0) / Math.Sqrt(hit.Values.Count)
            * (catalogue.IntentOnlyWords.Contains(hit.Phrase) ? IntentWordWeight : 1);
        foreach (var matter in hit.Values)
        {
            var at = matters.FindIndex(m => m.Matter == matter);
            if (at < 0)
            {
                matters.Add(new QuestionMatter(matter, hit.Phrase, weight, everyday));
            }
            else if (matters[at].Weight < weight)
            {
                matters[at] = new QuestionMatter(matter, hit.Phrase, weight, everyday);
            }
        }
    }
}
