using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Introspection;

/// <summary>
/// The fields of the introspection types, read from the schema's own model: a __Type is a
/// <see cref="GraphType"/>, a __Field an <see cref="OutputField"/>, and so on.
/// </summary>
internal static class IntrospectionResolvers
{
    public static FieldResolver For(string type, string field) => context => ValueTask.FromResult(Read(type, field, context));

    private static object? Read(string type, string field, ResolveContext c) => (type, field, c.Source) switch
    {
        ("__Schema", "description", Schema s) => s.Description,
        ("__Schema", "types", Schema s) => s.Types.ToList(),
        ("__Schema", "queryType", Schema s) => s.QueryType,
        ("__Schema", "mutationType", Schema s) => s.MutationType,
        ("__Schema", "subscriptionType", Schema s) => s.SubscriptionType,
        ("__Schema", "directives", Schema s) => s.Directives,

        ("__Type", "kind", GraphType t) => KindName(t.Kind),
        ("__Type", "name", NamedGraphType t) => t.Name,
        ("__Type", "description", NamedGraphType t) => t.Description,
        ("__Type", "specifiedByURL", ScalarGraphType t) => t.SpecifiedByUrl,
        ("__Type", "fields", FieldsGraphType t) => t.Fields.Values.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null).ToList(),
        ("__Type", "interfaces", FieldsGraphType t) => t.Interfaces,
        ("__Type", "possibleTypes", NamedGraphType t) when t is InterfaceGraphType or UnionGraphType => c.Schema.PossibleTypes(t),
        ("__Type", "enumValues", EnumGraphType t) => t.Values.Values.Where(v => IncludeDeprecated(c) || v.DeprecationReason is null).ToList(),
        ("__Type", "inputFields", InputObjectGraphType t) => t.Fields.Values.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null).ToList(),
        ("__Type", "ofType", ListGraphType t) => t.OfType,
        ("__Type", "ofType", NonNullGraphType t) => t.OfType,
        ("__Type", "isOneOf", InputObjectGraphType t) => t.IsOneOf,

        ("__Field", "name", OutputField f) => f.Name,
        ("__Field", "description", OutputField f) => f.Description,
        ("__Field", "args", OutputField f) => f.Arguments.Values.Where(a => IncludeDeprecated(c) || a.DeprecationReason is null).ToList(),
        ("__Field", "type", OutputField f) => f.Type,
        ("__Field", "isDeprecated", OutputField f) => f.DeprecationReason is not null,
        ("__Field", "deprecationReason", OutputField f) => f.DeprecationReason,

        ("__InputValue", "name", InputValue v) => v.Name,
        ("__InputValue", "description", InputValue v) => v.Description,
        ("__InputValue", "type", InputValue v) => v.Type,
        ("__InputValue", "defaultValue", InputValue v) => v.DefaultValue is null ? null : Printer.Print(v.DefaultValue),
        ("__InputValue", "isDeprecated", InputValue v) => v.DeprecationReason is not null,
        ("__InputValue", "deprecationReason", InputValue v) => v.DeprecationReason,

        ("__EnumValue", "name", EnumMember v) => v.Name,
        ("__EnumValue", "description", EnumMember v) => v.Description,
        ("__EnumValue", "isDeprecated", EnumMember v) => v.DeprecationReason is not null,
        ("__EnumValue", "deprecationReason", EnumMember v) => v.DeprecationReason,

        ("__Directive", "name", DirectiveType d) => d.Name,
        ("__Directive", "description", DirectiveType d) => d.Description,
        ("__Directive", "isRepeatable", DirectiveType d) => d.IsRepeatable,
        ("__Directive", "locations", DirectiveType d) => d.Locations,
        ("__Directive", "args", DirectiveType d) => d.Arguments.Values.Where(a => IncludeDeprecated(c) || a.DeprecationReason is null).ToList(),
        _ => null,
    };

    private static bool IncludeDeprecated(ResolveContext c) => c.Arguments.TryGetValue("includeDeprecated", out var v) && v is true;

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.NonNull => "NON_NULL",
        _ => kind.ToString().ToUpperInvariant(),
    };
}
