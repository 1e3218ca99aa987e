using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.GraphQL.Engine.Types;

/// <summary>
/// The scalars and directives every schema has, with the descriptions graphql-js gives them
/// (introspection shows them, so they must read the same).
/// </summary>
public static class BuiltIns
{
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>New instances each call: a schema owns its types.</summary>
    public static IReadOnlyList<ScalarGraphType> Scalars() =>
    [
        new("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1."),
        new("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point)."),
        new("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text."),
        new("Boolean", "The `Boolean` scalar type represents `true` or `false`."),
        new("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID."),
    ];

    public static readonly IReadOnlySet<string> ScalarNames = new HashSet<string>(StringComparer.Ordinal) { "Int", "Float", "String", "Boolean", "ID" };

    public static IReadOnlyList<DirectiveType> Directives(Func<string, NamedGraphType> scalar)
    {
        var boolean = new NonNullGraphType(scalar("Boolean"));
        var include = new DirectiveType("include", ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"], false,
            "Directs the executor to include this field or fragment only when the `if` argument is true.");
        include.Arguments.Add("if", new InputValue("if", boolean, "Included when true."));
        var skip = new DirectiveType("skip", ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"], false,
            "Directs the executor to skip this field or fragment when the `if` argument is true.");
        skip.Arguments.Add("if", new InputValue("if", boolean, "Skipped when true."));
        var deprecated = new DirectiveType("deprecated",
            ["FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE", "DIRECTIVE_DEFINITION"], false,
            "Marks an element of a GraphQL schema as no longer supported.");
        deprecated.Arguments.Add("reason", new InputValue("reason", new NonNullGraphType(scalar("String")),
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            new StringValue(DefaultDeprecationReason, false, default)));
        var specifiedBy = new DirectiveType("specifiedBy", ["SCALAR"], false, "Exposes a URL that specifies the behavior of this scalar.");
        specifiedBy.Arguments.Add("url", new InputValue("url", new NonNullGraphType(scalar("String")), "The URL that specifies the behavior of this scalar."));
        var oneOf = new DirectiveType("oneOf", ["INPUT_OBJECT"], false, "Indicates exactly one field must be supplied and this field must not be `null`.");
        return [include, skip, deprecated, specifiedBy, oneOf];
    }
}
