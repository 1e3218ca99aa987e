using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Store;

public abstract partial class StoreContract
{
    [StoreFact]
    public async Task A_read_model_holds_the_jurisdiction_with_those_above_and_below_it_as_they_stood_on_the_date()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, None);

        var before = await store.LoadReadModelAsync("上犹县", new DateOnly(2024, 6, 1), None);
        var after = await store.LoadReadModelAsync("上犹县", new DateOnly(2025, 6, 1), None);
        var township = await store.LoadReadModelAsync("上犹县/营前镇", new DateOnly(2025, 6, 1), None);

        Assert.Equal(["上犹县", "上犹县/营前镇"], before.Jurisdictions.Select(j => j.Name));
        Assert.False(before.IsActive(before.Units.Single(u => u.Name == "县数据局")));
        Assert.True(after.IsActive(after.Units.Single(u => u.Name == "县数据局")));
        var office = after.Units.Single(u => u.Name == "县征收办");
        Assert.False(after.IsActive(office));
        Assert.True(before.IsActive(before.Units.Single(u => u.Name == "县征收办")));
        string HolderOf(ReadModel m, string title) => m.HoldingsOf(m.Duties.Single(d => d.Title == title)).Single().Unit;
        Assert.Equal("县征收办", HolderOf(before, "征收安置房分配"));
        Assert.Equal("县城市管理局", HolderOf(after, "征收安置房分配"));
        Assert.Equal(["上犹县", "上犹县/营前镇"], township.Jurisdictions.Select(j => j.Name));
        Assert.Contains(township.Units, u => u.Name == "县城市管理局");
        Assert.Contains(township.Duties, d => d.Title == "餐饮油烟扰民巡查");
        Assert.Equal(2, township.HoldingsOf(township.Duties.Single(d => d.Title == "餐饮油烟扰民巡查")).Count());
        await Assert.ThrowsAsync<StoreException>(() => store.LoadReadModelAsync("不存在县", new DateOnly(2025, 1, 1), None));
    }
}
