using System.Text.Json;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;
using DutyGraph.GraphQL.Engine.Validation;

namespace DutyGraph.Tests.Conformance;

/// <summary>Validation reports the same errors (messages and locations) as graphql-js's validate, on the validation corpus.</summary>
[Collection(ReferenceImplementation.Collection)]
public sealed class ValidationConformanceTests(ReferenceImplementation graphqlJs)
{
    private sealed record Location(int Line, int Column);

    private sealed record Error(string Message, Location[] Locations);

    private sealed record Expected(string Name, Error[] Errors);

    [Fact]
    public async Task Every_validation_case_gets_the_errors_graphql_js_reports()
    {
        var cases = Corpus.Read("validation.txt");
        var input = cases.Select(c => new { name = c.Name, query = c.Source }).ToList();
        var expected = await graphqlJs.RunJsonAsync<Expected[]>("validate.mjs", input);
        var schema = SchemaBuilder.Build(File.ReadAllText(Path.Combine(ReferenceImplementation.Folder, "fixture", "schema.graphql")));

        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var ours = Validator.Validate(schema, Parser.Parse(cases[i].Source))
                .Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column)))).Order(StringComparer.Ordinal).ToList();
            var theirs = expected[i].Errors
                .Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column)))).Order(StringComparer.Ordinal).ToList();
            if (!ours.SequenceEqual(theirs))
            {
                mismatches.Add($"{cases[i].Name}:\n  graphql-js: {string.Join(" | ", theirs)}\n  ours:       {string.Join(" | ", ours)}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} cases differ:\n" + string.Join("\n", mismatches));
    }

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations) =>
        message + " @ " + string.Join(",", locations.Select(l => $"{l.Line}:{l.Column}"));
}
