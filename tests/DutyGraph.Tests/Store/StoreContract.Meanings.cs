using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Store;

public abstract partial class StoreContract
{
    [StoreFact]
    public async Task A_cancelled_duty_keeps_its_day_whichever_of_its_rows_says_so_and_the_export_says_so_again()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        temp.Write("c/units.csv", "行政区划,单位\n上犹县/营前镇,营前镇社会事务办公室\n");
        temp.Write("c/duties.csv", """
            行政区划,单位,事项编码,事项名称,事项类型,生效日期,失效日期,状态
            上犹县/营前镇,营前镇社会事务办公室,YQ-1,独生子女光荣证办理,基本履职,2019-01-01,2020-01-01,
            上犹县/营前镇,营前镇社会事务办公室,YQ-1,独生子女光荣证办理,基本履职,2020-01-01,2024-05-01,取消
            上犹县/营前镇,,YQ-2,生育服务卡办理,基本履职,,2024-05-01,取消
            上犹县/营前镇,营前镇社会事务办公室,YQ-3,高龄津贴申请受理,基本履职,,,有效
            """);

        await store.BulkLoadAsync(DatasetFolder.Open(temp.File("c")), LoadMode.Merge, null, None);

        var duties = (await store.ListDutiesAsync(new DutyFilter(), new PageRequest(10), None)).Items.OrderBy(d => d.Code).ToList();
        Assert.Equal([new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 1), null], duties.Select(d => d.CancelledOn));
        var exported = CsvTable.Read(Path.Combine(await ExportFolderAsync(store, temp), DatasetFiles.Duties), [], new List<Problem>());
        Assert.Equal(
        [
            "YQ-1 营前镇社会事务办公室 2019-01-01–2020-01-01 ", "YQ-1 营前镇社会事务办公室 2020-01-01–2024-05-01 取消",
            "YQ-2  –2024-05-01 取消", "YQ-3 营前镇社会事务办公室 – ",
        ], exported.Select(r => $"{r.Optional("事项编码")} {r.Optional("单位")} {r.Optional("生效日期")}–{r.Optional("失效日期")} {r.Optional("状态")}").Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task A_correction_of_how_a_duty_is_read_is_kept_by_its_list_and_key_and_a_later_one_replaces_it()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        var stamp = await store.ChangeStampAsync(None);

        await store.CorrectDutyAsync(new DutyCorrection("上犹县", "C:SY-XK-01", "食品生产", DutyAction.Permit, null, "staff", DateTimeOffset.UnixEpoch), None);
        await store.CorrectDutyAsync(new DutyCorrection("上犹县", "C:SY-XK-01", "食品经营", null, DutyScope.Internal, null, DateTimeOffset.UnixEpoch.AddDays(1)), None);
        await store.CorrectDutyAsync(new DutyCorrection("上犹县/营前镇", "T:餐饮油烟扰民巡查", null, DutyAction.Inspection, null, null, DateTimeOffset.UnixEpoch), None);

        var corrections = await store.ListCorrectionsAsync(None);
        Assert.Equal(
        [
            new DutyCorrection("上犹县", "C:SY-XK-01", "食品经营", null, DutyScope.Internal, null, DateTimeOffset.UnixEpoch.AddDays(1)),
            new DutyCorrection("上犹县/营前镇", "T:餐饮油烟扰民巡查", null, DutyAction.Inspection, null, null, DateTimeOffset.UnixEpoch),
        ], corrections);
        Assert.True(await store.ChangeStampAsync(None) > stamp);
    }

    [StoreFact]
    public async Task A_cluster_marked_not_a_duplicate_keeps_that_mark()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);

        await store.MarkClusterAsync(new ClusterMark("abc", ClusterStatus.NotDuplicate, "农药与兽药是两种许可", "staff", DateTimeOffset.UnixEpoch), None);

        Assert.Equal(ClusterStatus.NotDuplicate, Assert.Single(await store.ListClusterMarksAsync(None)).Status);
    }

    [StoreFact]
    public async Task An_unmarked_cluster_has_no_mark_and_unmarking_it_again_says_there_was_none()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        await store.MarkClusterAsync(new ClusterMark("abc", ClusterStatus.Intentional, "两个单位确实分工负责", "staff", DateTimeOffset.UnixEpoch), None);
        await store.MarkClusterAsync(new ClusterMark("def", ClusterStatus.Resolved, "已划转", "staff", DateTimeOffset.UnixEpoch), None);
        var stamp = await store.ChangeStampAsync(None);

        Assert.True(await store.UnmarkClusterAsync("abc", None));
        Assert.False(await store.UnmarkClusterAsync("abc", None));

        Assert.Equal("def", Assert.Single(await store.ListClusterMarksAsync(None)).Key);
        Assert.True(await store.ChangeStampAsync(None) > stamp);
    }

    private static async Task<string> ExportFolderAsync(IGraphStore store, TempFolder temp)
    {
        var folder = temp.Sub("export-" + Guid.NewGuid().ToString("N"));
        await DatasetWriter.WriteFolderAsync(await store.ExportAsync(None), folder, None);
        return folder;
    }
}
