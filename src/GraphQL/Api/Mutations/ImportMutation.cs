using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Mutations;

/// <summary>importDataset: CSV files sent as text, loaded like `dutygraph import`, all or nothing.</summary>
public static class ImportMutation
{
    private static readonly (string Field, string File)[] Files =
    [
        ("units", DatasetFiles.Units), ("sections", DatasetFiles.Sections),
        ("duties", DatasetFiles.Duties), ("correspondences", DatasetFiles.Correspondences),
    ];

    public static ResolverMap AddImportMutation(this ResolverMap map, ApiContext api) => map
        .Read<StoreCounts>("StoreCounts", "jurisdictions", k => k.Jurisdictions)
        .Read<StoreCounts>("StoreCounts", "units", k => k.Units)
        .Read<StoreCounts>("StoreCounts", "sections", k => k.Sections)
        .Read<StoreCounts>("StoreCounts", "duties", k => k.Duties)
        .Read<StoreCounts>("StoreCounts", "holdings", k => k.Holdings)
        .Read<StoreCounts>("StoreCounts", "correspondences", k => k.Correspondences)
        .Add("Mutation", "importDataset", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(() => ImportAsync(api, input, c.Cancellation),
                new Dictionary<string, object?> { ["counts"] = null, ["warnings"] = Array.Empty<string>() });
        });

    private static async Task<Dictionary<string, object?>> ImportAsync(ApiContext api, Input input, CancellationToken ct)
    {
        var name = input.Text("name").Trim();
        if (name.Length == 0 || name.IndexOfAny([.. Path.GetInvalidFileNameChars(), '/', '\\']) >= 0 || name is "." or "..")
        {
            throw new InputException("INVALID_ARGUMENT", ["input", "name"], $"'{name}' cannot name a dataset: use letters, digits and dashes");
        }
        if (!Files.Any(f => input.Has(f.Field) && input.Get<string>(f.Field) is not null))
        {
            throw new InputException("INVALID_ARGUMENT", ["input"], "give the text of at least one file: units, sections, duties or correspondences");
        }
        var scratch = Path.Combine(Path.GetTempPath(), "dutygraph-import-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(scratch, name);
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var (field, file) in Files)
            {
                if (input.Get<string>(field) is { } text)
                {
                    await File.WriteAllTextAsync(Path.Combine(folder, file), text, ct);
                }
            }
            var summary = await api.Store.BulkLoadAsync(DatasetFolder.Open(folder, ct), input.Get<bool>("replace") ? LoadMode.Replace : LoadMode.Merge, null, ct);
            var counts = await api.Store.CountAsync(ct);
            return new Dictionary<string, object?>
            {
                ["counts"] = counts,
                ["warnings"] = summary.Warnings.Select(w => w.ToString()).ToList(),
            };
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
