namespace DutyGraph.Graph.Datasets.Csv;

/// <summary>One row of a CSV file: its fields and the physical line it starts on.</summary>
public sealed record CsvRecord(int Line, string[] Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}
