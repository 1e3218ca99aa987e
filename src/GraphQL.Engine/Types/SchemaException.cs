using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.GraphQL.Engine.Types;

/// <summary>An SDL problem, with where it is.</summary>
public sealed record SchemaError(string Message, SourceLocation? Location)
{
    public override string ToString() => Location is { } l ? $"{Message} ({l.Line}:{l.Column})" : Message;
}

/// <summary>A schema that cannot be built; every problem found is listed.</summary>
public sealed class SchemaException(IReadOnlyList<SchemaError> errors)
    : Exception("The schema is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<SchemaError> Errors { get; } = errors;
}
