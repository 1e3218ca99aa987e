using DutyGraph.Graph.Common;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Store;

public abstract partial class StoreContract
{
    /// <summary>The duty with each of its text fields set to a value naming the field.</summary>
    private static Duty EachFieldNamed(Duty duty, string tag) => TextField<Duty>.SetAll(Duty.TextFields, duty, f => $"{tag}-{f.Name}");

    private static void AssertEachFieldNamed(Duty duty, string tag)
    {
        Assert.All(Duty.TextFields, f => Assert.Equal($"{tag}-{f.Name}", f.Get(duty)));
    }

    [StoreFact]
    public async Task Each_text_field_of_a_duty_keeps_its_own_value_when_created_updated_and_read_back()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);

        var created = await DutyEdits.CreateAsync(store, EachFieldNamed(new Duty { Jurisdiction = "上犹县", Title = "临时救助", Source = "test" }, "created"), None);
        var afterCreate = await store.GetDutyAsync(created.Id, None);
        var updated = await DutyEdits.UpdateAsync(store, created.Id, d => EachFieldNamed(d, "updated"), None);
        var afterUpdate = await store.GetDutyAsync(created.Id, None);

        AssertEachFieldNamed(afterCreate!, "created");
        AssertEachFieldNamed(updated, "updated");
        AssertEachFieldNamed(afterUpdate!, "updated");
        Assert.Equal(("临时救助", "test"), (afterUpdate!.Title, afterUpdate.Source));
    }

    [StoreFact]
    public async Task Each_text_field_of_a_duty_is_read_from_its_own_column_loaded_in_bulk_and_exported_under_it_again()
    {
        using var temp = new TempFolder();
        var store = await NewStoreAsync(temp);
        var columns = DatasetFiles.DutyColumns.Texts;
        var header = "行政区划,单位,事项名称," + string.Join(',', columns.Select(t => t.Column.Chinese));
        var rows = Enumerable.Range(1, 70).Select(i => $"上犹县,县民政局,事项{i}," + string.Join(',', columns.Select(t => $"{i}-{t.Field.Name}")));
        temp.Write("fields/duties.csv", header + "\n" + string.Join('\n', rows) + "\n");

        await store.BulkLoadAsync(DatasetFolder.Open(temp.File("fields")), LoadMode.Merge, null, None);
        var exported = await store.ExportAsync(None);

        Assert.Equal(70, exported.Duties.Count);
        Assert.All(exported.Duties, d => AssertEachFieldNamed(d.Duty.Value, d.Duty.Value.Title["事项".Length..]));
        var written = DutyRows.Write(exported.Duties[0].Duty.Value, exported.Duties[0].Holdings.Single().Value);
        Assert.All(columns, t => Assert.Equal(t.Field.Get(exported.Duties[0].Duty.Value), written[t.Column]));
    }
}
