namespace DutyGraph.Graph.Common;

/// <summary>Whether a record with these dates exists on a day: from is inclusive, to is exclusive.</summary>
public static class Validity
{
    public static bool IsValidAt(DateOnly? from, DateOnly? to, DateOnly day) =>
        (from is null || from.Value <= day) && (to is null || day < to.Value);
}
