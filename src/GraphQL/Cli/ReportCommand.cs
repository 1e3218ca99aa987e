using System.CommandLine;
using DutyGraph.Graph.Analysis;
using DutyGraph.Graph.Analysis.Reports;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;

namespace DutyGraph.Server.Cli;

/// <summary><c>dutygraph report cleanup --jurisdiction X [--format md|html|csv|json] [--out FILE] [--store sqlite|neo4j] [--db FILE]</c>: the cleanup report for a reform meeting.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "The county or township, e.g. 上犹县 or 上犹县/营前镇", Required = true };
        var format = new Option<string>("--format") { Description = "md, html, csv or json", DefaultValueFactory = _ => "md" };
        var output = new Option<string?>("--out") { Description = "The file to write (default: standard output)", HelpName = "FILE" };
        var asOf = new Option<string?>("--as-of") { Description = "The date the report is for (default: today)" };
        var db = CommonOptions.Db();
        var storeKind = CommonOptions.Store();
        var cleanup = new Command("cleanup", "Overlaps, orphans and staffing findings of a jurisdiction, grouped by unit") { jurisdiction, format, output, asOf, storeKind, db };
        cleanup.SetAction(async (result, ct) =>
        {
            ReportFormat chosen;
            try
            {
                chosen = ReportWriter.ParseFormat(result.GetValue(format)!);
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync($"dutygraph report cleanup: {e.Message}");
                return 1;
            }
            var day = DateOnly.FromDateTime(DateTime.Today);
            if (result.GetValue(asOf) is { } text && !DateText.TryParse(text, out day))
            {
                await Console.Error.WriteLineAsync($"dutygraph report cleanup: --as-of must be a date such as 2025-06-30; it was '{text}'");
                return 1;
            }
            CommonOptions.ChosenStore store;
            try
            {
                store = CommonOptions.OpenStore(result.GetValue(storeKind), result.GetValue(db));
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync($"dutygraph report cleanup: {e.Message}");
                return 1;
            }
            await using var _ = store;
            if (store.IsMissingFile)
            {
                await Console.Error.WriteLineAsync($"dutygraph report cleanup: there is no store at {store.Location} (give --db FILE)");
                return 1;
            }
            AnalysisModel model;
            try
            {
                await store.Store.InitializeAsync(ct);
                using var models = new AnalysisModels(store.Store);
                model = await models.GetAsync(result.GetValue(jurisdiction), day, ct);
            }
            catch (StoreException e) when (e.Code == StoreErrorCode.NotFound)
            {
                await Console.Error.WriteLineAsync($"dutygraph report cleanup: --jurisdiction: {e.Message}");
                return 1;
            }
            catch (StoreException e)
            {
                await Console.Error.WriteLineAsync($"dutygraph report cleanup: {e.Message}");
                return 1;
            }
            var report = CleanupReport.Build(model, ct: ct);
            var written = ReportWriter.Write(report, chosen);
            if (result.GetValue(output) is { } file)
            {
                try
                {
                    await File.WriteAllTextAsync(file, written, ct);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync($"dutygraph report cleanup: --out: cannot write {file}: {e.Message}");
                    return 1;
                }
                await Console.Error.WriteLineAsync($"Wrote the cleanup report of {report.Jurisdiction} ({report.OverlapCount} overlaps, {report.OrphanCount} orphans, " +
                    $"{report.StaffingCount} small sections, {report.Units.Count} units) to {Path.GetFullPath(file)}");
            }
            else
            {
                Console.Write(written);
            }
            return 0;
        });
        return new Command("report", "Reports staff work from") { cleanup };
    }
}
