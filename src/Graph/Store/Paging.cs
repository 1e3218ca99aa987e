using System.Globalization;
using System.Text;

namespace DutyGraph.Graph.Store;

/// <summary>How a list is ordered: as recorded (by id), or by name (a duty's title), then id.</summary>
public enum PageOrder
{
    Id,
    Name,
}

/// <summary>A request for a page: at most <see cref="First"/> records after the cursor <see cref="After"/>, in that order.</summary>
public sealed record PageRequest(int First = PageRequest.DefaultSize, string? After = null, PageOrder Order = PageOrder.Id)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 1000;

    public static PageRequest All { get; } = new(int.MaxValue);

    /// <summary>Where to continue: after this id (0 for the start) and, ordered by name, this name ("" for the start). Refuses a bad size or cursor naming the argument.</summary>
    public (long Id, string Name) Position()
    {
        if (First < 0 || (First > MaxSize && this != All))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "first", $"first must be between 0 and {MaxSize}");
        }
        if (After is null)
        {
            return (0, "");
        }
        var (id, name) = Cursor.Decode(After);
        return (name is null) == (Order == PageOrder.Id)
            ? (id, name ?? "")
            : throw new StoreException(StoreErrorCode.InvalidArgument, "after", $"'{After}' is a cursor of a list in another order");
    }
}

/// <summary>One page of a list, Relay style: the items, a cursor for each, and whether more follow.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Cursors, int TotalCount, bool HasNextPage)
{
    public string? EndCursor => Cursors.Count == 0 ? null : Cursors[^1];
}

/// <summary>Opaque cursors: a record's id and, in a list ordered by name, its name.</summary>
public static class Cursor
{
    private const string Prefix = "dg:";

    public static string Encode(long id, string? name = null) => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        Prefix + id.ToString(CultureInfo.InvariantCulture) + (name is null ? "" : ":" + name)));

    public static (long Id, string? Name) Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var cut = text.IndexOf(':', Prefix.Length);
            var idText = cut < 0 ? text.AsSpan(Prefix.Length) : text.AsSpan(Prefix.Length, cut - Prefix.Length);
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return (id, cut < 0 ? null : text[(cut + 1)..]);
            }
        }
        catch (FormatException)
        {
        }
        throw new StoreException(StoreErrorCode.InvalidArgument, "after", $"'{cursor}' is not a cursor this list gave out");
    }

    /// <summary>Builds a page from up to First+1 fetched items (the extra one says there is a next page).</summary>
    public static Page<T> PageOf<T>(List<T> fetched, PageRequest page, int total, Func<T, long> id, Func<T, string> name)
    {
        var hasNext = fetched.Count > page.First;
        if (hasNext)
        {
            fetched.RemoveRange(page.First, fetched.Count - page.First);
        }
        var cursors = fetched.Select(item => Encode(id(item), page.Order == PageOrder.Name ? name(item) : null)).ToList();
        return new Page<T>(fetched, cursors, total, hasNext);
    }
}
