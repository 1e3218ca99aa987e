namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>
/// Where a value is in the response: a field's response key or a list index, linked to the
/// path of its parent. Made for every field, so it is one small object; it becomes a list
/// (as errors report it) only when asked.
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? key, int index)
    {
        Parent = parent;
        Key = key;
        Index = index;
        Depth = (parent?.Depth ?? 0) + 1;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The field's response key; null for a list item.</summary>
    public string? Key { get; }

    /// <summary>The list item's index; -1 for a field.</summary>
    public int Index { get; }

    public int Depth { get; }

    public static ResponsePath Field(ResponsePath? parent, string key) => new(parent, key, -1);

    public static ResponsePath Item(ResponsePath parent, int index) => new(parent, null, index);

    /// <summary>The path from the root: strings for fields, ints for list indices.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var at = this; at is not null; at = at.Parent)
        {
            segments[at.Depth - 1] = at.Key ?? (object)at.Index;
        }
        return segments;
    }

    public override string ToString() => string.Join('.', ToList());
}
