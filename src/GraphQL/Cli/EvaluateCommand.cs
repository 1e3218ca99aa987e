using System.CommandLine;
using System.Diagnostics;
using DutyGraph.Graph.Analysis;
using DutyGraph.Graph.Analysis.Evaluation;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Sqlite;

namespace DutyGraph.Server.Cli;

/// <summary>
/// <c>dutygraph evaluate DIR [DIR …]</c>: loads each evaluation set's county into a scratch store
/// and prints how well the three answers do against what was planted: top-1 and top-3 of who is
/// responsible, calibration of its confidence, abstention on questions no list covers, precision
/// and recall of overlaps (and whether look-alikes, internal duties and 审管分离 pairs were left
/// alone), and of orphans. <c>--fit</c> fits the confidence model on the sets given (the tuning set only).
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var dirs = new Argument<string[]>("DIR") { Description = "Evaluation folders: county/, questions.csv, overlaps.csv, distractors.csv, orphans.csv (shenguan.csv)", Arity = ArgumentArity.OneOrMore };
        var asOf = new Option<string>("--as-of") { Description = "The date the answers are for", DefaultValueFactory = _ => "2025-06-30" };
        var minScore = new Option<double>("--min-score") { Description = "The overlap score a pair needs", DefaultValueFactory = _ => DuplicateFinder.DefaultMinScore };
        var guessBelow = new Option<double>("--guess-below") { Description = "An answer below this confidence is a guess", DefaultValueFactory = _ => ConfidenceModel.DefaultGuessBelow };
        var showMisses = new Option<bool>("--misses") { Description = "List every miss and every wrong finding" };
        var fit = new Option<bool>("--fit") { Description = "Fit the confidence model on these sets and print its weights (use the tuning set only)" };
        var command = new Command("evaluate", "Measure who-is-responsible, overlaps and orphans against evaluation sets")
        {
            dirs, asOf, minScore, guessBelow, showMisses, fit,
        };
        command.SetAction(async (result, ct) =>
        {
            if (DuplicateFinder.MinScoreProblem(result.GetValue(minScore)) is { } problem)
            {
                await Console.Error.WriteLineAsync($"dutygraph evaluate: --min-score {problem}");
                return 1;
            }
            if (!DateText.TryParse(result.GetValue(asOf)!, out var day))
            {
                await Console.Error.WriteLineAsync($"dutygraph evaluate: --as-of must be a date such as 2025-06-30; it was '{result.GetValue(asOf)}'");
                return 1;
            }
            if (result.GetValue(guessBelow) is not (> 0 and < 1) and var g)
            {
                await Console.Error.WriteLineAsync($"dutygraph evaluate: --guess-below must be between 0 and 1; it was {g}");
                return 1;
            }
            var samples = new List<(AnswerEvidence, bool, double)>();
            foreach (var dir in result.GetValue(dirs)!)
            {
                EvaluationSet set;
                try
                {
                    set = EvaluationSet.Read(dir);
                }
                catch (DatasetRejectedException e)
                {
                    await Console.Error.WriteLineAsync($"dutygraph evaluate: {dir} refused: {string.Join("; ", e.Errors)}");
                    return 1;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
                {
                    await Console.Error.WriteLineAsync($"dutygraph evaluate: {e.Message}");
                    return 1;
                }
                EvaluationReport report;
                TimeSpan elapsed;
                try
                {
                    (report, elapsed) = await RunAsync(set, day, result.GetValue(minScore), result.GetValue(guessBelow), ct);
                }
                catch (DatasetRejectedException e)
                {
                    await Console.Error.WriteLineAsync($"dutygraph evaluate: {set.DatasetFolder} was refused: {string.Join("; ", e.Errors.Take(20))}");
                    return 1;
                }
                Print(set, report, elapsed, result.GetValue(showMisses));
                samples.AddRange(report.Samples);
            }
            if (result.GetValue(fit))
            {
                var model = ConfidenceModel.Fit(samples, ct: ct);
                Console.WriteLine($"confidence model fitted on {samples.Count} answers: bias {model.Bias}, weights [{string.Join(", ", model.Weights)}]" +
                    $" ({string.Join(", ", AnswerEvidence.Names)})");
            }
            return 0;
        });
        return command;
    }

    /// <summary>Loads the set's county into a scratch store and runs the answers through the same models the server uses.</summary>
    private static async Task<(EvaluationReport, TimeSpan)> RunAsync(EvaluationSet set, DateOnly day, double minScore, double guessBelow, CancellationToken ct)
    {
        var scratch = Directory.CreateTempSubdirectory("dutygraph-evaluate-");
        try
        {
            await using var store = new SqliteGraphStore(Path.Combine(scratch.FullName, "evaluate.db"));
            await store.InitializeAsync(ct);
            await set.ImportAsync(store, ct);
            var clock = Stopwatch.StartNew();
            using var models = new AnalysisModels(store);
            var model = await models.GetAsync(set.County, day, ct);
            return (EvaluationRun.Run(set, model, minScore, guessBelow, ct), clock.Elapsed);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static void Print(EvaluationSet set, EvaluationReport r, TimeSpan elapsed, bool misses)
    {
        Console.WriteLine($"Evaluation set {r.Set} ({Path.GetFullPath(set.Folder)}): {r.Questions} questions and {r.OutOfScope} no list covers, " +
            $"{set.Overlaps.Count} planted overlap clusters, {set.Distractors.Count} distractor groups, {set.Separations.Count} 审管分离 pairs, {set.Orphans.Count} planted orphans");
        Console.WriteLine($"  who is responsible   top-1 {r.Top1Rate:P1} ({r.Top1}/{r.Questions})   top-3 {r.Top3Rate:P1} ({r.Top3}/{r.Questions})   goals 90% / 97%");
        Console.WriteLine($"    county counterpart of township offices: {r.CountyUnitsRight}/{r.CountyUnitsAsked}");
        Console.WriteLine($"    confidence ≥ {EvaluationReport.ConfidentFrom}: {r.ConfidentRate:P1} right ({r.ConfidentRight}/{r.Confident})   goal ≥ 90%");
        Console.WriteLine($"    out of scope below {r.GuessBelow}: {r.AbstentionRate:P1} ({r.OutOfScopeBelowGuess}/{r.OutOfScope})   goal ≥ 90%");
        Console.WriteLine("    calibration (confidence: right/answers): " +
            string.Join("  ", r.Calibration.Where(b => b.Answers > 0).Select(b => $"{b.From:0.0}–{b.To:0.0}: {b.Right}/{b.Answers}")));
        Console.WriteLine($"  duplicate duties     precision {r.Overlaps.Precision:0.000}   recall {r.Overlaps.Recall:0.000}   " +
            $"({r.Overlaps.Right} of {r.Overlaps.Found} pairs found are planted; {r.Overlaps.Expected} planted)   goals 0.9 / 0.9");
        Console.WriteLine($"    distractor pairs flagged: {r.DistractorPairsFlagged}/{r.DistractorPairs}   internal-scope or lead/support flagged: " +
            $"{r.InternalOrSupportFlagged}/{r.InternalOrSupportPairs} (goal 0)   审管分离 recognised {r.SeparationsRecognised}/{r.Separations}, flagged as overlaps {r.SeparationsFlagged}");
        Console.WriteLine("    found, by kind (planted/all): " + string.Join(", ", r.FoundByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value.Planted}/{k.Value.All}")));
        PrintKinds(r.Misses, "planted overlap not found: ", "planted and not found, by cause");
        Console.WriteLine($"  orphaned duties      precision {r.Orphans.Precision:0.000}   recall {r.Orphans.Recall:0.000}   " +
            $"({r.Orphans.Right} of {r.Orphans.Found} findings are planted; {r.Orphans.Expected} planted)   goals 1.0 / 1.0");
        PrintKinds(r.Misses, "orphan found but not planted: ", "findings not planted, by kind");
        PrintKinds(r.Misses, "planted orphan not found: ", "planted and not found, by kind");
        Console.WriteLine($"  ({elapsed.TotalMilliseconds:N0} ms for the three answers, read model included)");
        if (misses)
        {
            foreach (var miss in r.Misses)
            {
                Console.WriteLine("    " + miss);
            }
        }
    }

    private static void PrintKinds(IReadOnlyList<string> misses, string prefix, string what)
    {
        var kinds = misses.Where(m => m.StartsWith(prefix, StringComparison.Ordinal))
            .GroupBy(m => m[prefix.Length..].Split('|')[0]).Select(g => $"{g.Key} {g.Count()}").ToList();
        if (kinds.Count > 0)
        {
            Console.WriteLine($"    {what}: {string.Join(", ", kinds)}");
        }
    }
}
