using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.GraphQL.Engine.Types;

/// <summary>The kinds of type, as introspection's <c>__TypeKind</c> names them.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>A type as it stands in a field, argument or variable: a named type, or a list or non-null wrapper of one.</summary>
public abstract class GraphType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The named type under any wrappers.</summary>
    public abstract NamedGraphType NamedType { get; }

    /// <summary>The type written as in the GraphQL language: <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}

public sealed class ListGraphType(GraphType ofType) : GraphType
{
    public GraphType OfType { get; } = ofType;
    public override TypeKind Kind => TypeKind.List;
    public override NamedGraphType NamedType => OfType.NamedType;
    public override string ToString() => $"[{OfType}]";
}

public sealed class NonNullGraphType : GraphType
{
    public NonNullGraphType(GraphType ofType)
    {
        OfType = ofType is NonNullGraphType ? throw new ArgumentException("a non-null type cannot wrap a non-null type", nameof(ofType)) : ofType;
    }

    public GraphType OfType { get; }
    public override TypeKind Kind => TypeKind.NonNull;
    public override NamedGraphType NamedType => OfType.NamedType;
    public override string ToString() => $"{OfType}!";
}

/// <summary>A named type of the schema, with its description and the directives applied to its definition.</summary>
public abstract class NamedGraphType(string name, string? description) : GraphType
{
    public string Name { get; } = name;
    public string? Description { get; internal set; } = description;
    public List<Directive> AppliedDirectives { get; } = [];
    public override NamedGraphType NamedType => this;
    public override string ToString() => Name;

    /// <summary>Whether values of this type can be an input (arguments, variables): scalars, enums, input objects.</summary>
    public bool IsInputType => this is ScalarGraphType or EnumGraphType or InputObjectGraphType;

    /// <summary>Whether this type can be a field's result: all but input objects.</summary>
    public bool IsOutputType => this is not InputObjectGraphType;
}

public sealed class ScalarGraphType(string name, string? description = null, string? specifiedByUrl = null) : NamedGraphType(name, description)
{
    public string? SpecifiedByUrl { get; internal set; } = specifiedByUrl;
    /// <summary>How a custom scalar reads and writes values; without one its values pass through as plain data.</summary>
    public ScalarCodec? Codec { get; internal set; }
    public override TypeKind Kind => TypeKind.Scalar;
}

/// <summary>
/// A custom scalar's coercion: <see cref="Parse"/> takes a plain input value (string, long,
/// double, bool) from a literal or a variable and returns the value resolvers get, or throws
/// <see cref="Execution.CoercionException"/> saying why not; <see cref="Serialize"/> turns a
/// resolver's value into what goes into the response.
/// </summary>
public sealed record ScalarCodec(Func<object, object> Parse, Func<object, object> Serialize);

/// <summary>An object or interface type: a type with fields that may implement interfaces.</summary>
public abstract class FieldsGraphType(string name, string? description) : NamedGraphType(name, description)
{
    public OrderedDictionary<string, OutputField> Fields { get; } = new(StringComparer.Ordinal);
    public List<InterfaceGraphType> Interfaces { get; } = [];
}

public sealed class ObjectGraphType(string name, string? description = null) : FieldsGraphType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;
}

public sealed class InterfaceGraphType(string name, string? description = null) : FieldsGraphType(name, description)
{
    public override TypeKind Kind => TypeKind.Interface;
}

public sealed class UnionGraphType(string name, string? description = null) : NamedGraphType(name, description)
{
    public List<ObjectGraphType> Types { get; } = [];
    public override TypeKind Kind => TypeKind.Union;
}

public sealed class EnumGraphType(string name, string? description = null) : NamedGraphType(name, description)
{
    public OrderedDictionary<string, EnumMember> Values { get; } = new(StringComparer.Ordinal);
    public override TypeKind Kind => TypeKind.Enum;
}

public sealed class InputObjectGraphType(string name, string? description = null) : NamedGraphType(name, description)
{
    public OrderedDictionary<string, InputValue> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>A @oneOf input object: exactly one field must be given, and not null.</summary>
    public bool IsOneOf { get; internal set; }

    public override TypeKind Kind => TypeKind.InputObject;
}

/// <summary>A field of an object or interface type.</summary>
public sealed class OutputField(string name, GraphType type, string? description = null, string? deprecationReason = null)
{
    public string Name { get; } = name;
    public GraphType Type { get; internal set; } = type;
    public string? Description { get; } = description;
    public string? DeprecationReason { get; } = deprecationReason;
    public OrderedDictionary<string, InputValue> Arguments { get; } = new(StringComparer.Ordinal);
    public List<Directive> AppliedDirectives { get; } = [];
}

/// <summary>An argument, or a field of an input object; its default value is kept as the literal that was written.</summary>
public sealed class InputValue(string name, GraphType type, string? description = null, Value? defaultValue = null, string? deprecationReason = null)
{
    public string Name { get; } = name;
    public GraphType Type { get; internal set; } = type;
    public string? Description { get; } = description;
    public Value? DefaultValue { get; } = defaultValue;
    public string? DeprecationReason { get; } = deprecationReason;
    public List<Directive> AppliedDirectives { get; } = [];
}

public sealed class EnumMember(string name, string? description = null, string? deprecationReason = null)
{
    public string Name { get; } = name;
    public string? Description { get; } = description;
    public string? DeprecationReason { get; } = deprecationReason;
    public List<Directive> AppliedDirectives { get; } = [];
}

/// <summary>A directive the schema knows: where it may stand and what it takes.</summary>
public sealed class DirectiveType(string name, IReadOnlyList<string> locations, bool isRepeatable = false, string? description = null)
{
    public string Name { get; } = name;
    public string? Description { get; } = description;
    public bool IsRepeatable { get; } = isRepeatable;
    public IReadOnlyList<string> Locations { get; } = locations;
    public OrderedDictionary<string, InputValue> Arguments { get; } = new(StringComparer.Ordinal);
}
