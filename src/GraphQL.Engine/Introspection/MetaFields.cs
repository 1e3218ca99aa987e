using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Introspection;

/// <summary>
/// The meta-fields every schema answers: <c>__schema</c> and <c>__type(name:)</c> on the query
/// type, <c>__typename</c> on every composite type. Built once per schema; the executor and the
/// validator look fields up through <see cref="FieldOf"/> alike.
/// </summary>
internal sealed class MetaFields
{
    private readonly OutputField _schema;
    private readonly OutputField _type;
    private readonly OutputField _typeName;

    public MetaFields(Schema schema)
    {
        _schema = new("__schema", new NonNullGraphType(schema.GetType("__Schema")!), "Access the current type schema of this server.");
        _type = new("__type", schema.GetType("__Type")!, "Request the type information of a single type.");
        _type.Arguments.Add("name", new InputValue("name", new NonNullGraphType(schema.GetType("String")!)));
        _typeName = new("__typename", new NonNullGraphType(schema.GetType("String")!), "The name of the current Object type at runtime.");
    }

    /// <summary>A field of a type, the meta-fields included, as graphql-js's getFieldDef finds it; null when there is none.</summary>
    public static OutputField? FieldOf(Schema schema, NamedGraphType? parent, string name)
    {
        if (parent is null)
        {
            return null;
        }
        if (name == "__typename")
        {
            return schema.Meta._typeName;
        }
        if (parent == schema.QueryType && name is "__schema" or "__type")
        {
            return name == "__schema" ? schema.Meta._schema : schema.Meta._type;
        }
        return parent is FieldsGraphType fields && fields.Fields.TryGetValue(name, out var field) ? field : null;
    }

    /// <summary>Whether a field is <c>__schema</c> or <c>__type</c> (answered by <see cref="Resolve"/>).</summary>
    public static bool IsEntryPoint(Schema schema, OutputField field) =>
        ReferenceEquals(field, schema.Meta._schema) || ReferenceEquals(field, schema.Meta._type);

    public static ValueTask<object?> Resolve(ResolveContext context) => ValueTask.FromResult<object?>(context.Field.Name == "__schema"
        ? context.Schema
        : context.Schema.GetType(context.Argument<string>("name")));
}
