namespace DutyGraph.GraphQL.Engine.Protection;

/// <summary>
/// What one request may ask for, checked before execution. Cost counts every field the
/// request would resolve: a field with a <c>first</c> argument multiplies what is below it
/// by that page size, and any other list by <see cref="DefaultListSize"/>.
/// </summary>
public sealed record RequestLimits
{
    public int MaxTokens { get; init; } = 10_000;
    public int MaxDepth { get; init; } = 15;
    public int MaxAliases { get; init; } = 50;
    public int MaxCost { get; init; } = 100_000;
    /// <summary>How many items a list without a page size is taken to hold.</summary>
    public int DefaultListSize { get; init; } = 10;
    public bool Introspection { get; init; } = true;
}
