using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Analysis.Evaluation;

/// <summary>Precision and recall of a set of findings against the planted ones.</summary>
public sealed record Accuracy(int Found, int Expected, int Right)
{
    public double Precision => Found == 0 ? 1 : (double)Right / Found;
    public double Recall => Expected == 0 ? 1 : (double)Right / Expected;
}

/// <summary>Answers whose confidence fell in [From, To), and how many of them were right.</summary>
public sealed record CalibrationBin(double From, double To, int Answers, int Right);

/// <summary>The figures of one evaluation, and what was missed or wrongly found (to read when a figure drops).</summary>
public sealed record EvaluationReport(
    string Set, int Questions, int Top1, int Top3, int CountyUnitsAsked, int CountyUnitsRight,
    int OutOfScope, int OutOfScopeBelowGuess, double GuessBelow, int Confident, int ConfidentRight, IReadOnlyList<CalibrationBin> Calibration,
    Accuracy Overlaps, int DistractorPairs, int DistractorPairsFlagged, int InternalOrSupportPairs, int InternalOrSupportFlagged,
    int Separations, int SeparationsRecognised, int SeparationsFlagged, Accuracy Orphans,
    IReadOnlyList<(AnswerEvidence Evidence, bool Right, double Weight)> Samples, IReadOnlyList<string> Misses)
{
    public const double ConfidentFrom = 0.8;

    /// <summary>The overlap pairs found, by the kind the rule judged them (Exact, Near, Cross …): planted ones and all.</summary>
    public IReadOnlyDictionary<string, (int Planted, int All)> FoundByKind { get; init; } = new Dictionary<string, (int, int)>();

    public double Top1Rate => Questions == 0 ? 0 : (double)Top1 / Questions;
    public double Top3Rate => Questions == 0 ? 0 : (double)Top3 / Questions;
    public double ConfidentRate => Confident == 0 ? 1 : (double)ConfidentRight / Confident;
    public double AbstentionRate => OutOfScope == 0 ? 1 : (double)OutOfScopeBelowGuess / OutOfScope;
}

/// <summary>Runs the three answers over an evaluation set's analysis model and compares them with what was planted.</summary>
public static class EvaluationRun
{
    private static readonly string[] InternalOrSupport = ["内部事务", "牵头配合"];

    /// <summary>How much an answer to a question no list covers counts in fitting the confidence model.</summary>
    private const double OutOfScopeWeight = 25;

    public static EvaluationReport Run(EvaluationSet set, AnalysisModel model, double minScore = DuplicateFinder.DefaultMinScore, double guessBelow = ConfidenceModel.DefaultGuessBelow,
        CancellationToken ct = default)
    {
        var misses = new List<string>();
        var samples = new List<(AnswerEvidence, bool, double)>();
        int top1 = 0, top3 = 0, countyAsked = 0, countyRight = 0, outOfScope = 0, abstained = 0, confident = 0, confidentRight = 0;
        var bins = Enumerable.Range(0, 10).Select(i => (From: i / 10.0, Answers: 0, Right: 0)).ToArray();
        foreach (var q in set.Questions)
        {
            ct.ThrowIfCancellationRequested();
            var answers = model.Ask(q.Question, q.Jurisdiction, 3).Answers;
            var best = answers.Count > 0 ? answers[0] : null;
            if (q.OutOfScope)
            {
                outOfScope++;
                abstained += best is null || best.Confidence < guessBelow ? 1 : 0;
                if (best is not null)
                {
                    samples.Add((best.Evidence, false, OutOfScopeWeight));
                    if (best.Confidence >= guessBelow)
                    {
                        misses.Add($"question line {q.Line} “{q.Question}” is out of scope, answered {best.Unit.Name} at {best.Confidence:0.00} ({best.Evidence})");
                    }
                }
                continue;
            }
            var rank = answers.Select((a, i) => (a, i)).FirstOrDefault(x => x.a.Unit.Name == q.Unit, (null!, -1)).Item2;
            top1 += rank == 0 ? 1 : 0;
            top3 += rank >= 0 ? 1 : 0;
            if (best is not null)
            {
                samples.Add((best.Evidence, rank == 0, 1.0));
                var bin = Math.Min(9, (int)(best.Confidence * 10));
                bins[bin] = (bins[bin].From, bins[bin].Answers + 1, bins[bin].Right + (rank == 0 ? 1 : 0));
                if (best.Confidence >= EvaluationReport.ConfidentFrom)
                {
                    confident++;
                    confidentRight += rank == 0 ? 1 : 0;
                }
            }
            if (rank != 0)
            {
                misses.Add($"question line {q.Line} “{q.Question}” ({q.Jurisdiction}): expected {q.Unit}, got "
                    + string.Join(" / ", answers.Select(a => $"{a.Unit.Name}[{a.Duty?.Title} {a.Score:0.00} c{a.Confidence:0.00}]")));
            }
            if (q.CountyUnit is not null)
            {
                countyAsked++;
                var right = rank >= 0 && answers[rank].CountyUnit?.Name == q.CountyUnit;
                countyRight += right ? 1 : 0;
                if (!right && rank >= 0)
                {
                    misses.Add($"question line {q.Line}: county unit expected {q.CountyUnit}, got {answers[rank].CountyUnit?.Name ?? "none"}");
                }
            }
        }
        var clusters = model.Duplicates(minScore);
        var found = Pairs(clusters.Where(c => !c.Intentional).Select(c => c.Members.Select(m => Named(m.Duty, m.Holding)).ToList()));
        var separatedFound = Pairs(clusters.Where(c => c.Intentional).Select(c => c.Members.Select(m => Named(m.Duty, m.Holding)).ToList()));
        var diagnosis = new OverlapDiagnosis(model, (d, h) => Key(Named(d, h)));
        var planted = Pairs(set.Overlaps.Select(g => g.Members));
        var overlaps = ComparePairs(found, planted, misses, diagnosis, minScore);
        var byKind = found.GroupBy(p => diagnosis.KindOf(p.Item1, p.Item2))
            .ToDictionary(g => g.Key, g => (g.Count(p => planted.Contains(p)), g.Count()));
        var distractors = Pairs(set.Distractors.Select(g => g.Members));
        var internalOrSupport = Pairs(set.Distractors.Where(g => InternalOrSupport.Contains(g.Kind)).Select(g => g.Members));
        misses.AddRange(found.Intersect(distractors).Select(p => $"distractor flagged as an overlap: {p.Item1} ~ {p.Item2}"));
        var separations = Pairs(set.Separations.Select(g => g.Members));
        misses.AddRange(separations.Except(separatedFound).Select(p => $"审管分离 pair not recognised: {p.Item1} ~ {p.Item2}"));
        var orphans = CompareOrphans(model.Orphans, set.Orphans, misses);
        return new EvaluationReport(set.Name, set.Questions.Count - outOfScope, top1, top3, countyAsked, countyRight,
            outOfScope, abstained, guessBelow, confident, confidentRight, [.. bins.Select(b => new CalibrationBin(b.From, b.From + 0.1, b.Answers, b.Right))],
            overlaps, distractors.Count, found.Intersect(distractors).Count(), internalOrSupport.Count, found.Intersect(internalOrSupport).Count(),
            separations.Count, separations.Intersect(separatedFound).Count(), separations.Intersect(found).Count(), orphans, samples, misses)
        {
            FoundByKind = byKind,
        };
    }

