using DutyGraph.Graph.Reforms;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Store;

public abstract partial class StoreContract
{
    [StoreFact]
    public async Task A_reform_step_moves_holdings_then_abolishes_and_a_refused_step_changes_nothing()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, None);
        var day = new DateOnly(2025, 1, 1);
        var urban = await store.FindUnitAsync("上犹县", "县城市管理局", None);
        var market = (await store.FindUnitAsync("上犹县", "县市场监督管理局", None))!;
        var held = (await store.ListHoldingsByAsync(HoldingLink.Unit, [urban!.Id], None)).Where(h => h.IsValidAt(day)).ToList();
        var before = await Stores.ExportTextAsync(store, temp);

        var halfway = await Assert.ThrowsAsync<StoreException>(() => ReformSteps.ApplyAsync(store, 
            new ReformStep(day, [new HoldingMove(held[0].Id, market.Id)], "改革方案", AbolishUnits: [urban.Id]), None));
        var badTarget = await Assert.ThrowsAsync<StoreException>(() => ReformSteps.ApplyAsync(store, 
            new ReformStep(day, [new HoldingMove(held[0].Id, market.Id), new HoldingMove(held[1].Id, 999_999)], "改革方案"), None));
        var unchanged = await Stores.ExportTextAsync(store, temp);
        var outcome = await ReformSteps.ApplyAsync(store, 
            new ReformStep(day, [.. held.Select(h => new HoldingMove(h.Id, market.Id))], "改革方案", AbolishUnits: [urban.Id]), None);

        Assert.Equal((StoreErrorCode.StillHoldsDuties, "abolishUnits[0]"), (halfway.Code, halfway.Field));
        Assert.Equal((StoreErrorCode.NotFound, "moves[1].toUnit"), (badTarget.Code, badTarget.Field));
        Assert.Equal(before, unchanged);
        Assert.Equal(held.Select(h => h.Id), outcome.Ended.Select(h => h.Id));
        Assert.All(outcome.Ended, h => Assert.Equal(day, h.ValidTo));
        Assert.All(outcome.Created, h => Assert.Equal(("县市场监督管理局", day, "改革方案"), (h.Unit, h.ValidFrom, h.Source)));
        Assert.Equal(day, outcome.AbolishedUnits.Single().ValidTo);
        Assert.Equal(["综合执法大队"], outcome.AbolishedSections.Select(s => s.Name));
        Assert.All(await store.ListHoldingsByAsync(HoldingLink.Unit, [urban.Id], None), h => Assert.False(h.IsValidAt(day)));
    }
}
