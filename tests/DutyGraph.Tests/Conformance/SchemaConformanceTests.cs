using System.Text.Json;
using System.Text.Json.Nodes;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.Tests.Conformance;

/// <summary>Schemas built from SDL come out as graphql-js's buildSchema builds them: same types in the same order, same fields, arguments, values and directives; or the same errors.</summary>
[Collection(ReferenceImplementation.Collection)]
public sealed class SchemaConformanceTests(ReferenceImplementation graphqlJs)
{
    [Fact]
    public async Task Every_schema_case_builds_as_graphql_js_builds_it()
    {
        var cases = Corpus.Read("schemas.txt");
        var theirs = await graphqlJs.RunJsonAsync<JsonArray>("schema.mjs", cases.Select(c => new { name = c.Name, source = c.Source }).ToList());

        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var ours = Ours(cases[i]).ToJsonString();
            var expected = theirs[i]!.ToJsonString();
            if (ours != expected)
            {
                var at = ours.Zip(expected).TakeWhile(p => p.First == p.Second).Count();
                var from = Math.Max(0, at - 120);
                mismatches.Add($"{cases[i].Name}, from character {at}:\n  graphql-js: …{expected[from..Math.Min(expected.Length, at + 200)]}\n  ours:       …{ours[from..Math.Min(ours.Length, at + 200)]}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} cases differ:\n" + string.Join("\n", mismatches));
    }

    private static JsonObject Ours(Corpus.Case c)
    {
        try
        {
            var schema = SchemaBuilder.Build(c.Source);
            return new JsonObject
            {
                ["name"] = c.Name,
                ["ok"] = true,
                ["summary"] = new JsonObject
                {
                    ["query"] = schema.QueryType?.Name,
                    ["mutation"] = schema.MutationType?.Name,
                    ["subscription"] = schema.SubscriptionType?.Name,
                    ["description"] = schema.Description,
                    ["types"] = new JsonArray([.. schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).Select(TypeOf)]),
                    ["directives"] = new JsonArray([.. schema.Directives.Select(d => new JsonObject
                    {
                        ["name"] = d.Name,
                        ["description"] = d.Description,
                        ["isRepeatable"] = d.IsRepeatable,
                        ["locations"] = new JsonArray([.. d.Locations.Select(l => JsonValue.Create(l))]),
                        ["args"] = new JsonArray([.. d.Arguments.Values.Select(InputValueOf)]),
                    })]),
                },
            };
        }
        catch (SchemaException e)
        {
            return new JsonObject
            {
                ["name"] = c.Name,
                ["ok"] = false,
                ["errors"] = new JsonArray([.. e.Errors.Select(x => x.Message).Order(StringComparer.Ordinal).Select(m => JsonValue.Create(m))]),
            };
        }
    }

    private static JsonNode InputValueOf(InputValue v) => new JsonObject
    {
        ["name"] = v.Name,
        ["type"] = v.Type.ToString(),
        ["description"] = v.Description,
        ["defaultValue"] = v.DefaultValue is null ? null : Printer.Print(v.DefaultValue),
        ["deprecationReason"] = v.DeprecationReason,
    };

    private static JsonNode TypeOf(NamedGraphType t)
    {
        var summary = new JsonObject
        {
            ["name"] = t.Name,
            ["kind"] = t.Kind switch
            {
                TypeKind.InputObject => "INPUT_OBJECT",
                var k => k.ToString().ToUpperInvariant(),
            },
            ["description"] = t.Description,
        };
        switch (t)
        {
            case ScalarGraphType s:
                summary["specifiedByUrl"] = s.SpecifiedByUrl;
                break;
            case FieldsGraphType f:
                summary["interfaces"] = new JsonArray([.. f.Interfaces.Select(i => JsonValue.Create(i.Name))]);
                summary["fields"] = new JsonArray([.. f.Fields.Values.Select(x => new JsonObject
                {
                    ["name"] = x.Name,
                    ["type"] = x.Type.ToString(),
                    ["description"] = x.Description,
                    ["deprecationReason"] = x.DeprecationReason,
                    ["args"] = new JsonArray([.. x.Arguments.Values.Select(InputValueOf)]),
                })]);
                break;
            case UnionGraphType u:
                summary["possibleTypes"] = new JsonArray([.. u.Types.Select(m => JsonValue.Create(m.Name))]);
                break;
            case EnumGraphType e:
                summary["values"] = new JsonArray([.. e.Values.Values.Select(v => new JsonObject
                {
                    ["name"] = v.Name,
                    ["description"] = v.Description,
                    ["deprecationReason"] = v.DeprecationReason,
                })]);
                break;
            case InputObjectGraphType i:
                summary["isOneOf"] = i.IsOneOf;
                summary["inputFields"] = new JsonArray([.. i.Fields.Values.Select(InputValueOf)]);
                break;
        }
        return summary;
    }
}
