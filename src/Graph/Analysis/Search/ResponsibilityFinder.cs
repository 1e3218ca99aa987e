using DutyGraph.Graph.Analysis.Text;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Analysis.Search;

/// <summary>
/// Answers "who is responsible for X" over a read model: the question is normalised, expanded
/// with the thesaurus, matched against the duties' bigram index; the best duties' holders are
/// ranked (lead before support), a township office is given the county unit it answers to,
/// and staff feedback on similar questions lifts the unit staff named.
/// </summary>
public sealed class ResponsibilityFinder(ReadModel model, DutyIndex index, Thesaurus thesaurus, IReadOnlyList<StaffFeedback> feedback)
{
    private const int CandidateDuties = 40;
    private const double SupportFactor = 0.6;
    private const double HigherListFactor = 0.5;
    private const double SimilarQuestion = 0.45;

    private readonly Dictionary<string, Jurisdiction> _jurisdictions = model.Jurisdictions.ToDictionary(j => j.Name);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, double[]> _listWeights = new(StringComparer.Ordinal);

    public IReadOnlyList<ResponsibilityAnswer> Ask(string question, string? jurisdiction, int first)
    {
        var query = ResponsibilityQuery.Of(question, thesaurus);
        if (query.Grams.Count == 0 || first <= 0)
        {
            return [];
        }
        var scope = jurisdiction is null ? null : Jurisdiction.Canonical(jurisdiction);
        var scores = new double[index.Duties.Count];
        var lists = ListWeights(scope);
        var weights = _listWeights.GetOrAdd(scope ?? "", _ => [.. index.Duties.Select(d => lists(d.Jurisdiction))]);
        foreach (var (gram, weight) in query.Grams)
        {
            index.Score(gram, weight, scores, weights);
        }
        for (var doc = 0; doc < scores.Length; doc++)
        {
            if (scores[doc] > 0)
            {
                scores[doc] = (scores[doc] + query.PhraseBonus(index, doc)) * weights[doc];
            }
        }
        var answers = new Dictionary<long, ResponsibilityAnswer>();
        foreach (var doc in TopDocs(scores, CandidateDuties))
        {
            foreach (var answer in AnswersFor(index.Duties[doc], scores[doc], query, doc, scores))
            {
                if (!answers.TryGetValue(answer.Unit.Id, out var kept) || kept.Score < answer.Score)
                {
                    answers[answer.Unit.Id] = answer;
                }
            }
        }
        ApplyFeedback(query, scope, answers, scores, lists);
        return [.. answers.Values.OrderByDescending(a => a.Score).ThenBy(a => a.Role).ThenBy(a => a.Unit.Id).Take(first)];
    }

    /// <summary>
    /// How much each list counts: the asked jurisdiction's own list fully; for a township, its
    /// county's list a little less (a county unit may hold what the township list does not name).
    /// </summary>
    private Func<string, double> ListWeights(string? scope)
    {
        if (scope is null)
        {
            return _ => 1;
        }
        var parent = _jurisdictions.TryGetValue(scope, out var j) && j.Level == JurisdictionLevel.Township ? j.Parent : null;
        return name => name == scope ? 1 : name == parent ? HigherListFactor : 0;
    }

    private static IEnumerable<int> TopDocs(double[] scores, int count) =>
        Enumerable.Range(0, scores.Length).Where(d => scores[d] > 0).OrderByDescending(d => scores[d]).ThenBy(d => d).Take(count);

    private IEnumerable<ResponsibilityAnswer> AnswersFor(Duty duty, double score, ResponsibilityQuery query, int doc, double[] scores)
    {
        var reasons = query.Reasons(index, doc);
        foreach (var holding in model.HoldingsOf(duty))
        {
            if (!model.HolderIsActive(holding))
            {
                continue;
            }
            var unit = model.UnitById[holding.UnitId!.Value];
            var section = holding.SectionId is { } sectionId ? model.SectionById[sectionId] : null;
            var level = LevelOf(unit);
            var county = level == JurisdictionLevel.Township ? CountyCounterpart(unit, section?.Id, scores) : null;
            List<string> why = [.. reasons];
            if (duty.Category == "上级收回")
            {
                why.Add($"乡镇已交回县级：{duty.Title}由{unit.Name}承担（上级收回）");
            }
            if (county is not null)
            {
                why.Add($"{unit.Name}对应县直部门{county.Name}（衔接对应表）");
            }
            yield return new ResponsibilityAnswer(unit, section, duty, holding.Role, level, county,
                Math.Round(score * (holding.Role == Role.Lead ? 1 : SupportFactor), 4), why);
        }
    }

