using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Api;

/// <summary>Two staff editing one record at once: each edit changes only what it names, so neither loses the other's.</summary>
public sealed class ConcurrentEditTests
{
    [Fact]
    public async Task Two_concurrent_updates_of_different_fields_of_one_unit_both_survive()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var id = await server.UnitIdAsync("县城市管理局");
        const string SetKind = "mutation($id: ID!, $kind: String) { updateUnit(input: { id: $id, kind: $kind }) { unit { kind } errors { message } } }";
        const string SetQuota = "mutation($id: ID!, $quota: Int) { updateUnit(input: { id: $id, staffQuota: $quota }) { unit { staffQuota } errors { message } } }";

        var lost = new List<string>();
        for (var round = 1; round <= 25; round++)
        {
            var kind = $"政府部门{round}";
            var edits = await Task.WhenAll(
                server.MutateAsync("updateUnit", SetKind, new { id, kind }),
                server.MutateAsync("updateUnit", SetQuota, new { id, quota = round }));
            Assert.All(edits, e => Assert.Empty(e.Items("errors")));
            var unit = (await server.DataAsync("query($id: ID!) { node(id: $id) { ... on Unit { kind staffQuota } } }", new { id })).GetProperty("node");
            if (unit.Text("kind") != kind || unit.GetProperty("staffQuota").GetInt32() != round)
            {
                lost.Add($"round {round}: kind {unit.Text("kind")}, staffQuota {unit.GetProperty("staffQuota")}");
            }
        }

        Assert.Empty(lost);
    }
}
