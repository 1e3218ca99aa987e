using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Types;
using DutyGraph.Server.Api;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.GraphQL;

/// <summary>The schema and its resolvers are checked against each other: a field nothing resolves, or a resolver of a field that does not exist, is found before a client meets it.</summary>
public sealed class ResolverCheckTests
{
    [Fact]
    public async Task Every_field_of_the_DutyGraph_schema_has_a_resolver_or_is_read_by_key_and_every_resolver_names_a_real_field()
    {
        using var temp = new TempFolder();
        await using var store = await Stores.NewSqliteAsync(temp);
        using var schema = new DutyGraphSchema(store, TimeProvider.System);

        Assert.Empty(schema.Resolvers.Mismatches(schema.Schema));
    }

    [Fact]
    public void A_misspelt_resolver_a_field_without_one_and_an_unknown_by_key_type_are_each_named()
    {
        var schema = SchemaBuilder.Build("""
            type Query { unit: Unit, payload: Payload }
            type Unit { name: String, kind: String }
            type Payload { ok: Boolean }
            """);
        var resolvers = new ResolverMap()
            .Add("Query", "unit", _ => null)
            .Add("Query", "payload", _ => null)
            .Add("Unit", "nmae", _ => null)
            .Add("Unit", "kind", _ => null)
            .ByKey("Payload", "Paylaod");

        var mismatches = resolvers.Mismatches(schema);

        Assert.Equal(
            ["Unit.name has no resolver", "the resolver of Unit.nmae names no field of the schema", "Paylaod is read by key but is no object type of the schema"],
            mismatches);
    }
}
