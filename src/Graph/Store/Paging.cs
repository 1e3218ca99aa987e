using System.Globalization;
using System.Text;

namespace DutyGraph.Graph.Store;

/// <summary>A request for a page: at most <see cref="First"/> records after the cursor <see cref="After"/>.</summary>
public sealed record PageRequest(int First = PageRequest.DefaultSize, string? After = null)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 1000;

    public static PageRequest All { get; } = new(int.MaxValue);

    /// <summary>The id to continue after (0 for the start); refuses a bad size or cursor naming the argument.</summary>
    public long AfterId()
    {
        if (First < 0 || (First > MaxSize && this != All))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "first", $"first must be between 0 and {MaxSize}");
        }
        return After is null ? 0 : Cursor.Decode(After);
    }
}

/// <summary>One page of a list ordered by id, Relay style.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, bool HasNextPage, string? EndCursor);

/// <summary>Opaque cursors over record ids.</summary>
public static class Cursor
{
    private const string Prefix = "dg:";

    public static string Encode(long id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + id.ToString(CultureInfo.InvariantCulture)));

    public static long Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }
        }
        catch (FormatException)
        {
        }
        throw new StoreException(StoreErrorCode.InvalidArgument, "after", $"'{cursor}' is not a cursor this list gave out");
    }

    /// <summary>Builds a page from up to First+1 fetched items (the extra one says there is a next page).</summary>
    public static Page<T> PageOf<T>(List<T> fetched, int first, int total, Func<T, long> id)
    {
        var hasNext = fetched.Count > first;
        if (hasNext)
        {
            fetched.RemoveRange(first, fetched.Count - first);
        }
        return new Page<T>(fetched, total, hasNext, fetched.Count == 0 ? null : Encode(id(fetched[^1])));
    }
}
