namespace DutyGraph.Graph.Datasets;

/// <summary>What reading a whole dataset folder into memory gave: the dataset, and every error and warning found.</summary>
public sealed record DatasetReadResult(
    Dataset Dataset,
    IReadOnlyList<Problem> Errors,
    IReadOnlyList<Problem> Warnings,
    IReadOnlyDictionary<string, string> Encodings)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The dataset, or <see cref="DatasetRejectedException"/> with every error.</summary>
    public Dataset ValidDataset() => IsValid ? Dataset : throw new DatasetRejectedException(Errors);
}

/// <summary>Reads a dataset folder into memory (for small datasets: the seed, tests, a GraphQL upload).</summary>
public static class DatasetReader
{
    public static DatasetReadResult ReadFolder(string folder, CancellationToken ct = default)
    {
        DatasetFolder source;
        try
        {
            source = DatasetFolder.Open(folder, ct);
        }
        catch (DatasetRejectedException e)
        {
            return new DatasetReadResult(Dataset.Empty, e.Errors, [], new Dictionary<string, string>());
        }
        var dataset = Dataset.From(source);
        return new DatasetReadResult(dataset, source.Errors, source.Warnings, source.Encodings);
    }
}
