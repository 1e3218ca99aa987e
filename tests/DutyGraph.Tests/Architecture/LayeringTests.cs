using System.Text.RegularExpressions;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Architecture;

/// <summary>
/// Which parts of the domain project may use which (read from the source's using directives and
/// qualified names): the stores are reached only through the store contract; the contract,
/// the use cases and the analyses know nothing of a store's internals or of the CSV reader;
/// datasets know nothing of stores; the domain knows nothing of the executable.
/// </summary>
public sealed partial class LayeringTests
{
    public static TheoryData<string, string> Forbidden => new()
    {
        { "Store", "Sqlite" }, { "Store", "Neo4j" }, { "Store", "Datasets.Csv" },
        { "Analysis", "Sqlite" }, { "Analysis", "Neo4j" },
        { "Reforms", "Sqlite" }, { "Reforms", "Neo4j" }, { "Units", "Sqlite" }, { "Units", "Neo4j" },
        { "Sections", "Sqlite" }, { "Sections", "Neo4j" }, { "Duties", "Sqlite" }, { "Duties", "Neo4j" },
        { "Correspondences", "Sqlite" }, { "Correspondences", "Neo4j" },
        { "Datasets", "Store" }, { "Datasets", "Sqlite" }, { "Datasets", "Neo4j" },
        { "Sqlite", "Neo4j" }, { "Neo4j", "Sqlite" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void A_part_of_the_domain_does_not_reach_into_a_part_it_must_not_know(string part, string forbidden)
    {
        var folder = Path.Combine(Paths.RepositoryRoot, "src", "Graph", part);
        var reference = new Regex($@"(using\s+(static\s+)?DutyGraph\.Graph\.{Regex.Escape(forbidden)}\b|\bDutyGraph\.Graph\.{Regex.Escape(forbidden)}\.|\b{Regex.Escape(forbidden)}\.\w+Store\b)");

        var offenders = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => reference.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Paths.RepositoryRoot, f)).ToList();

        Assert.True(Directory.Exists(folder), $"src/Graph/{part} is gone: update the layering rules");
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_domain_project_knows_nothing_of_the_executable_or_its_command_line()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(Paths.RepositoryRoot, "src", "Graph"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => ServerOrCommandLine().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Paths.RepositoryRoot, f)).ToList();

        Assert.Empty(offenders);
    }

    /// <summary>A using of the executable's namespaces, or a message telling the reader to run a dutygraph command.</summary>
    [GeneratedRegex(@"using\s+DutyGraph\.Server\b|""[^""\n]*dutygraph [a-z]+[^""\n]*""")]
    private static partial Regex ServerOrCommandLine();
}
