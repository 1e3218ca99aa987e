using System.CommandLine;
using System.Diagnostics;
using DutyGraph.Graph.Analysis.Evaluation;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Text;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Sqlite;

namespace DutyGraph.Server.Cli;

/// <summary>
/// <c>dutygraph evaluate DIR</c>: loads an evaluation set's county into a scratch store and
/// prints how well the three answers do against what was planted: top-1 and top-3 accuracy
/// of who is responsible, and precision and recall of overlaps and of orphans.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "An evaluation folder: county/, questions.csv, overlaps.csv, distractors.csv, orphans.csv" };
        var thesaurus = new Option<string?>("--thesaurus") { Description = "The thesaurus CSV (default: the seed's thesaurus.csv)", HelpName = "FILE" };
        var asOf = new Option<string>("--as-of") { Description = "The date the answers are for", DefaultValueFactory = _ => "2025-06-30" };
        var minScore = new Option<double>("--min-score") { Description = "The overlap score a pair needs", DefaultValueFactory = _ => DuplicateFinder.DefaultMinScore };
        var showMisses = new Option<bool>("--misses") { Description = "List every miss and every wrong finding" };
        var command = new Command("evaluate", "Measure who-is-responsible, overlaps and orphans against an evaluation set")
        {
            dir, thesaurus, asOf, minScore, showMisses,
        };
        command.SetAction(async (result, ct) =>
        {
            EvaluationSet set;
            Thesaurus words;
            var thesaurusFile = result.GetValue(thesaurus) ?? Path.Combine(AppContext.BaseDirectory, "seed", ThesaurusFile.Name);
            try
            {
                set = EvaluationSet.Read(result.GetValue(dir)!);
                words = new Thesaurus(ThesaurusFile.Read(thesaurusFile));
            }
            catch (DatasetRejectedException e)
            {
                await Console.Error.WriteLineAsync($"dutygraph evaluate: refused: {string.Join("; ", e.Errors)}");
                return 1;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
            {
                await Console.Error.WriteLineAsync($"dutygraph evaluate: {e.Message}");
                return 1;
            }
            if (set.Questions.Count == 0)
            {
                await Console.Error.WriteLineAsync($"dutygraph evaluate: {Path.Combine(set.Folder, "questions.csv")} has no questions");
                return 1;
            }
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
            var scratch = Directory.CreateTempSubdirectory("dutygraph-evaluate-");
            try
            {
                await using var store = new SqliteGraphStore(Path.Combine(scratch.FullName, "evaluate.db"));
                await store.InitializeAsync(ct);
                await set.ImportAsync(store, ct);
                var clock = Stopwatch.StartNew();
                var model = await store.LoadReadModelAsync(set.County, day, ct);
                var report = EvaluationRun.Run(set, model, words, result.GetValue(minScore));
                Print(set, report, clock.Elapsed, result.GetValue(showMisses));
                return 0;
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        });
        return command;
    }

    private static void Print(EvaluationSet set, EvaluationReport report, TimeSpan elapsed, bool misses)
    {
        Console.WriteLine($"Evaluation set {Path.GetFullPath(set.Folder)}: {set.Questions.Count} questions, {set.Overlaps.Count} planted overlap clusters, " +
            $"{set.Distractors.Count} distractor pairs, {set.Orphans.Count} planted orphans");
        Console.WriteLine($"who is responsible  top-1 {report.Top1Rate:P1} ({report.Top1}/{report.Questions})   top-3 {report.Top3Rate:P1} ({report.Top3}/{report.Questions})   goals 90% / 98%");
        Console.WriteLine($"  county counterpart of township offices: {report.CountyUnitsRight}/{report.CountyUnitsAsked}");
        Console.WriteLine($"duplicate duties    precision {report.Overlaps.Precision:0.000}   recall {report.Overlaps.Recall:0.000}   " +
            $"({report.Overlaps.Right} of {report.Overlaps.Found} pairs found are planted; {report.Overlaps.Expected} planted)   goals 0.9 / 0.95");
        Console.WriteLine($"orphaned duties     precision {report.Orphans.Precision:0.000}   recall {report.Orphans.Recall:0.000}   " +
            $"({report.Orphans.Right} of {report.Orphans.Found} findings are planted; {report.Orphans.Expected} planted)   goals 1.0 / 1.0");
        Console.WriteLine($"({elapsed.TotalMilliseconds:N0} ms for the three answers, read model included)");
        if (misses)
        {
            foreach (var miss in report.Misses)
            {
                Console.WriteLine("  " + miss);
            }
        }
    }
}
