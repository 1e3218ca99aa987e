using DutyGraph.Graph.Analysis.Meanings;
using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Analysis.Search;

/// <summary>
/// Answers "who is responsible for X" by matter and intent. The question is read against the
/// catalogue for the matters it names and what the caller wants; duties of those matters on the
/// lists asked count most, the words the question shares with a duty's text next, and a duty
/// that does what the caller wants (a permit for 办证, a penalty for 举报) and a holder of a kind
/// that leads the matter are lifted. Answers are one per unit, lead before support, each with a
/// calibrated confidence and the chain of reasons; a matching duty nobody holds is named; where
/// the lists have nothing for a matter the catalogue knows, the units of the kind that usually
/// leads it are offered as a guess.
/// </summary>
public sealed class ResponsibilityFinder
{
    private const int CandidateDuties = 40;
    /// <summary>How much of a question is read: a caller says what they want well within it, and noise beyond it cannot outweigh that.</summary>
    public const int MaxQuestionLength = 500;
    private const double MatterWeight = 1.0;
    private const double TextWeight = 0.6;
    private const double IntentWeight = 0.2;
    private const double KindWeight = 0.25;
    private const double InternalFactor = 0.3;
    private const double GuidanceFactor = 0.8;
    private const double SupportFactor = 0.6;
    private const double KindOnlyScore = 0.45;

    private readonly ReadModel _model;
    private readonly DutyIndex _index;
    private readonly ModelMeanings _meanings;
    private readonly Placement _placement;
    private FeedbackLift _feedback;
    private readonly AnswerCalibration _calibration;
    private readonly DutyMeaning[] _docMeanings;
    private readonly DutiesByMatter _byMatter;
    private readonly Dictionary<long, OrphanFinding> _orphans;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, double[]> _listWeights = new(StringComparer.Ordinal);

