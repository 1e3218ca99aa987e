using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Store;

/// <summary>
/// What every store must do, in domain terms. A store's test class derives from this and says
/// how to make an empty store; the embedded store and the Neo4j store run the same facts.
/// </summary>
public abstract partial class StoreContract
{
    protected abstract Task<IGraphStore> NewStoreAsync(TempFolder temp);

    private static readonly CancellationToken None = CancellationToken.None;

    [StoreFact]
    public async Task A_bulk_load_stores_every_record_and_lists_dangling_references_as_warnings()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);

        var summary = await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, None);

        Assert.Equal((6, 3, 7, 9, 3), (summary.Units, summary.Sections, summary.Duties, summary.Holdings, summary.Correspondences));
        Assert.Equal(
        [
            "correspondences.csv:4: the county unit '县乡村振兴局' does not exist above 上犹县/营前镇: the office answers to nobody until it does",
            "duties.csv:10: the holder '县自然资源局' is not a unit of 上犹县/营前镇 or above it: imported as written, and an orphan until it exists",
        ], summary.Warnings.Select(w => w.ToString()).Order(StringComparer.Ordinal));
        var counts = await store.CountAsync(None);
        Assert.Equal((2, 6, 3, 7, 9, 3), (counts.Jurisdictions, counts.Units, counts.Sections, counts.Duties, counts.Holdings, counts.Correspondences));
    }

    [StoreFact]
    public async Task A_refused_load_lists_every_error_and_leaves_the_store_exactly_as_it_was()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, None);
        var before = await Stores.ExportTextAsync(store, temp);
        temp.Write("bad/units.csv", "行政区划,单位,编制数\n上犹县,县民政局,十二\n上犹县,县城市管理局,99\n");
        temp.Write("bad/sections.csv", "行政区划,单位,科室\n上犹县,县不存在局,办公室\n");

        var refused = await Assert.ThrowsAsync<DatasetRejectedException>(() =>
            store.BulkLoadAsync(DatasetFolder.Open(temp.File("bad")), LoadMode.Merge, null, None));

        Assert.Equal(["units.csv:2:3", "sections.csv:2:2"], refused.Errors.Select(e => e.Location));
        Assert.Equal(before, await Stores.ExportTextAsync(store, temp));
    }

    [StoreFact]
    public async Task A_section_defined_twice_through_a_name_its_unit_carries_is_refused_with_its_location()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        temp.Write("twice/units.csv", "行政区划,单位,挂牌名称\n上犹县,县人民政府办公室,县政府办\n");
        temp.Write("twice/sections.csv", "行政区划,单位,科室\n上犹县,县人民政府办公室,秘书股\n上犹县,县政府办,秘书股\n");

        var refused = await Assert.ThrowsAsync<DatasetRejectedException>(() =>
            store.BulkLoadAsync(DatasetFolder.Open(temp.File("twice")), LoadMode.Merge, null, None));

        Assert.Equal("sections.csv:3:3", Assert.Single(refused.Errors).Location);
        Assert.Equal(0, (await store.CountAsync(None)).Units);
    }

    [StoreFact]
    public async Task Unknown_columns_and_line_breaks_inside_fields_come_back_from_the_store_unchanged()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        temp.Write("extra/units.csv", "行政区划,单位,联系电话\n上犹县,县民政局,0797-1234567\n");
        temp.Write("extra/duties.csv", "行政区划,单位,事项名称,职责内容,办理时限\n上犹县,县民政局,临时救助,\"受理申请\r\n审核发放\",5个工作日\n");

        await store.BulkLoadAsync(DatasetFolder.Open(temp.File("extra")), LoadMode.Merge, null, None);
        var exported = await store.ExportAsync(None);

        Assert.Equal("0797-1234567", exported.Units.Single().Value.Extra["联系电话"]);
        var duty = exported.Duties.Single();
        Assert.Equal("受理申请\r\n审核发放", duty.Duty.Value.Description);
        Assert.Equal("5个工作日", duty.Holdings.Single().Value.Extra["办理时限"]);
    }

    [StoreFact]
    public async Task A_cancelled_load_leaves_the_store_exactly_as_it_was()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, None);
        var before = await Stores.ExportTextAsync(store, temp);
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage == "duties")
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.BulkLoadAsync(Graph.Generation.SyntheticDataset.Generate(3), LoadMode.Replace, progress, cancel.Token));

        Assert.Equal(before, await Stores.ExportTextAsync(store, temp));
    }

    [StoreFact]
    public async Task Merging_updates_records_by_key_replaces_a_listed_dutys_holders_and_removes_nothing_else()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, None);
        temp.Write("update/units.csv", "行政区划,单位,编制数\n上犹县,县城市管理局,35\n");
        temp.Write("update/duties.csv", "行政区划,单位,事项编码,事项名称,角色\n上犹县,县市场监督管理局,SY-CF-01,对餐饮服务业油烟污染的行政处罚,牵头\n");

        await store.BulkLoadAsync(DatasetFolder.Open(temp.File("update")), LoadMode.Merge, null, None);

        var unit = await store.FindUnitAsync("上犹县", "县城市管理局", None);
        Assert.Equal(35, unit!.StaffQuota);
        Assert.Null(unit.Kind);
        var duty = (await store.ListDutiesAsync(new DutyFilter(TextContains: "油烟污染的行政处罚"), new PageRequest(), None)).Items.Single();
        var holder = Assert.Single((await store.ListHoldingsAsync(new HoldingFilter(DutyId: duty.Id), new PageRequest(), None)).Items);
        Assert.Equal("县市场监督管理局", holder.Unit);
        Assert.Equal(7, (await store.CountAsync(None)).Duties);
    }

    [StoreFact]
    public async Task Replacing_removes_everything_stored_before()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await store.BulkLoadAsync(SmallCounty.Open(temp), LoadMode.Merge, null, None);
        temp.Write("other/units.csv", "行政区划,单位\n岢岚县,县发改工信科技商务局\n");

        await store.BulkLoadAsync(DatasetFolder.Open(temp.File("other")), LoadMode.Replace, null, None);

        var counts = await store.CountAsync(None);
        Assert.Equal((1, 1, 0, 0), (counts.Jurisdictions, counts.Units, counts.Duties, counts.Correspondences));
    }

    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
