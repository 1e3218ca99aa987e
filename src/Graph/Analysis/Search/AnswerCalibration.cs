using DutyGraph.Graph.Analysis.Meanings;
using DutyGraph.Graph.Catalogue;

namespace DutyGraph.Graph.Analysis.Search;

/// <summary>
/// Each answer's confidence: the evidence for it (how well it matches, whether it does what the
/// caller wants, how far it leads the next unit …) through the confidence model.
/// </summary>
internal sealed class AnswerCalibration(ModelMeanings meanings, ConfidenceModel confidence)
{
    /// <summary>The least score of the rival an answer is measured against (also when it has none): a weak answer does not lead by much.</summary>
    private const double NominalRival = 0.5;

    /// <summary>1 when the duty does what the caller wants, ½ for the same family (准入, 监管), −½ for another, 0 when the caller said nothing of it.</summary>
    public static double IntentFit(QuestionReading reading, DutyAction action)
    {
        if (reading.Intents.Count == 0)
        {
            return 0;
        }
        if (reading.Intents.Any(i => DutyActions.SameKind(i.Action, action)))
        {
            return 1;
        }
        var family = reading.Intents.Any(i => (DutyActions.IsApproval(i.Action) && DutyActions.IsApproval(action))
            || (DutyActions.IsSupervision(i.Action) && DutyActions.IsSupervision(action)));
        return family ? 0.5 : -0.5;
    }

    /// <summary>Each answer's confidence, from how well it matches and how far it leads the others.</summary>
    public List<ResponsibilityAnswer> Calibrate(List<(ResponsibilityAnswer Answer, int Doc)> answers, QuestionReading reading,
        Dictionary<int, (double Weight, QuestionMatter? Via)> matched, double[] text, DutyMeaning[] docMeanings)
    {
        var ordered = answers.OrderByDescending(a => a.Answer.Score).ToList();
        var leads = reading.Matters.SelectMany(m => m.Matter.Leads).ToHashSet(StringComparer.Ordinal);
        var result = new List<ResponsibilityAnswer>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (answer, doc) = ordered[i];
            // The best other unit's score, or a nominal rival's if that is higher: a weak answer does not lead by much.
            var best = ordered.Where((_, j) => j != i).Select(a => a.Answer.Score).Append(NominalRival).Max();
            var evidence = new AnswerEvidence(
                Matter: doc >= 0 ? matched.GetValueOrDefault(doc).Weight : 0,
                Text: doc >= 0 ? text[doc] : 0,
                Margin: answer.Score <= 0 ? -1 : Math.Clamp((answer.Score - best) / answer.Score, -1, 1),
                Intent: doc >= 0 ? IntentFit(reading, docMeanings[doc].Action) : 0,
                Kind: meanings.KindsOf(answer.Unit).Any(leads.Contains) ? 1 : 0,
                Named: doc >= 0 && matched.GetValueOrDefault(doc).Via is { Words.Length: > 0 } ? 1 : 0,
                Explained: reading.Explained,
                OffTopic: reading.OffTopic ? 1 : 0,
                Asked: reading.Intents.Count > 0 ? 1 : 0,
                OffTopicShare: reading.OffTopicShare);
            result.Add(answer with { Confidence = confidence.Of(evidence), Evidence = evidence });
        }
        return result;
    }
}
