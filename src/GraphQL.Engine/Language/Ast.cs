namespace DutyGraph.GraphQL.Engine.Language;

/// <summary>A node of a parsed document, with where it starts in the source.</summary>
public abstract record Node(SourceLocation Location);

public sealed record Document(IReadOnlyList<Definition> Definitions, SourceLocation Location) : Node(Location);

public abstract record Definition(SourceLocation Location) : Node(Location);

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public sealed record OperationDefinition(
    OperationType Operation, Name? Name, IReadOnlyList<VariableDefinition> Variables, IReadOnlyList<Directive> Directives,
    SelectionSet SelectionSet, SourceLocation Location, StringValue? Description = null) : Definition(Location);

public sealed record VariableDefinition(
    Variable Variable, TypeReference Type, Value? DefaultValue, IReadOnlyList<Directive> Directives, SourceLocation Location,
    StringValue? Description = null) : Node(Location);

public sealed record FragmentDefinition(
    Name Name, NamedType TypeCondition, IReadOnlyList<Directive> Directives, SelectionSet SelectionSet, SourceLocation Location,
    StringValue? Description = null) : Definition(Location);

public sealed record SelectionSet(IReadOnlyList<Selection> Selections, SourceLocation Location) : Node(Location);

public abstract record Selection(IReadOnlyList<Directive> Directives, SourceLocation Location) : Node(Location);

public sealed record Field(
    Name? Alias, Name Name, IReadOnlyList<Argument> Arguments, IReadOnlyList<Directive> Directives, SelectionSet? SelectionSet,
    SourceLocation Location) : Selection(Directives, Location)
{
    /// <summary>The key of the field in the response: its alias, else its name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

public sealed record FragmentSpread(Name Name, IReadOnlyList<Directive> Directives, SourceLocation Location)
    : Selection(Directives, Location);

public sealed record InlineFragment(NamedType? TypeCondition, IReadOnlyList<Directive> Directives, SelectionSet SelectionSet, SourceLocation Location)
    : Selection(Directives, Location);

public sealed record Name(string Value, SourceLocation Location) : Node(Location);

public sealed record Argument(Name Name, Value Value, SourceLocation Location) : Node(Location);

public sealed record Directive(Name Name, IReadOnlyList<Argument> Arguments, SourceLocation Location) : Node(Location);

public abstract record Value(SourceLocation Location) : Node(Location);

public sealed record Variable(Name Name, SourceLocation Location) : Value(Location);

public sealed record IntValue(string Text, SourceLocation Location) : Value(Location);

public sealed record FloatValue(string Text, SourceLocation Location) : Value(Location);

public sealed record StringValue(string Text, bool Block, SourceLocation Location) : Value(Location);

public sealed record BooleanValue(bool Flag, SourceLocation Location) : Value(Location);

public sealed record NullValue(SourceLocation Location) : Value(Location);

public sealed record EnumValue(string Text, SourceLocation Location) : Value(Location);

public sealed record ListValue(IReadOnlyList<Value> Items, SourceLocation Location) : Value(Location);

public sealed record ObjectValue(IReadOnlyList<ObjectField> Fields, SourceLocation Location) : Value(Location);

public sealed record ObjectField(Name Name, Value Value, SourceLocation Location) : Node(Location);

public abstract record TypeReference(SourceLocation Location) : Node(Location);

public sealed record NamedType(Name Name, SourceLocation Location) : TypeReference(Location);

public sealed record ListType(TypeReference OfType, SourceLocation Location) : TypeReference(Location);

public sealed record NonNullType(TypeReference OfType, SourceLocation Location) : TypeReference(Location);
