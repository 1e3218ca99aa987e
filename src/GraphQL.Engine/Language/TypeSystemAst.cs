namespace DutyGraph.GraphQL.Engine.Language;

/// <summary>A definition of the type system language; <see cref="IsExtension"/> marks its <c>extend</c> form.</summary>
public abstract record TypeSystemDefinition(bool IsExtension, SourceLocation Location) : Definition(Location);

public sealed record SchemaDefinition(
    StringValue? Description, IReadOnlyList<Directive> Directives, IReadOnlyList<OperationTypeDefinition> OperationTypes,
    bool IsExtension, SourceLocation Location) : TypeSystemDefinition(IsExtension, Location);

public sealed record OperationTypeDefinition(OperationType Operation, NamedType Type, SourceLocation Location) : Node(Location);

/// <summary>A named type's definition or extension.</summary>
public abstract record TypeDefinition(StringValue? Description, Name Name, IReadOnlyList<Directive> Directives, bool IsExtension, SourceLocation Location)
    : TypeSystemDefinition(IsExtension, Location);

public sealed record ScalarTypeDefinition(StringValue? Description, Name Name, IReadOnlyList<Directive> Directives, bool IsExtension, SourceLocation Location)
    : TypeDefinition(Description, Name, Directives, IsExtension, Location);

public sealed record ObjectTypeDefinition(
    StringValue? Description, Name Name, IReadOnlyList<NamedType> Interfaces, IReadOnlyList<Directive> Directives,
    IReadOnlyList<FieldDefinition> Fields, bool IsExtension, SourceLocation Location)
    : TypeDefinition(Description, Name, Directives, IsExtension, Location);

public sealed record InterfaceTypeDefinition(
    StringValue? Description, Name Name, IReadOnlyList<NamedType> Interfaces, IReadOnlyList<Directive> Directives,
    IReadOnlyList<FieldDefinition> Fields, bool IsExtension, SourceLocation Location)
    : TypeDefinition(Description, Name, Directives, IsExtension, Location);

public sealed record UnionTypeDefinition(
    StringValue? Description, Name Name, IReadOnlyList<Directive> Directives, IReadOnlyList<NamedType> Types, bool IsExtension,
    SourceLocation Location) : TypeDefinition(Description, Name, Directives, IsExtension, Location);

public sealed record EnumTypeDefinition(
    StringValue? Description, Name Name, IReadOnlyList<Directive> Directives, IReadOnlyList<EnumValueDefinition> Values, bool IsExtension,
    SourceLocation Location) : TypeDefinition(Description, Name, Directives, IsExtension, Location);

public sealed record EnumValueDefinition(StringValue? Description, Name Name, IReadOnlyList<Directive> Directives, SourceLocation Location)
    : Node(Location);

public sealed record InputObjectTypeDefinition(
    StringValue? Description, Name Name, IReadOnlyList<Directive> Directives, IReadOnlyList<InputValueDefinition> Fields, bool IsExtension,
    SourceLocation Location) : TypeDefinition(Description, Name, Directives, IsExtension, Location);

public sealed record FieldDefinition(
    StringValue? Description, Name Name, IReadOnlyList<InputValueDefinition> Arguments, TypeReference Type,
    IReadOnlyList<Directive> Directives, SourceLocation Location) : Node(Location);

public sealed record InputValueDefinition(
    StringValue? Description, Name Name, TypeReference Type, Value? DefaultValue, IReadOnlyList<Directive> Directives, SourceLocation Location)
    : Node(Location);

public sealed record DirectiveDefinition(
    StringValue? Description, Name Name, IReadOnlyList<InputValueDefinition> Arguments, bool Repeatable, IReadOnlyList<Name> Locations,
    SourceLocation Location) : TypeSystemDefinition(false, Location);

/// <summary>The places a directive may stand (specification section 3.13).</summary>
public static class DirectiveLocations
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "FRAGMENT_VARIABLE_DEFINITION",
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE",
        "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    };
}
