namespace DutyGraph.Graph.Store;

public enum StoreErrorCode
{
    NotFound,
    Conflict,
    InvalidArgument,
    StillHoldsDuties,
    Unavailable,
    /// <summary>The store did not confirm a change (its answer was lost): it may or may not have been made.</summary>
    OutcomeUnknown,
}

/// <summary>
/// A refusal by the store in domain terms: what went wrong and which field is at fault.
/// Nothing was written when one is thrown.
/// </summary>
public sealed class StoreException(StoreErrorCode code, string field, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public StoreErrorCode Code { get; } = code;
    public string Field { get; } = field;

    public static StoreException NotFound(string what, long id) =>
        new(StoreErrorCode.NotFound, "id", $"no {what} has id {id}");
}
