namespace DutyGraph.Graph.Store;

public enum StoreErrorCode
{
    NotFound,
    Conflict,
    InvalidArgument,
    StillHoldsDuties,
    Unavailable,
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
