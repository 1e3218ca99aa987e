using DutyGraph.Graph.Generation;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Api;

/// <summary>N+1: a list of parents asking for children costs one store call per level, whatever the page size.</summary>
public sealed class BatchingTests
{
    private const string Query = """
        query($first: Int) { units(first: $first) { nodes { name sections { name holdings { role duty { title } } } } } }
        """;

    [Fact]
    public async Task Units_with_their_sections_holdings_and_duties_cost_the_same_few_store_calls_for_5_or_50_units()
    {
        using var temp = new TempFolder();
        var sqlite = await Stores.NewSqliteAsync(temp);
        await sqlite.BulkLoadAsync(SyntheticDataset.Generate(1), LoadMode.Merge, null, CancellationToken.None);

        var (few, fewCalls) = await RunAsync(sqlite, 5);
        var (many, manyCalls) = await RunAsync(sqlite, 50);

        Assert.Equal(50, many.GetProperty("data").GetProperty("units").GetProperty("nodes").GetArrayLength());
        var titles = many.GetProperty("data").GetProperty("units").GetProperty("nodes").EnumerateArray()
            .SelectMany(u => u.GetProperty("sections").EnumerateArray())
            .SelectMany(s => s.GetProperty("holdings").EnumerateArray()).Count();
        Assert.True(titles > 50, $"the query should reach many duties; it reached {titles}");
        Assert.False(many.TryGetProperty("errors", out _));
        Assert.Equal(fewCalls, manyCalls);
        Assert.Equal(
            ["GetDutiesAsync", "ListHoldingsByAsync", "ListSectionsOfUnitsAsync", "ListUnitsAsync"],
            manyCalls.Keys.Order());
        Assert.All(manyCalls.Values, n => Assert.Equal(1, n));
        Assert.True(few.GetProperty("data").GetProperty("units").GetProperty("nodes").GetArrayLength() == 5);
    }

    private static async Task<(System.Text.Json.JsonElement Result, Dictionary<string, int> Calls)> RunAsync(IGraphStore inner, int first)
    {
        var (store, counter) = CountingStore.Over(inner);
        var result = await new ApiHarness(store).ExecuteAsync(Query, new { first });
        return (result, counter.Calls.ToDictionary());
    }
}
