using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Catalogue;

/// <summary>The word sets the catalogue derives from its own wordings: generic, weak and intent-only words.</summary>
public sealed partial class MatterCatalogue
{
    /// <summary>The longest wording a generic one may have: longer wordings name something particular.</summary>
    private const int GenericLength = 4;

    /// <summary>How many matters of other fields may have a wording with it inside before a short wording counts as generic.</summary>
    private const int GenericSpread = 3;

    /// <summary>
    /// Short wordings found inside the wordings of several matters of other fields (档案管理 inside
    /// 城建档案管理, 会计档案管理 …): they name a kind of work as much as a matter.
    /// </summary>
    private HashSet<string> FindGenericWordings()
    {
        var inside = new Dictionary<string, HashSet<Matter>>(StringComparer.Ordinal);
        foreach (var matter in Matters)
        {
            foreach (var text in matter.Wordings.Append(matter.Name).Select(SearchText.Normalize))
            {
                foreach (var hit in ListPhrases.All(text).Where(h => h.Length <= GenericLength && h.Length < text.Length))
                {
                    foreach (var owner in hit.Values.Where(o => o != matter && Matter.TopField(o.Field) != Matter.TopField(matter.Field) && !IsBroaderThan(o, matter)))
                    {
                        if (!inside.TryGetValue(hit.Phrase, out var others))
                        {
                            inside[hit.Phrase] = others = [];
                        }
                        others.Add(matter);
                    }
                }
            }
        }
        return [.. inside.Where(x => x.Value.Count >= GenericSpread).Select(x => x.Key)];
    }


    /// <summary>Short wordings that several matters of other fields have inside their own (档案管理, 补助资金): a title naming another matter beside one is about that other matter.</summary>
    public IReadOnlySet<string> GenericWordings { get; }

    /// <summary>
    /// The two-character pieces of the words of no government business (范围外) that no matter's name,
    /// wording or everyday word has: a question made of them is about something else.
    /// </summary>
    private HashSet<string> OffTopicPieces()
    {
        var government = Matters.SelectMany(m => m.Wordings.Concat(m.Everyday).Append(m.Name)).SelectMany(w => SearchText.Bigrams(SearchText.Normalize(w)))
            .ToHashSet(StringComparer.Ordinal);
        return [.. Cues.OffTopic.SelectMany(w => SearchText.Bigrams(SearchText.Normalize(w))).Where(p => !government.Contains(p))];
    }

    /// <summary>The share (0–1) of a normalised question's two-character pieces that only words of no government business have.</summary>
    public double OffTopicShare(string normalized)
    {
        var pieces = SearchText.Bigrams(normalized).ToList();
        if (pieces.Count == 0)
        {
            return 0;
        }
        var offTopic = _offTopicPieces.Value;
        return (double)pieces.Count(offTopic.Contains) / pieces.Count;
    }

    /// <summary>Whether an everyday word says only what the caller wants (办证, 举报) or filler: it names no matter.</summary>
    private bool IsIntentOnly(string word)
    {
        var kept = new bool[word.Length];
        Array.Fill(kept, true);
        foreach (var hit in ActionQuestionWords.All(word).Concat(ActionTitleWords.All(word)))
        {
            kept.AsSpan(hit.Start, hit.Length).Clear();
        }
        foreach (var hit in CueWords.All(word).Where(h => h.Values.Contains(CueKind.Filler)))
        {
            kept.AsSpan(hit.Start, hit.Length).Clear();
        }
        return kept.Count(k => k) == 0;
    }

    /// <summary>Everyday words made only of what callers want done and filler (办证, 举报, 投诉): in a title they are read as intent, not as a matter; in a question they name their matter at half weight too.</summary>
    public IReadOnlySet<string> IntentOnlyWords { get; }

    /// <summary>Whether a phrase says nothing but action and filler words (表彰奖励, 城市管理): it names no matter of its own.</summary>
    private bool IsWeak(string phrase)
    {
        var kept = new bool[phrase.Length];
        Array.Fill(kept, true);
        foreach (var hit in ActionTitleWords.All(phrase))
        {
            kept.AsSpan(hit.Start, hit.Length).Clear();
        }
        foreach (var hit in CueWords.All(phrase).Where(h => h.Values.Contains(CueKind.Filler)))
        {
            kept.AsSpan(hit.Start, hit.Length).Clear();
        }
        return kept.Count(k => k) < 2;
    }

    /// <summary>
    /// Wordings made only of action and filler words (表彰奖励, 城市管理): a title naming another
    /// matter beside one of them is about that other matter.
    /// </summary>
    public IReadOnlySet<string> WeakWordings { get; }
}