    public ResponsibilityFinder(ReadModel model, DutyIndex index, ModelMeanings meanings, IReadOnlyList<StaffFeedback> feedback,
        IReadOnlyList<OrphanFinding> orphans, ConfidenceModel? confidence = null)
    {
        _model = model;
        _index = index;
        _meanings = meanings;
        _placement = new Placement(model, index);
        _feedback = new FeedbackLift(model, index, _placement, feedback);
        _calibration = new AnswerCalibration(meanings, confidence ?? ConfidenceModel.Fitted);
        _docMeanings = [.. index.Duties.Select(meanings.Of)];
        _byMatter = new DutiesByMatter(_docMeanings, meanings.Catalogue);
        // A duty nobody answers for: no holder, no lead, or no lead in being (a missing unit beside an active lead does not count).
        _orphans = orphans.Where(o => o.Duty is { } duty && (o.Kind is OrphanKind.Unheld or OrphanKind.NoLead or OrphanKind.AbolishedHolder
                || (o.Kind is OrphanKind.MissingUnit && !model.HoldingsOf(duty).Any(h => h.Role == Role.Lead && model.HolderIsActive(h)))))
            .GroupBy(o => o.Duty!.Id).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The same finder with other staff feedback: nothing else is built again.</summary>
    public ResponsibilityFinder WithFeedback(IReadOnlyList<StaffFeedback> feedback)
    {
        var copy = (ResponsibilityFinder)MemberwiseClone();
        copy._feedback = new FeedbackLift(_model, _index, _placement, feedback);
        return copy;
    }

    /// <summary>The index of the duties it searches.</summary>
    internal DutyIndex Index => _index;

    private MatterCatalogue Catalogue => _meanings.Catalogue;

    public ResponsibilityResult Ask(string question, string? jurisdiction, int first, CancellationToken ct = default)
    {
        var reading = QuestionReading.Read(question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question, Catalogue);
        if (reading.Text.Length == 0 || first <= 0)
        {
            return ResponsibilityResult.Nothing with { Reading = reading };
        }
        var scope = jurisdiction is null ? null : Jurisdiction.Canonical(jurisdiction);
        var lists = _placement.ListWeights(scope);
        var weights = _listWeights.GetOrAdd(scope ?? "", _ => [.. _index.Duties.Select(d => d.IsCancelledAt(_model.AsOf) ? 0 : lists(d.Jurisdiction))]);
        // How much of the question's words (those any duty has, each by its rarity) a duty's title and description cover.
        var text = new double[_index.Duties.Count];
        var known = 0.0;
        foreach (var gram in SearchText.Bigrams(reading.Text).Distinct())
        {
            if (_index.DocumentFrequency(gram) > 0)
            {
                var idf = _index.Idf(gram);
                known += idf;
                _index.Cover(gram, idf, text, weights);
            }
        }
        ct.ThrowIfCancellationRequested();
        var matched = _byMatter.Match(reading, weights);
        var scores = new Dictionary<int, double>();
        foreach (var doc in matched.Keys.Concat(Enumerable.Range(0, text.Length).Where(d => text[d] > 0)).Distinct())
        {
            text[doc] = known > 0 ? text[doc] / known : 0;
            scores[doc] = Score(doc, matched.GetValueOrDefault(doc).Weight, text[doc], reading) * weights[doc];
        }
        var top = scores.Where(s => s.Value > 0).OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(CandidateDuties).ToList();
        var answers = new Dictionary<long, (ResponsibilityAnswer Answer, int Doc)>();
        foreach (var (doc, score) in top)
        {
            foreach (var answer in AnswersFor(doc, score, reading, matched.GetValueOrDefault(doc), scores))
            {
                if (!answers.TryGetValue(answer.Unit.Id, out var kept) || kept.Answer.Score < answer.Score)
                {
                    answers[answer.Unit.Id] = (answer, doc);
                }
            }
        }
        if (matched.Count == 0)
        {
            AddKindAnswers(reading, scope, lists, answers);
        }
        var ranked = _calibration.Calibrate(answers.Values.ToList(), reading, matched, text, _docMeanings);
        ranked = _feedback.Apply(reading.Text, scope, ranked, scores, lists);
        var unheld = top.Where(t => t.Value >= top[0].Value * 0.8).Take(3)
            .Select(t => _index.Duties[t.Key]).Where(d => _orphans.ContainsKey(d.Id))
            .Select(d => new UnheldMatch(d, _orphans[d.Id].Kind, $"清单中的“{d.Title}”（{d.Jurisdiction}）与问题相符，但目前无人承担：{_orphans[d.Id].Message}"))
            .ToList();
        return new ResponsibilityResult(
            [.. ranked.OrderByDescending(a => a.Score).ThenBy(a => a.Role).ThenBy(a => a.Unit.Id).Take(first)], unheld, reading);
    }

    private double Score(int doc, double matter, double text, QuestionReading reading)
    {
        var meaning = _docMeanings[doc];
        var score = (MatterWeight * matter) + (TextWeight * text) + (IntentWeight * AnswerCalibration.IntentFit(reading, meaning.Action));
        return Math.Max(0, score) * meaning.Scope switch
        {
            DutyScope.Internal => InternalFactor,
            DutyScope.Guidance => GuidanceFactor,
            _ => 1,
        };
    }

    /// <summary>How much a unit's kinds have to do with a matter: 2 when one leads it, 1 when one shares it.</summary>
    private int Concern(Unit unit, Matter? matter)
    {
        var kinds = _meanings.KindsOf(unit);
        return matter is null ? 0 : matter.Leads.Any(kinds.Contains) ? 2 : matter.Related.Any(kinds.Contains) ? 1 : 0;
    }

    private IEnumerable<ResponsibilityAnswer> AnswersFor(int doc, double score, QuestionReading reading, (double Weight, QuestionMatter? Via) matched,
        Dictionary<int, double> scores)
    {
        var duty = _index.Duties[doc];
        var meaning = _docMeanings[doc];
        var matter = matched.Via?.Matter ?? meaning.Matter;
        var leads = reading.Matters.SelectMany(m => m.Matter.Leads).ToHashSet(StringComparer.Ordinal);
        foreach (var holding in _model.HoldingsOf(duty))
        {
            if (!_model.HolderIsActive(holding))
            {
                continue;
            }
            var unit = _model.UnitById[holding.UnitId!.Value];
            var section = holding.SectionId is { } sectionId ? _model.SectionById[sectionId] : null;
            var level = _placement.LevelOf(unit);
            var county = _placement.CountyCounterpart(unit, section?.Id, scores, c => Concern(c, matter));
            var kind = _meanings.KindsOf(unit).Any(leads.Contains) ? KindWeight : 0;
            var why = Reasons.Chain(reading, matched.Via, duty, meaning, holding, unit, county, _index, doc);
            yield return new ResponsibilityAnswer(unit, section, duty, holding.Role, level, county,
                Math.Round((score + kind) * (holding.Role == Role.Lead ? 1 : SupportFactor), 4), why) { Matter = matter };
        }
    }

    /// <summary>Where no duty of the lists is of a matter the question names, the units of a kind that usually leads it are offered.</summary>
    private void AddKindAnswers(QuestionReading reading, string? scope, Func<string, double> lists, Dictionary<long, (ResponsibilityAnswer Answer, int Doc)> answers)
    {
        foreach (var qm in reading.Matters)
        {
            foreach (var unit in _model.Units.Where(u => _model.IsActive(u) && lists(u.Jurisdiction) > 0))
            {
                var kinds = _meanings.KindsOf(unit);
                if (!kinds.Any(qm.Matter.Leads.Contains) || (answers.TryGetValue(unit.Id, out var kept) && kept.Answer.Duty is not null))
                {
                    continue;
                }
                var score = Math.Round(KindOnlyScore * qm.Weight * lists(unit.Jurisdiction), 4);
                if (kept.Answer is null || kept.Answer.Score < score)
                {
                    answers[unit.Id] = (new ResponsibilityAnswer(unit, null, null, Role.Lead, _placement.LevelOf(unit), null, score,
                        Reasons.KindOnly(qm, unit, kinds)) { Matter = qm.Matter }, -1);
                }
            }
        }
    }
}
