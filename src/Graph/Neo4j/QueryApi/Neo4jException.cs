using System.Net;

namespace DutyGraph.Graph.Neo4j.QueryApi;

/// <summary>
/// Neo4j refused or failed a request: its status code (<c>Neo.ClientError.Schema.ConstraintValidationFailed</c>,
/// <c>Neo.TransientError.Transaction.DeadlockDetected</c> …, or DutyGraph's own <c>DutyGraph.Unavailable</c>
/// when the server could not be reached or did not answer in time), the HTTP status, and the statement at fault.
/// </summary>
public sealed class Neo4jException(string code, string message, HttpStatusCode? status = null, string? statement = null, Exception? inner = null)
    : Exception(message, inner)
{
    public const string Unreachable = "DutyGraph.Unavailable";

    public string Code { get; } = code;

    public HttpStatusCode? Status { get; } = status;

    /// <summary>The name of the statement that was sent (<see cref="CypherStatement.Name"/>), when one was.</summary>
    public string? Statement { get; } = statement;

    /// <summary>Whether trying the same work again may succeed: Neo4j's transient errors, 5xx answers, timeouts and dropped connections.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || Code == Unreachable;

    public bool IsAuthentication => Status is HttpStatusCode.Unauthorized || Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal);
}
