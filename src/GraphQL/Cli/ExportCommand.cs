using System.CommandLine;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;

namespace DutyGraph.Server.Cli;

/// <summary><c>dutygraph export DIR [--store sqlite|neo4j] [--db FILE]</c>: writes the store as a dataset folder.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "The folder to write units.csv, sections.csv, duties.csv and correspondences.csv into" };
        var db = CommonOptions.Db();
        var storeKind = CommonOptions.Store();
        var command = new Command("export", "Write everything stored as a dataset folder (docs/formats.md)") { dir, storeKind, db };
        command.SetAction(async (result, ct) =>
        {
            Dataset dataset;
            IReadOnlyList<ThesaurusEntry> additions;
            IReadOnlyList<DutyCorrection> corrections;
            string path;
            try
            {
                await using var chosen = CommonOptions.OpenStore(result.GetValue(storeKind), result.GetValue(db));
                path = chosen.Location;
                if (chosen.IsMissingFile)
                {
                    await Console.Error.WriteLineAsync($"dutygraph export: there is no store at {path} (give --db FILE)");
                    return 1;
                }
                await chosen.Store.InitializeAsync(ct);
                dataset = await chosen.Store.ExportAsync(ct);
                additions = await chosen.Store.ListThesaurusAsync(ct);
                corrections = await chosen.Store.ListCorrectionsAsync(ct);
            }
            catch (Exception e) when (e is InvalidOperationException or StoreException or Microsoft.Data.Sqlite.SqliteException)
            {
                await Console.Error.WriteLineAsync($"dutygraph export: {e.Message}");
                return 1;
            }
            var folder = result.GetValue(dir)!;
            await DatasetWriter.WriteFolderAsync(dataset, folder, ct);
            // Staff additions to the catalogue and corrections of how duties are read travel with the lists.
            if (additions.Count > 0)
            {
                await DatasetWriter.WriteFileAsync(folder, ThesaurusFile.Name, ThesaurusFile.Rows(additions), ct);
            }
            if (corrections.Count > 0)
            {
                var duties = dataset.Duties.Select(d => d.Duty.Value).GroupBy(d => (d.Jurisdiction, d.ListKey)).ToDictionary(g => g.Key, g => g.First());
                await DatasetWriter.WriteFileAsync(folder, CorrectionsFile.Name, CorrectionsFile.Rows(corrections, duties), ct);
            }
            Console.WriteLine($"Exported {dataset.Units.Count:N0} units, {dataset.Sections.Count:N0} sections, {dataset.Duties.Count:N0} duties " +
                $"({dataset.DutyRowCount:N0} rows), {dataset.Correspondences.Count:N0} correspondences, {additions.Count:N0} catalogue additions " +
                $"and {corrections.Count:N0} corrections from {path} to {Path.GetFullPath(folder)}");
            return 0;
        });
        return command;
    }
}
