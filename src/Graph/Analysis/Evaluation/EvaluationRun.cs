using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Analysis.Text;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Analysis.Evaluation;

/// <summary>Precision and recall of a set of findings against the planted ones.</summary>
public sealed record Accuracy(int Found, int Expected, int Right)
{
    public double Precision => Found == 0 ? 1 : (double)Right / Found;
    public double Recall => Expected == 0 ? 1 : (double)Right / Expected;
}

/// <summary>The figures of one evaluation, and what was missed or wrongly found (to read when a figure drops).</summary>
public sealed record EvaluationReport(
    int Questions, int Top1, int Top3, int CountyUnitsAsked, int CountyUnitsRight, Accuracy Overlaps, Accuracy Orphans,
    IReadOnlyList<string> Misses)
{
    public double Top1Rate => Questions == 0 ? 0 : (double)Top1 / Questions;
    public double Top3Rate => Questions == 0 ? 0 : (double)Top3 / Questions;
}

/// <summary>Runs the three answers over an evaluation set's read model and compares them with what was planted.</summary>
public static class EvaluationRun
{
    public static EvaluationReport Run(EvaluationSet set, ReadModel model, Thesaurus thesaurus, double minScore = DuplicateFinder.DefaultMinScore)
    {
        var misses = new List<string>();
        var finder = new ResponsibilityFinder(model, new DutyIndex(model.Duties), thesaurus, []);
        int top1 = 0, top3 = 0, countyAsked = 0, countyRight = 0;
        foreach (var q in set.Questions)
        {
            var answers = finder.Ask(q.Question, q.Jurisdiction, 3);
            var rank = answers.Select((a, i) => (a, i)).FirstOrDefault(x => x.a.Unit.Name == q.Unit, (null!, -1)).Item2;
            top1 += rank == 0 ? 1 : 0;
            top3 += rank >= 0 ? 1 : 0;
            if (rank != 0)
            {
                misses.Add($"question line {q.Line} “{q.Question}” ({q.Jurisdiction}): expected {q.Unit}, got "
                    + string.Join(" / ", answers.Select(a => $"{a.Unit.Name}[{a.Duty?.Title} {a.Score:0.00}]")));
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
        var clusters = DuplicateFinder.Find(model, thesaurus, minScore);
        var overlaps = ComparePairs(clusters.Select(c => c.Members.Select(m => Named(m.Duty, m.Holding)).ToList()), set.Overlaps, misses);
        var orphans = CompareOrphans(OrphanFinder.Find(model), set.Orphans, model, misses);
        return new EvaluationReport(set.Questions.Count, top1, top3, countyAsked, countyRight, overlaps, orphans, misses);
    }

    private static NamedHolding Named(Duties.Duty duty, Duties.Holding holding) =>
        new(duty.Jurisdiction, duty.Title, holding.Unit, holding.Section);

    private static string Key(NamedHolding h) => $"{Text.SearchText.Normalize(h.Jurisdiction)}|{Text.SearchText.Normalize(h.Title)}|{Text.SearchText.Normalize(h.Unit)}|{Text.SearchText.Normalize(h.Section)}";

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

    private static Accuracy ComparePairs(IEnumerable<IReadOnlyList<NamedHolding>> found, IReadOnlyList<IReadOnlyList<NamedHolding>> expected, List<string> misses)
    {
        var f = Pairs(found);
        var e = Pairs(expected);
        misses.AddRange(f.Except(e).Select(p => $"overlap found but not planted: {p.Item1} ~ {p.Item2}"));
        misses.AddRange(e.Except(f).Select(p => $"planted overlap not found: {p.Item1} ~ {p.Item2}"));
        return new Accuracy(f.Count, e.Count, f.Intersect(e).Count());
    }

    private static Accuracy CompareOrphans(IReadOnlyList<OrphanFinding> found, IReadOnlyList<ExpectedOrphan> expected, ReadModel model, List<string> misses)
    {
        string KeyOf(OrphanKind kind, NamedHolding h) => kind + "|" + (kind is OrphanKind.BrokenCorrespondence or OrphanKind.UnmappedTownshipOffice
            ? $"{Text.SearchText.Normalize(h.Jurisdiction)}|{Text.SearchText.Normalize(h.Unit)}"
            : $"{Text.SearchText.Normalize(h.Jurisdiction)}|{Text.SearchText.Normalize(h.Title)}");
        var f = found.Select(o => KeyOf(o.Kind, new NamedHolding(
            o.Duty?.Jurisdiction ?? o.Correspondence?.Township ?? o.Unit?.Jurisdiction ?? "",
            o.Duty?.Title ?? "", o.Correspondence?.TownshipOffice ?? o.Unit?.Name ?? o.Holding?.Unit ?? "", o.Section?.Name))).ToHashSet();
        var e = expected.Select(o => KeyOf(o.Kind, o.Where)).ToHashSet();
        misses.AddRange(f.Except(e).Select(k => $"orphan found but not planted: {k}"));
        misses.AddRange(e.Except(f).Select(k => $"planted orphan not found: {k}"));
        return new Accuracy(f.Count, e.Count, f.Intersect(e).Count());
    }
}