    private static NamedHolding Named(Duties.Duty duty, Duties.Holding holding) =>
        new(duty.Jurisdiction, duty.Title, holding.Unit, holding.Section);

    private static string Key(NamedHolding h) =>
        $"{SearchText.Normalize(h.Jurisdiction)}|{SearchText.Normalize(h.Title)}|{SearchText.Normalize(h.Unit)}|{SearchText.Normalize(h.Section)}";

    private static HashSet<(string, string)> Pairs(IEnumerable<IReadOnlyList<NamedHolding>> clusters)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var cluster in clusters)
        {
            var keys = cluster.Select(Key).Distinct().Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < keys.Count; i++)
            {
                for (var j = i + 1; j < keys.Count; j++)
                {
                    pairs.Add((keys[i], keys[j]));
                }
            }
        }
        return pairs;
    }

    private static Accuracy ComparePairs(HashSet<(string, string)> found, HashSet<(string, string)> expected, List<string> misses,
        OverlapDiagnosis diagnosis, double minScore)
    {
        misses.AddRange(found.Except(expected).Select(p => $"overlap found but not planted: {diagnosis.KindOf(p.Item1, p.Item2)}| {p.Item1} ~ {p.Item2}"));
        misses.AddRange(expected.Except(found).Select(p => $"planted overlap not found: {diagnosis.WhyMissed(p.Item1, p.Item2, minScore)}| {p.Item1} ~ {p.Item2}"));
        return new Accuracy(found.Count, expected.Count, found.Intersect(expected).Count());
    }

    private static Accuracy CompareOrphans(IReadOnlyList<OrphanFinding> found, IReadOnlyList<ExpectedOrphan> expected, List<string> misses)
    {
        string KeyOf(OrphanKind kind, NamedHolding h) => kind + "|" + (kind is OrphanKind.BrokenCorrespondence or OrphanKind.UnmappedTownshipOffice
            ? $"{SearchText.Normalize(h.Jurisdiction)}|{SearchText.Normalize(h.Unit)}"
            : $"{SearchText.Normalize(h.Jurisdiction)}|{SearchText.Normalize(h.Title)}");
        // A broken correspondence may be written down by its office or by the county unit it names: either names it.
        var f = found.Select(o => (o.Correspondence is { } k ? [k.TownshipOffice, k.CountyUnit] : new[] { o.Unit?.Name ?? o.Holding?.Unit ?? "" })
            .Select(unit => KeyOf(o.Kind, new NamedHolding(o.Duty?.Jurisdiction ?? o.Correspondence?.Township ?? o.Unit?.Jurisdiction ?? "",
                o.Duty?.Title ?? "", unit, o.Section?.Name))).Distinct().ToList()).ToList();
        var e = expected.Select(o => KeyOf(o.Kind, o.Where)).ToHashSet();
        var matched = e.Where(k => f.Any(names => names.Contains(k))).ToHashSet();
        misses.AddRange(f.Where(names => !names.Any(e.Contains)).Select(names => $"orphan found but not planted: {names[0]}"));
        misses.AddRange(e.Except(matched).Select(k => $"planted orphan not found: {k}"));
        return new Accuracy(f.Count, e.Count, Math.Min(matched.Count, f.Count(names => names.Any(e.Contains))));
    }
}
