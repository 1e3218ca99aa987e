using System.Text.Json;
using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.Tests.Conformance;

/// <summary>Values and type references parse and print exactly as graphql-js's parseValue, parseType and print do.</summary>
[Collection(ReferenceImplementation.Collection)]
public sealed class PrinterConformanceTests(ReferenceImplementation graphqlJs)
{
    private sealed record Verdict(string Name, bool Ok, string? Printed, string? Message);

    [Fact]
    public async Task Every_value_and_type_case_prints_as_graphql_js_prints_it()
    {
        var cases = Corpus.Read("values.txt");
        var input = cases.Select(c => new { name = c.Name, kind = KindOf(c), source = c.Source }).ToList();
        var theirs = await graphqlJs.RunJsonAsync<Verdict[]>("print.mjs", input);

        var mismatches = cases.Zip(theirs).Select(p => (Case: p.First, Theirs: p.Second, Ours: Ours(p.First)))
            .Where(p => p.Ours != p.Theirs)
            .Select(p => $"{p.Case.Name}:\n  graphql-js: {p.Theirs}\n  ours:       {p.Ours}")
            .ToList();

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} cases differ:\n" + string.Join("\n", mismatches));
    }

    private static string KindOf(Corpus.Case c) => c.Name.StartsWith("type:", StringComparison.Ordinal) ? "type" : "value";

    private static Verdict Ours(Corpus.Case c)
    {
        try
        {
            var printed = KindOf(c) == "type" ? Printer.Print(Parser.ParseType(c.Source)) : Printer.Print(Parser.ParseValue(c.Source));
            return new Verdict(c.Name, true, printed, null);
        }
        catch (GraphQLSyntaxException e)
        {
            return new Verdict(c.Name, false, null, e.Message);
        }
    }
}
