using System.CommandLine;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Sqlite;

namespace DutyGraph.Server.Cli;

/// <summary><c>dutygraph export DIR [--db FILE]</c>: writes the store as a dataset folder.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "The folder to write units.csv, sections.csv, duties.csv and correspondences.csv into" };
        var db = CommonOptions.Db();
        var command = new Command("export", "Write everything stored as a dataset folder (formats.md)") { dir, db };
        command.SetAction(async (result, ct) =>
        {
            var path = CommonOptions.ResolveDb(result.GetValue(db));
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"dutygraph export: there is no store at {path} (give --db FILE)");
                return 1;
            }
            await using var store = new SqliteGraphStore(path);
            Dataset dataset;
            try
            {
                await store.InitializeAsync(ct);
                dataset = await store.ExportAsync(ct);
            }
            catch (Exception e) when (e is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                await Console.Error.WriteLineAsync($"dutygraph export: {e.Message}");
                return 1;
            }
            var folder = result.GetValue(dir)!;
            await DatasetWriter.WriteFolderAsync(dataset, folder, ct);
            Console.WriteLine($"Exported {dataset.Units.Count:N0} units, {dataset.Sections.Count:N0} sections, {dataset.Duties.Count:N0} duties " +
                $"({dataset.DutyRowCount:N0} rows), {dataset.Correspondences.Count:N0} correspondences from {path} to {Path.GetFullPath(folder)}");
            return 0;
        });
        return command;
    }
}
