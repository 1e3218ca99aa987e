using System.Text.Json;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.Tests.GraphQL;

/// <summary>
/// The executor answers at once where every value is at hand and waits only where a resolver
/// waits. Either way the response must be the same: data, null propagation, and each error
/// with its message, location and path.
/// </summary>
public sealed class ExecutionTimingTests
{
    private static readonly Schema Schema = SchemaBuilder.Build("""
        type Query { items: [Item!]!  maybe: [Item]  one: Item  strict: Item! }
        type Item { id: Int!  name: String  must: String!  tags: [String!]  loose: [String]  child: Item  kids: [Item!] }
        """);

    private sealed record Item(int Id, string? Name, string? Must, string?[]? Tags, Item? Child = null, Item[]? Kids = null);

    private static readonly Item Good = new(1, "a", "x", ["t1", "t2"], new Item(11, null, "y", null));
    private static readonly Item NullMust = new(2, "b", null, ["t3"]);
    private static readonly Item NullTag = new(3, null, "z", ["t4", null]);
    private static readonly Item Parent = new(4, "p", "w", [], Kids: [Good, NullMust]);

    public static TheoryData<string> Queries =>
    [
        "{ maybe { id name must } }",
        "{ maybe { id tags loose } }",
        "{ items { id name } }",
        "{ items { id must } }",
        "{ one { id child { id name must child { id } } } }",
        "{ one { kids { id must } } maybe { id } }",
        "{ strict { id must } }",
        "{ a: one { id } b: one { name tags } maybe { ...F } } fragment F on Item { id child { id } }",
        "{ one { id boom } }",
        "{ maybe { id boom } one { id } }",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_query_gives_the_same_response_whether_resolvers_answer_at_once_or_later(string query)
    {
        var atOnce = await ExecuteAsync(query, later: false);
        var later = await ExecuteAsync(query, later: true);

        Assert.Equal(atOnce, later);
    }

    [Fact]
    public async Task A_null_in_a_non_null_list_item_is_reported_at_the_items_path_when_resolvers_answer_later()
    {
        var response = JsonDocument.Parse(await ExecuteAsync("{ maybe { id must } }", later: true)).RootElement;

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("Cannot return null for non-nullable field Item.must.", error.GetProperty("message").GetString());
        Assert.Equal("""["maybe",1,"must"]""", error.GetProperty("path").GetRawText().Replace(" ", ""));
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("maybe")[1].ValueKind);
        Assert.Equal(1, response.GetProperty("data").GetProperty("maybe")[0].GetProperty("id").GetInt32());
    }

    private static async Task<string> ExecuteAsync(string query, bool later)
    {
        var resolvers = new ResolverMap();
        void Field(string type, string field, Func<ResolveContext, object?> read) =>
            resolvers.Add(type, field, later ? async c => { await Task.Yield(); return read(c); } : c => ValueTask.FromResult(read(c)));
        Field("Query", "items", _ => new[] { Good, NullMust });
        Field("Query", "maybe", _ => new[] { Good, NullMust, NullTag });
        Field("Query", "one", _ => Parent);
        Field("Query", "strict", _ => NullMust);
        Field("Item", "id", c => ((Item)c.Source!).Id);
        Field("Item", "name", c => ((Item)c.Source!).Name);
        Field("Item", "must", c => ((Item)c.Source!).Must);
        Field("Item", "tags", c => ((Item)c.Source!).Tags);
        Field("Item", "loose", c => ((Item)c.Source!).Tags);
        Field("Item", "child", c => ((Item)c.Source!).Child);
        Field("Item", "kids", c => ((Item)c.Source!).Kids);
        var result = await new Executor(Schema, resolvers).ExecuteAsync(new ExecutionRequest(Parser.Parse(query)));
        // Errors are compared in path order: fields waiting side by side may fail in either order.
        var sorted = result with { Errors = [.. result.Errors.OrderBy(e => string.Join('.', e.Path ?? []), StringComparer.Ordinal)] };
        return ResponseJson.Serialize(sorted);
    }
}
