using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>An error of a response: a message, where in the document, and (for field errors) the response path.</summary>
public sealed record GraphQLError(string Message, IReadOnlyList<SourceLocation> Locations, IReadOnlyList<object>? Path = null)
{
    public static GraphQLError At(string message, params Node[] nodes) => new(message, [.. nodes.Select(n => n.Location)]);
}

/// <summary>Thrown inside execution to stop with request errors (no data).</summary>
public sealed class GraphQLRequestException(IReadOnlyList<GraphQLError> errors) : Exception(errors.Count > 0 ? errors[0].Message : "request error")
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}

/// <summary>Thrown by a resolver or the engine for an error that belongs to one field; the field becomes null.</summary>
public class FieldException(string message) : Exception(message);

/// <summary>A field error located at a node of its own (an argument's value) rather than at the field.</summary>
public sealed class LocatedFieldException(string message, Node at) : FieldException(message)
{
    public Node At { get; } = at;
}

/// <summary>
/// The result of executing a request: data (ordered maps, lists, strings, numbers, booleans and
/// nulls) and errors. <see cref="HasData"/> is false when the request failed before execution.
/// </summary>
public sealed record ExecutionResult(object? Data, IReadOnlyList<GraphQLError> Errors, bool HasData = true);
