using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Analysis.Search;

/// <summary>
/// Staff said which unit was right for a similar question before: that unit is lifted above the
/// others (added if it was not among them), sure in proportion to how alike the questions are,
/// and the answer says so.
/// </summary>
internal sealed class FeedbackLift(ReadModel model, DutyIndex index, Placement placement, IReadOnlyList<StaffFeedback> feedback)
{
    private const double SimilarQuestion = 0.45;

    public List<ResponsibilityAnswer> Apply(string question, string? scope, List<ResponsibilityAnswer> answers,
        IReadOnlyDictionary<int, double> scores, Func<string, double> lists)
    {
        var byUnit = answers.ToDictionary(a => a.Unit.Id);
        var top = answers.Count == 0 ? 1 : answers.Max(a => a.Score);
        foreach (var said in feedback.Where(f => scope is null || f.Jurisdiction is null || Jurisdiction.Canonical(f.Jurisdiction) == scope))
        {
            var similarity = Similarity(question, said.Question);
            if (similarity < SimilarQuestion || !model.UnitById.TryGetValue(said.UnitId, out var unit) || !model.IsActive(unit)
                || (lists(unit.Jurisdiction) == 0 && !placement.HoldsInScope(unit, lists)))
            {
                continue;
            }
            var reason = $"工作人员曾确认类似问题“{said.Question}”由{unit.Name}负责（相似度{similarity:0.00}）";
            var lifted = top * (1 + similarity);
            var confidence = Math.Round(0.5 + (0.5 * similarity), 4);
            if (byUnit.TryGetValue(unit.Id, out var answer))
            {
                byUnit[unit.Id] = answer with
                {
                    Score = Math.Round(Math.Max(answer.Score, lifted), 4), Reasons = [.. answer.Reasons, reason],
                    Confidence = Math.Max(answer.Confidence, confidence),
                };
                continue;
            }
            var (duty, holding) = scores.OrderByDescending(s => s.Value)
                .SelectMany(s => model.HoldingsOf(index.Duties[s.Key]).Where(h => h.UnitId == unit.Id).Select(h => ((Duty?)index.Duties[s.Key], (Holding?)h)))
                .FirstOrDefault();
            byUnit[unit.Id] = new ResponsibilityAnswer(unit, holding?.SectionId is { } s ? model.SectionById.GetValueOrDefault(s) : null,
                duty, holding?.Role ?? Role.Lead, placement.LevelOf(unit), placement.CountyCounterpart(unit, holding?.SectionId, scores, _ => 0),
                Math.Round(lifted, 4), [reason]) { Confidence = confidence };
        }
        return [.. byUnit.Values];
    }

    /// <summary>How alike two questions are (Jaccard of two-character pieces, after normalisation).</summary>
    public static double Similarity(string normalized, string other)
    {
        var mine = SearchText.Bigrams(normalized).ToHashSet(StringComparer.Ordinal);
        var theirs = SearchText.Bigrams(SearchText.Normalize(other)).ToHashSet(StringComparer.Ordinal);
        if (mine.Count == 0 || theirs.Count == 0)
        {
            return 0;
        }
        var shared = mine.Count(theirs.Contains);
        return (double)shared / (mine.Count + theirs.Count - shared);
    }
}
