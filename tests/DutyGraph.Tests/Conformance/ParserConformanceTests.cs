using System.Text.Json;
using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.Tests.Conformance;

/// <summary>Our parser accepts and refuses exactly the documents graphql-js does, with the same message and location.</summary>
[Collection(ReferenceImplementation.Collection)]
public sealed class ParserConformanceTests(ReferenceImplementation graphqlJs)
{
    private sealed record Verdict(string Name, bool Ok, string? Message, int Line, int Column);

    [Fact]
    public async Task Every_syntax_case_gets_the_verdict_graphql_js_gives()
    {
        var cases = Corpus.Read("syntax.txt");
        var input = cases.Select(c => new { name = c.Name, source = c.Source }).ToList();
        var theirs = await graphqlJs.RunJsonAsync<Verdict[]>("parse.mjs", input);

        var mismatches = cases.Zip(theirs).Select(p => (Case: p.First, Theirs: p.Second, Ours: Ours(p.First)))
            .Where(p => p.Ours != p.Theirs)
            .Select(p => $"{p.Case.Name}:\n  graphql-js: {p.Theirs}\n  ours:       {p.Ours}")
            .ToList();

        Assert.True(cases.Count + Corpus.Read("validation.txt").Count >= 300, "the syntax and validation corpora hold fewer than 300 documents");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} cases differ:\n" + string.Join("\n", mismatches));
    }

    private static Verdict Ours(Corpus.Case c)
    {
        try
        {
            Parser.Parse(c.Source);
            return new Verdict(c.Name, true, null, 0, 0);
        }
        catch (GraphQLSyntaxException e)
        {
            return new Verdict(c.Name, false, e.Message, e.Location.Line, e.Location.Column);
        }
    }
}
