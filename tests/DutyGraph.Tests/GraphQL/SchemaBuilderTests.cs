using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.Tests.GraphQL;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void Abstract_types_know_the_object_types_they_can_be()
    {
        var schema = SchemaBuilder.Build("""
            type Query { node: Node holder: Holder }
            interface Node { id: ID }
            type Unit implements Node { id: ID }
            type Section implements Node { id: ID }
            type Duty { id: ID }
            union Holder = Unit | Section
            """);

        Assert.Equal(["Unit", "Section"], schema.PossibleTypes(schema.GetType("Node")!).Select(t => t.Name));
        Assert.Equal(["Unit", "Section"], schema.PossibleTypes(schema.GetType("Holder")!).Select(t => t.Name));
        Assert.Empty(schema.PossibleTypes(schema.GetType("String")!));
        Assert.Same(schema.QueryType, schema.RootType(DutyGraph.GraphQL.Engine.Language.OperationType.Query));
        Assert.Null(schema.MutationType);
        Assert.NotNull(schema.GetDirective("oneOf"));
    }

    [Fact]
    public void Every_problem_of_an_SDL_document_is_reported_together_with_its_location()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.Build("""
            type Query { a: Missing b: In }
            input In { x: Query }
            extend type Nowhere { c: Int }
            """));

        Assert.Equal(
        [
            "Cannot extend type \"Nowhere\" because it is not defined. (3:13)",
            "Unknown type \"Missing\". (1:17)",
            "The type of Query.b must be Output Type but got: In. (1:28)",
            "The type of In.x must be Input Type but got: Query. (2:15)",
        ], error.Errors.Select(e => e.ToString()));
    }
}