    /// <summary>The county unit a township office answers to; of several, the one whose own list matches the question best.</summary>
    private Unit? CountyCounterpart(Unit office, long? sectionId, double[] scores)
    {
        var counterparts = model.Correspondences
            .Where(k => k.OfficeUnitId == office.Id || (sectionId is not null && k.OfficeSectionId == sectionId))
            .Select(k => k.CountyUnitId is { } id ? model.UnitById.GetValueOrDefault(id) : null)
            .OfType<Unit>().Where(model.IsActive).Distinct().ToList();
        if (counterparts.Count <= 1)
        {
            return counterparts.FirstOrDefault();
        }
        double Best(Unit unit) => index.Duties.Select((d, doc) => (d, doc))
            .Where(x => scores[x.doc] > 0 && model.HoldingsOf(x.d).Any(h => h.UnitId == unit.Id))
            .Select(x => scores[x.doc]).DefaultIfEmpty(0).Max();
        return counterparts.OrderByDescending(Best).ThenBy(u => u.Id).First();
    }

    /// <summary>Staff said which unit was right for a similar question before: that unit is lifted, and the answer says so.</summary>
    private void ApplyFeedback(ResponsibilityQuery query, string? scope, Dictionary<long, ResponsibilityAnswer> answers, double[] scores,
        Func<string, double> lists)
    {
        var top = answers.Count == 0 ? 1 : answers.Values.Max(a => a.Score);
        foreach (var said in feedback.Where(f => scope is null || f.Jurisdiction is null || Jurisdiction.Canonical(f.Jurisdiction) == scope))
        {
            var similarity = query.Similarity(said.Question);
            if (similarity < SimilarQuestion || !model.UnitById.TryGetValue(said.UnitId, out var unit) || !model.IsActive(unit)
                || (lists(unit.Jurisdiction) == 0 && !HoldsInScope(unit, lists)))
            {
                continue;
            }
            var reason = $"工作人员曾确认类似问题“{said.Question}”由{unit.Name}负责（相似度{similarity:0.00}）";
            var lifted = top * (1 + similarity);
            if (answers.TryGetValue(unit.Id, out var answer))
            {
                answers[unit.Id] = answer with { Score = Math.Round(Math.Max(answer.Score, lifted), 4), Reasons = [.. answer.Reasons, reason] };
                continue;
            }
            var (duty, holding) = index.Duties.Select((d, doc) => (d, doc)).Where(x => scores[x.doc] > 0)
                .SelectMany(x => model.HoldingsOf(x.d).Where(h => h.UnitId == unit.Id).Select(h => (x.d, h, scores[x.doc])))
                .OrderByDescending(x => x.Item3).Select(x => ((Duty?)x.d, (Holding?)x.h)).FirstOrDefault();
            var level = LevelOf(unit);
            var county = level == JurisdictionLevel.Township ? CountyCounterpart(unit, holding?.SectionId, scores) : null;
            answers[unit.Id] = new ResponsibilityAnswer(unit, holding?.SectionId is { } s ? model.SectionById.GetValueOrDefault(s) : null,
                duty, holding?.Role ?? Role.Lead, level, county, Math.Round(lifted, 4), [reason]);
        }
    }

    /// <summary>Whether the unit holds a duty on a list the question reads (a county unit named on a township's list).</summary>
    private bool HoldsInScope(Unit unit, Func<string, double> lists) =>
        model.Holdings.Any(h => h.UnitId == unit.Id && model.DutyById.TryGetValue(h.DutyId, out var d) && lists(d.Jurisdiction) > 0);

    private JurisdictionLevel LevelOf(Unit unit) => _jurisdictions.TryGetValue(unit.Jurisdiction, out var j) ? j.Level : JurisdictionLevel.County;
}
