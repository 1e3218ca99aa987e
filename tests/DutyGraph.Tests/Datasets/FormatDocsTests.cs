using DutyGraph.Graph.Datasets;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Datasets;

/// <summary>docs/formats.md, the users' contract, describes every column the files are read and written with.</summary>
public sealed class FormatDocsTests
{
    public static TheoryData<string> Files => [.. DatasetFiles.All];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_column_of_a_dataset_file_is_described_in_the_formats_doc_under_both_its_headers(string file)
    {
        var doc = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "docs", "formats.md"));

        var missing = DatasetFiles.ColumnsOf(file)
            .Where(c => c != DatasetFiles.Source)
            .Where(c => !doc.Contains($"| {c.Chinese} | {c.English} |", StringComparison.Ordinal))
            .Select(c => c.Display).ToList();

        Assert.True(missing.Count == 0, $"{file}: docs/formats.md has no row '| 中文 | English |' for {string.Join(", ", missing)}");
        Assert.Contains($"**{DatasetFiles.Source.Chinese}** (`{DatasetFiles.Source.English}`)", doc, StringComparison.Ordinal);
    }
}
