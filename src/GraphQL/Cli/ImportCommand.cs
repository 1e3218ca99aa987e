using System.CommandLine;
using System.Diagnostics;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;

namespace DutyGraph.Server.Cli;

/// <summary>
/// <c>dutygraph import DIR [--store sqlite|neo4j] [--db FILE] [--replace]</c>: checks every row, then loads the folder
/// in one transaction. Refused input lists every error and changes nothing.
/// </summary>
internal static class ImportCommand
{
    private const int WarningsShown = 50;

    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "A folder with any of units.csv, sections.csv, duties.csv, correspondences.csv" };
        var db = CommonOptions.Db();
        var storeKind = CommonOptions.Store();
        var replace = new Option<bool>("--replace") { Description = "Remove everything stored first (default: add and update by key, remove nothing)" };
        var allWarnings = new Option<bool>("--all-warnings") { Description = $"List every warning (default: the first {WarningsShown})" };
        var command = new Command("import", "Load a dataset folder (docs/formats.md) into the store, all or nothing") { dir, storeKind, db, replace, allWarnings };
        command.SetAction(async (result, ct) =>
        {
            var folder = result.GetValue(dir)!;
            var location = "";
            var clock = Stopwatch.StartNew();
            await using var progress = ImportProgress.Start();
            LoadSummary summary;
            DatasetFolder source;
            int? thesaurusAdded = null;
            var correctionsKept = 0;
            try
            {
                // The thesaurus and the corrections are read (and any error refuses the import) before anything is written.
                var thesaurusFile = Path.Combine(folder, ThesaurusFile.Name);
                IReadOnlyList<ThesaurusEntry> thesaurus = File.Exists(thesaurusFile) ? ThesaurusFile.Read(thesaurusFile) : [];
                var correctionsFile = Path.Combine(folder, CorrectionsFile.Name);
                IReadOnlyList<DutyCorrection> corrections = File.Exists(correctionsFile) ? CorrectionsFile.Read(correctionsFile, MatterCatalogue.Shipped) : [];
                source = DatasetFolder.Open(folder, ct);
                await using var chosen = CommonOptions.OpenStore(result.GetValue(storeKind), result.GetValue(db));
                var store = chosen.Store;
                location = chosen.Location;
                await store.InitializeAsync(ct);
                summary = await store.BulkLoadAsync(source, result.GetValue(replace) ? LoadMode.Replace : LoadMode.Merge, progress, ct);
                try
                {
                    if (thesaurus.Count > 0)
                    {
                        thesaurusAdded = await store.AddThesaurusAsync([.. thesaurus], ct);
                    }
                    foreach (var correction in corrections)
                    {
                        await store.CorrectDutyAsync(correction, ct);
                    }
                    correctionsKept = corrections.Count;
                }
                catch (StoreException e)
                {
                    progress.Stop();
                    await Console.Error.WriteLineAsync($"dutygraph import: the dataset was imported, but {ThesaurusFile.Name} or {CorrectionsFile.Name} could not be added ({e.Message}); run the import again to add them");
                    return 1;
                }
            }
            catch (DatasetRejectedException e)
            {
                progress.Stop();
                await Console.Error.WriteLineAsync($"dutygraph import: {folder} was refused with {e.Errors.Count} error(s); nothing was written:");
                foreach (var error in e.Errors)
                {
                    await Console.Error.WriteLineAsync("  " + error);
                }
                return 1;
            }
            catch (Exception e) when (e is StoreException or InvalidOperationException or IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
            {
                progress.Stop();
                await Console.Error.WriteLineAsync(e is StoreException { Code: StoreErrorCode.OutcomeUnknown }
                    ? $"dutygraph import: {e.Message}; look at the store (dutygraph export) before importing again"
                    : $"dutygraph import: {e.Message}; nothing was written");
                return 1;
            }
            progress.Stop();
            clock.Stop();
            var warnings = summary.Warnings;
            var shown = result.GetValue(allWarnings) ? warnings : warnings.Take(WarningsShown).ToList();
            foreach (var warning in shown)
            {
                Console.WriteLine("warning: " + warning);
            }
            if (shown.Count < warnings.Count)
            {
                Console.WriteLine($"... and {warnings.Count - shown.Count:N0} more warnings (--all-warnings lists them)");
            }
            var rows = summary.Rows;
            Console.WriteLine($"Imported {folder} into {location}: {summary.Units:N0} units, {summary.Sections:N0} sections, " +
                $"{summary.Duties:N0} duties ({summary.Holdings:N0} holdings), {summary.Correspondences:N0} correspondences; " +
                $"{warnings.Count:N0} warnings ({string.Join(", ", source.Encodings.Select(e => $"{e.Key} {e.Value}"))})");
            if (thesaurusAdded is { } added)
            {
                Console.WriteLine($"Thesaurus: {added:N0} new entries from {ThesaurusFile.Name}");
            }
            if (correctionsKept > 0)
            {
                Console.WriteLine($"Corrections: {correctionsKept:N0} from {CorrectionsFile.Name}");
            }
            Console.WriteLine($"{rows:N0} rows in {clock.Elapsed.TotalSeconds:F2} s = {rows / clock.Elapsed.TotalSeconds:N0} rows/s; " +
                $"peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):N0} MB");
            return 0;
        });
        return command;
    }
}
