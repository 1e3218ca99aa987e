using System.Net;

namespace DutyGraph.Graph.Neo4j.QueryApi;

/// <summary>
/// Neo4j refused or failed a request: its status code (<c>Neo.ClientError.Schema.ConstraintValidationFailed</c>,
/// <c>Neo.TransientError.Transaction.DeadlockDetected</c> …, or one of DutyGraph's own codes below),
/// the HTTP status, and the statement at fault.
/// </summary>
public sealed class Neo4jException(string code, string message, HttpStatusCode? status = null, string? statement = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The server could not be reached, did not answer in time, or answered 5xx without Neo4j's error body.</summary>
    public const string Unreachable = "DutyGraph.Unreachable";

    /// <summary>A change was sent but its answer was lost, so whether it took effect is unknown (never tried again).</summary>
    public const string OutcomeUnknown = "DutyGraph.OutcomeUnknown";

    /// <summary>Neo4j answered with something DutyGraph cannot read.</summary>
    public const string Protocol = "DutyGraph.Protocol";

    public string Code { get; } = code;

    public HttpStatusCode? Status { get; } = status;

    /// <summary>The name of the statement that was sent (<see cref="CypherStatement.Name"/>), when one was.</summary>
    public string? Statement { get; } = statement;

    /// <summary>Whether trying the same work again may succeed: Neo4j's transient errors, 5xx answers, timeouts and dropped connections.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || Code == Unreachable;

    /// <summary>Whether Neo4j itself reported the error (an error body with a Neo.* code), as opposed to DutyGraph or a proxy in between.</summary>
    public bool FromServer => Code.StartsWith("Neo.", StringComparison.Ordinal);

    /// <summary>The explicit transaction an unreadable answer named, so that it can still be rolled back.</summary>
    public string? Transaction { get; init; }

    /// <summary>This loss of an answer restated for a change that was sent: whether it took effect is unknown, so it is not transient.</summary>
    internal Neo4jException WithOutcomeUnknown(string sent) => new(OutcomeUnknown,
        $"{Message}; the {sent} was sent, so whether it took effect is unknown: look before trying again", Status, Statement, this);

    public bool IsAuthentication => Status is HttpStatusCode.Unauthorized || Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal);
}
