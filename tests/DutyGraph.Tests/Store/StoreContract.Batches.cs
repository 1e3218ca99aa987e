using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Store;

public abstract partial class StoreContract
{
    [StoreFact]
    public async Task Children_of_many_parents_come_back_in_one_call_each_way_and_match_the_one_by_one_lists()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, None);
        var units = (await store.ListUnitsAsync(new UnitFilter(), PageRequest.All, None)).Items;
        var sections = (await store.ListSectionsAsync(new SectionFilter(), PageRequest.All, None)).Items;
        var duties = (await store.ListDutiesAsync(new DutyFilter(), PageRequest.All, None)).Items;
        var holdings = (await store.ListHoldingsAsync(new HoldingFilter(), PageRequest.All, None)).Items;
        var correspondences = (await store.ListCorrespondencesAsync(new CorrespondenceFilter(), PageRequest.All, None)).Items;
        long[] unitIds = [.. units.Select(u => u.Id)];

        Assert.Equal(sections, await store.ListSectionsOfUnitsAsync(unitIds, None));
        Assert.Equal(holdings, await store.ListHoldingsByAsync(HoldingLink.Duty, [.. duties.Select(d => d.Id)], None));
        Assert.Equal(holdings.Where(h => h.UnitId is not null), await store.ListHoldingsByAsync(HoldingLink.Unit, unitIds, None));
        Assert.Equal(holdings.Where(h => h.SectionId is not null),
            await store.ListHoldingsByAsync(HoldingLink.Section, [.. sections.Select(s => s.Id)], None));
        Assert.Equal([holdings[1]], await store.ListHoldingsByAsync(HoldingLink.Holding, [holdings[1].Id, 999_999], None));
        Assert.Equal(correspondences.Where(k => k.CountyUnitId is not null),
            await store.ListCorrespondencesByAsync(CorrespondenceLink.CountyUnit, unitIds, None));
        Assert.Equal(correspondences.Where(k => k.OfficeUnitId is not null),
            await store.ListCorrespondencesByAsync(CorrespondenceLink.OfficeUnit, unitIds, None));
        Assert.Equal([correspondences[0]], await store.ListCorrespondencesByAsync(CorrespondenceLink.Correspondence, [correspondences[0].Id], None));
        Assert.Empty(await store.ListSectionsOfUnitsAsync([], None));
    }
}
