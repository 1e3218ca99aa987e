using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Introspection;

/// <summary>The meta-fields every schema answers: <c>__schema</c> and <c>__type(name:)</c> on the query type, <c>__typename</c> on every object.</summary>
internal static class MetaFields
{
    public static OutputField Schema(Schema schema) =>
        new("__schema", new NonNullGraphType(schema.GetType("__Schema")!), "Access the current type schema of this server.");

    public static OutputField Type(Schema schema)
    {
        var field = new OutputField("__type", schema.GetType("__Type")!, "Request the type information of a single type.");
        field.Arguments.Add("name", new InputValue("name", new NonNullGraphType(schema.GetType("String")!)));
        return field;
    }

    public static OutputField TypeName(Schema schema) =>
        new("__typename", new NonNullGraphType(schema.GetType("String")!), "The name of the current Object type at runtime.");

    public static ValueTask<object?> Resolve(ResolveContext context) => ValueTask.FromResult<object?>(context.Field.Name == "__schema"
        ? context.Schema
        : context.Schema.GetType(context.Argument<string>("name")));
}
