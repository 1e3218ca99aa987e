using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;

namespace DutyGraph.Server.Api.Common;

/// <summary>Relay connections over store pages, and the paging arguments every list field takes.</summary>
public static class Connections
{
    /// <summary>The page a list field asks for: first, after and orderBy (NAME/TITLE order by name).</summary>
    public static PageRequest PageOf(ResolveContext c)
    {
        var first = c.Argument<int>("first");
        if (first is < 0 or > PageRequest.MaxSize)
        {
            throw new FieldException($"Argument \"first\" must be between 0 and {PageRequest.MaxSize}; it was {first}.");
        }
        var order = c.Argument<string?>("orderBy") is "NAME" or "TITLE" ? PageOrder.Name : PageOrder.Id;
        return new PageRequest(first, c.Argument<string?>("after"), order);
    }

    public static Dictionary<string, object?> Of<T>(Page<T> page, PageRequest request)
    {
        var edges = new List<object?>(page.Items.Count);
        for (var i = 0; i < page.Items.Count; i++)
        {
            edges.Add(new Dictionary<string, object?> { ["cursor"] = page.Cursors[i], ["node"] = page.Items[i] });
        }
        return new Dictionary<string, object?>
        {
            ["edges"] = edges,
            ["nodes"] = page.Items,
            ["pageInfo"] = new Dictionary<string, object?>
            {
                ["hasNextPage"] = page.HasNextPage,
                ["hasPreviousPage"] = request.After is not null,
                ["startCursor"] = page.Cursors.Count == 0 ? null : page.Cursors[0],
                ["endCursor"] = page.EndCursor,
            },
            ["totalCount"] = page.TotalCount,
        };
    }
}
