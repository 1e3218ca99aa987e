using DutyGraph.Graph.Reforms;
using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Store;

public abstract partial class StoreContract
{
    private static Unit NewUnit(string jurisdiction, string name, params string[] aliases) =>
        new() { Jurisdiction = jurisdiction, Name = name, Aliases = aliases, Kind = "政府部门", Source = "test" };

    [StoreFact]
    public async Task A_created_unit_is_found_by_id_by_its_name_by_a_name_it_carries_and_from_a_township_below()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);

        var created = await UnitEdits.CreateAsync(store, NewUnit("上犹县", "县人民政府办公室（县政府办）", "县政府办"), None);

        var read = await store.GetUnitAsync(created.Id, None);
        Assert.Equal(created with { Aliases = [] }, read! with { Aliases = [] });
        Assert.Equal(["县政府办"], read.Aliases);
        Assert.Equal(created.Id, (await store.FindUnitAsync("上犹县", " 县人民政府办公室(县政府办) ", None))?.Id);
        Assert.Equal(created.Id, (await store.FindUnitAsync("上犹县", "县政府办", None))?.Id);
        Assert.Equal(created.Id, (await store.FindUnitAsync("上犹县/营前镇", "县政府办", None))?.Id);
        Assert.Null(await store.FindUnitAsync("岢岚县", "县政府办", None));
        Assert.Equal([created.Id], (await store.GetUnitsAsync([created.Id, 999_999], None)).Select(u => u.Id));
    }

    [StoreFact]
    public async Task A_second_unit_with_the_same_name_in_a_jurisdiction_is_refused_as_a_conflict()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await UnitEdits.CreateAsync(store, NewUnit("上犹县", "县民政局"), None);

        var refused = await Assert.ThrowsAsync<StoreException>(() => UnitEdits.CreateAsync(store, NewUnit("上犹县", "县民政局 "), None));

        Assert.Equal(StoreErrorCode.Conflict, refused.Code);
        Assert.Equal(1, (await store.CountAsync(None)).Units);
        await UnitEdits.CreateAsync(store, NewUnit("岢岚县", "县民政局"), None);
    }

    [StoreFact]
    public async Task Invalid_fields_are_refused_naming_the_field()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);

        var noName = await Assert.ThrowsAsync<StoreException>(() => UnitEdits.CreateAsync(store, NewUnit("上犹县", " "), None));
        var badPeriod = await Assert.ThrowsAsync<StoreException>(() => UnitEdits.CreateAsync(store, 
            NewUnit("上犹县", "县民政局") with { ValidFrom = new DateOnly(2024, 1, 1), ValidTo = new DateOnly(2023, 1, 1) }, None));
        var negative = await Assert.ThrowsAsync<StoreException>(() => UnitEdits.CreateAsync(store, NewUnit("上犹县", "县民政局") with { StaffQuota = -1 }, None));

        Assert.Equal(["name", "validTo", "staffQuota"], new[] { noName, badPeriod, negative }.Select(e => e.Field));
        Assert.Equal(0, (await store.CountAsync(None)).Units);
    }

    [StoreFact]
    public async Task Units_are_listed_a_page_at_a_time_with_filters_and_a_count_of_all_that_match()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), Graph.Store.LoadMode.Merge, null, None);

        var first = await store.ListUnitsAsync(new UnitFilter("上犹县"), new PageRequest(2), None);
        var second = await store.ListUnitsAsync(new UnitFilter("上犹县"), new PageRequest(2, first.EndCursor), None);
        var rest = await store.ListUnitsAsync(new UnitFilter("上犹县"), new PageRequest(10, second.EndCursor), None);
        var withTownships = await store.ListUnitsAsync(new UnitFilter("上犹县", IncludeLowerJurisdictions: true), new PageRequest(), None);
        var validIn2024 = await store.ListUnitsAsync(new UnitFilter("上犹县", ValidAt: new DateOnly(2024, 6, 1)), new PageRequest(), None);
        var byName = await store.ListUnitsAsync(new UnitFilter(NameContains: "城管"), new PageRequest(), None);

        Assert.Equal((4, true, false, false), (first.TotalCount, first.HasNextPage, second.HasNextPage, rest.HasNextPage));
        Assert.Equal(["县城市管理局", "县市场监督管理局", "县征收办", "县数据局"], first.Items.Concat(second.Items).Concat(rest.Items).Select(u => u.Name));
        Assert.Equal(6, withTownships.TotalCount);
        Assert.Equal(["县城市管理局", "县市场监督管理局", "县征收办"], validIn2024.Items.Select(u => u.Name));
        Assert.Equal(["县城市管理局"], byName.Items.Select(u => u.Name));
        var badCursor = await Assert.ThrowsAsync<StoreException>(() => store.ListUnitsAsync(new UnitFilter(), new PageRequest(5, "not-a-cursor"), None));
        Assert.Equal("after", badCursor.Field);
    }

    [StoreFact]
    public async Task Renaming_a_unit_carries_the_new_name_to_the_holdings_and_correspondences_that_named_it()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), Graph.Store.LoadMode.Merge, null, None);
        var unit = (await store.FindUnitAsync("上犹县", "县城市管理局", None))!;

        var renamed = await UnitEdits.UpdateAsync(store, unit.Id, u => u with { Name = "县城市管理和综合执法局" }, None);

        var holdings = (await store.ListHoldingsAsync(new HoldingFilter(UnitId: unit.Id), new PageRequest(), None)).Items;
        Assert.Equal("县城市管理和综合执法局", renamed.Name);
        Assert.Contains(holdings, h => h.Unit == "县城市管理和综合执法局");
        Assert.Contains(holdings, h => h.Unit == "县城管局");
        var correspondences = (await store.ListCorrespondencesAsync(new CorrespondenceFilter(CountyUnitId: unit.Id), new PageRequest(), None)).Items;
        Assert.Equal(["县城市管理和综合执法局"], correspondences.Select(c => c.CountyUnit));
        var moved = await Assert.ThrowsAsync<StoreException>(() => UnitEdits.UpdateAsync(store, renamed.Id, u => u with { Jurisdiction = "岢岚县" }, None));
        Assert.Equal("jurisdiction", moved.Field);
    }

    [StoreFact]
    public async Task A_unit_that_still_holds_duties_cannot_be_abolished_until_they_have_gone_elsewhere()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), Graph.Store.LoadMode.Merge, null, None);
        var market = (await store.FindUnitAsync("上犹县", "县市场监督管理局", None))!;
        var on = new DateOnly(2026, 1, 1);

        var refused = await Assert.ThrowsAsync<StoreException>(() => ReformSteps.AbolishUnitAsync(store, market.Id, on, None));
        foreach (var holding in (await store.ListHoldingsAsync(new HoldingFilter(UnitId: market.Id), new PageRequest(), None)).Items)
        {
            await HoldingEdits.EndAsync(store, holding.Id, on, None);
        }
        var abolished = await ReformSteps.AbolishUnitAsync(store, market.Id, on, None);

        Assert.Equal(StoreErrorCode.StillHoldsDuties, refused.Code);
        Assert.Equal(on, abolished.ValidTo);
        var sections = (await store.ListSectionsAsync(new SectionFilter(UnitId: market.Id), new PageRequest(), None)).Items;
        Assert.All(sections, s => Assert.Equal(on, s.ValidTo));
    }

    [StoreFact]
    public async Task Ending_a_unit_by_update_or_abolishing_it_again_later_is_refused()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), Graph.Store.LoadMode.Merge, null, None);
        var market = (await store.FindUnitAsync("上犹县", "县市场监督管理局", None))!;
        var office = (await store.FindUnitAsync("上犹县", "县征收办", None))!;

        var ended = await Assert.ThrowsAsync<StoreException>(() => UnitEdits.UpdateAsync(store, market.Id, u => u with { ValidTo = new DateOnly(2026, 1, 1) }, None));
        var again = await Assert.ThrowsAsync<StoreException>(() => ReformSteps.AbolishUnitAsync(store, office.Id, new DateOnly(2030, 1, 1), None));

        Assert.Equal(StoreErrorCode.StillHoldsDuties, ended.Code);
        Assert.Equal((StoreErrorCode.InvalidArgument, "on"), (again.Code, again.Field));
        Assert.Equal(new DateOnly(2024, 8, 1), (await store.GetUnitAsync(office.Id, None))!.ValidTo);
    }

    [StoreFact]
    public async Task Names_a_unit_carries_find_it_in_any_spelling_and_serve_to_create_its_sections()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        var unit = await UnitEdits.CreateAsync(store, NewUnit("上犹县", "县人民政府办公室", "县政府办（外事办）"), None);

        var found = await store.FindUnitAsync("上犹县", " 县政府办(外事办)", None);
        var section = await SectionEdits.CreateAsync(store, new Section { Jurisdiction = "上犹县", Unit = "县政府办（外事办）", Name = "秘书股", Source = "test" }, None);
        var tooMany = await Assert.ThrowsAsync<StoreException>(() => store.ListUnitsAsync(new UnitFilter(), new PageRequest(PageRequest.MaxSize + 1), None));

        Assert.Equal(unit.Id, found?.Id);
        Assert.Equal(unit.Id, section.UnitId);
        Assert.Equal("first", tooMany.Field);
    }

    [StoreFact]
    public async Task Sections_are_created_updated_and_abolished_within_their_unit()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        var unit = await UnitEdits.CreateAsync(store, NewUnit("淮北市", "市财政局"), None);

        var section = await SectionEdits.CreateAsync(store, new Section
        {
            Jurisdiction = "淮北市", Unit = "市财政局", Name = "政府采购监督管理办公室", StaffQuota = 2, Source = "test",
        }, None);
        var updated = await SectionEdits.UpdateAsync(store, section.Id, s => s with { StaffQuota = 5 }, None);
        var abolished = await ReformSteps.AbolishSectionAsync(store, section.Id, new DateOnly(2025, 1, 1), None);
        var orphan = await Assert.ThrowsAsync<StoreException>(() => SectionEdits.CreateAsync(store, new Section
        {
            Jurisdiction = "淮北市", Unit = "市不存在局", Name = "办公室", Source = "test",
        }, None));

        Assert.Equal((unit.Id, 5), (updated.UnitId, updated.StaffQuota));
        Assert.Equal(new DateOnly(2025, 1, 1), abolished.ValidTo);
        Assert.Equal((StoreErrorCode.NotFound, "unit"), (orphan.Code, orphan.Field));
        Assert.Equal([section.Id], (await store.GetSectionsAsync([section.Id], None)).Select(s => s.Id));
    }

    [StoreFact]
    public async Task A_holder_that_does_not_exist_yet_is_kept_as_written_and_linked_once_it_is_created()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        var duty = await DutyEdits.CreateAsync(store, new Duty { Jurisdiction = "上犹县/营前镇", Title = "违法用地巡查上报", Category = "配合履职", Source = "test" }, None);

        var dangling = await HoldingEdits.AssignAsync(store, new Holding { DutyId = duty.Id, Unit = "县自然资源局", Source = "test" }, None);
        var unit = await UnitEdits.CreateAsync(store, NewUnit("上犹县", "县自然资源局"), None);
        var linked = (await store.ListHoldingsAsync(new HoldingFilter(DutyId: duty.Id), new PageRequest(), None)).Items.Single();
        var twice = await Assert.ThrowsAsync<StoreException>(() =>
            HoldingEdits.AssignAsync(store, new Holding { DutyId = duty.Id, Unit = "县自然资源局", Source = "test" }, None));

        Assert.Null(dangling.UnitId);
        Assert.Equal(unit.Id, linked.UnitId);
        Assert.Equal(StoreErrorCode.Conflict, twice.Code);
        await HoldingEdits.RemoveAsync(store, linked.Id, None);
        Assert.Equal(0, (await store.CountAsync(None)).Holdings);
    }

    [StoreFact]
    public async Task A_township_duty_given_to_a_county_unit_by_name_is_linked_to_that_unit_and_not_to_one_of_another_county()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await UnitEdits.CreateAsync(store, NewUnit("崇义县", "县自然资源局"), None);
        var unit = await UnitEdits.CreateAsync(store, NewUnit("上犹县", "县自然资源局"), None);
        var duty = await DutyEdits.CreateAsync(store, new Duty { Jurisdiction = "上犹县/营前镇", Title = "违法用地巡查上报", Category = "配合履职", Source = "test" }, None);

        var holding = await HoldingEdits.AssignAsync(store, new Holding { DutyId = duty.Id, Unit = "县自然资源局", Source = "test" }, None);

        Assert.Equal(unit.Id, holding.UnitId);
    }

    [StoreFact]
    public async Task Duties_are_keyed_by_code_in_their_list_and_found_by_text_and_category()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        var duty = await DutyEdits.CreateAsync(store, new Duty { Jurisdiction = "上犹县", Code = "SY-01", Title = "食品经营许可", Category = "行政许可", Source = "test" }, None);

        var clash = await Assert.ThrowsAsync<StoreException>(() =>
            DutyEdits.CreateAsync(store, new Duty { Jurisdiction = "上犹县", Code = "SY-01", Title = "别的事项", Source = "test" }, None));
        await DutyEdits.CreateAsync(store, new Duty { Jurisdiction = "上犹县/营前镇", Code = "SY-01", Title = "食品经营许可", Source = "test" }, None);
        var updated = await DutyEdits.UpdateAsync(store, duty.Id, d => d with { Description = "依法审查食品经营许可申请" }, None);
        var found = await store.ListDutiesAsync(new DutyFilter("上犹县", "行政许可", "审查"), new PageRequest(), None);

        Assert.Equal(StoreErrorCode.Conflict, clash.Code);
        Assert.Equal([updated], found.Items);
        Assert.Equal(2, (await store.ListDutiesAsync(new DutyFilter("上犹县", IncludeLowerJurisdictions: true), new PageRequest(), None)).TotalCount);
    }

    [StoreFact]
    public async Task A_correspondence_names_a_township_under_its_county_and_links_office_and_county_unit()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        var county = await UnitEdits.CreateAsync(store, NewUnit("上犹县", "县城市管理局"), None);
        var office = await UnitEdits.CreateAsync(store, NewUnit("上犹县/营前镇", "营前镇综合行政执法队"), None);

        var added = await CorrespondenceEdits.AddAsync(store, new Correspondence
        {
            Township = "上犹县/营前镇", TownshipOffice = "营前镇综合行政执法队", CountyUnit = "县城市管理局", Source = "test",
        }, None);
        var bare = await Assert.ThrowsAsync<StoreException>(() => CorrespondenceEdits.AddAsync(store, new Correspondence
        {
            Township = "营前镇", TownshipOffice = "x", CountyUnit = "y", Source = "test",
        }, None));

        Assert.Equal((office.Id, county.Id), (added.OfficeUnitId, added.CountyUnitId));
        var twice = await Assert.ThrowsAsync<StoreException>(() => CorrespondenceEdits.AddAsync(store, added with { Id = 0, Note = "again" }, None));
        Assert.Equal(StoreErrorCode.Conflict, twice.Code);
        Assert.Equal("township", bare.Field);
        await CorrespondenceEdits.RemoveAsync(store, added.Id, None);
        var missing = await Assert.ThrowsAsync<StoreException>(() => CorrespondenceEdits.RemoveAsync(store, added.Id, None));
        Assert.Equal(StoreErrorCode.NotFound, missing.Code);
    }
}
