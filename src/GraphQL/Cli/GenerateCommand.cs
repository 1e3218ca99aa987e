using System.CommandLine;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Generation;

namespace DutyGraph.Server.Cli;

/// <summary><c>dutygraph generate --counties N --out DIR [--seed S]</c>: a synthetic dataset for benchmarks and load tests.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var counties = new Option<int>("--counties") { Description = "How many counties (1-400), each about 40 units, 300 sections, 5,000 duties, 10 townships", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write the dataset into", Required = true, HelpName = "DIR" };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed gives the same dataset", DefaultValueFactory = _ => 20241122 };
        var command = new Command("generate", "Write a deterministic synthetic dataset shaped like real counties") { counties, output, seed };
        command.Validators.Add(r =>
        {
            if (r.GetValue(counties) is < 1 or > 400)
            {
                r.AddError("--counties must be between 1 and 400");
            }
        });
        command.SetAction(async (result, ct) =>
        {
            var dataset = SyntheticDataset.Generate(result.GetValue(counties), result.GetValue(seed));
            var folder = result.GetValue(output)!;
            await DatasetWriter.WriteFolderAsync(dataset, folder, ct);
            Console.WriteLine($"Wrote {dataset.Units.Count:N0} units, {dataset.Sections.Count:N0} sections, {dataset.Duties.Count:N0} duties " +
                $"({dataset.DutyRowCount:N0} duty rows), {dataset.Correspondences.Count:N0} correspondences to {Path.GetFullPath(folder)}");
            return 0;
        });
        return command;
    }
}
