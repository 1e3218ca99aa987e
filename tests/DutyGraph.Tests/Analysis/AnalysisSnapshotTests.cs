using DutyGraph.Graph.Reforms;
using System.Reflection;
using DutyGraph.Graph.Analysis;
using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Analysis;

/// <summary>The analyses' snapshots are brought up to date off the request path, from the rows a change touched, and only where it touched.</summary>
public sealed class AnalysisSnapshotTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Day = new(2025, 6, 30);

    private static async Task<IGraphStore> SeededAsync(TempFolder temp)
    {
        var store = await Stores.NewSqliteAsync(temp);
        await store.BulkLoadAsync(DatasetFolder.Open(Paths.Seed), LoadMode.Merge, null, None);
        return store;
    }

    [Fact]
    public async Task Edits_to_one_list_are_brought_in_from_the_changed_rows_and_other_lists_keep_their_snapshot()
    {
        using var temp = new TempFolder();
        await using var store = (IAsyncDisposable)await SeededAsync(temp);
        var graph = (IGraphStore)store;
        using var models = new AnalysisModels(graph);
        var county = await models.GetAsync("上犹县", Day, None);
        var other = await models.GetAsync("连江县", Day, None);

        // An editor's day: a new unit with a section takes on a new duty, a duty is renamed, a holding ends, a section goes, a township office gets a counterpart.
        var unit = await UnitEdits.CreateAsync(graph, new Unit { Jurisdiction = "上犹县", Name = "县低空经济发展中心", Kind = "事业单位", Source = "test" }, None);
        var section = await SectionEdits.CreateAsync(graph, new Section { Jurisdiction = "上犹县", Unit = unit.Name, Name = "无人机管理股", Source = "test" }, None);
        var duty = await DutyEdits.CreateAsync(graph, new Duty { Jurisdiction = "上犹县", Title = "民用无人机飞行活动协调管理", Category = "行政检查", Source = "test" }, None);
        await HoldingEdits.AssignAsync(graph, new Holding { DutyId = duty.Id, Unit = unit.Name, Section = section.Name, Source = "test" }, None);
        var renamed = county.ReadModel.Duties.First(d => county.ReadModel.HoldingsOf(d).Any());
        await DutyEdits.UpdateAsync(graph, renamed.Id, d => d with { Title = d.Title + "（含网上办理）" }, None);
        var ended = county.ReadModel.Holdings.First(h => h.DutyId != renamed.Id);
        await HoldingEdits.EndAsync(graph, ended.Id, new DateOnly(2025, 1, 1), None);
        var gone = county.ReadModel.Sections.First(s => county.ReadModel.Holdings.All(h => h.SectionId != s.Id));
        await ReformSteps.AbolishSectionAsync(graph, gone.Id, new DateOnly(2025, 1, 1), None);
        var township = county.ReadModel.Jurisdictions.First(j => j.Name.StartsWith("上犹县/", StringComparison.Ordinal)).Name;
        await CorrespondenceEdits.AddAsync(graph, new Correspondence { Township = township, TownshipOffice = "便民服务中心", CountyUnit = unit.Name, Source = "test" }, None);
        await models.CatchUpAsync(None);

        var after = await models.GetAsync("上犹县", Day, None);
        var fresh = await graph.LoadReadModelAsync("上犹县", Day, None);
        Assert.Same(other.ReadModel, (await models.GetAsync("连江县", Day, None)).ReadModel);
        Assert.NotSame(county.ReadModel, after.ReadModel);
        Assert.Equal(Rows(fresh), Rows(after.ReadModel));
        Assert.Equal("县低空经济发展中心", after.Ask("无人机乱飞谁管", "上犹县", 1).Answers[0].Unit.Name);
    }

    [Fact]
    public async Task A_reader_during_a_rebuild_gets_the_old_snapshot_at_once_and_the_new_one_after_the_swap()
    {
        using var temp = new TempFolder();
        await using var real = (IAsyncDisposable)await SeededAsync(temp);
        var gate = new TaskCompletionSource();
        var store = GatedStore.Over((IGraphStore)real, gate.Task);
        using var models = new AnalysisModels(store);
        const string question = "无人机乱飞谁管";
        var before = await models.GetAsync("上犹县", Day, None);
        var unit = await UnitEdits.CreateAsync(((IGraphStore)real), new Unit { Jurisdiction = "上犹县", Name = "县低空经济发展中心", Source = "test" }, None);
        var duty = await DutyEdits.CreateAsync(((IGraphStore)real), new Duty { Jurisdiction = "上犹县", Title = "民用无人机飞行活动协调管理", Source = "test" }, None);
        await HoldingEdits.AssignAsync((IGraphStore)real, new Holding { DutyId = duty.Id, Unit = unit.Name, Source = "test" }, None);
        ((GatedStore)(object)store).Closed = true;

        var during = await models.GetAsync("上犹县", Day, None).WaitAsync(TimeSpan.FromSeconds(5));
        var catchingUp = models.CatchUpAsync(None);
        var stillDuring = await models.GetAsync("上犹县", Day, None).WaitAsync(TimeSpan.FromSeconds(5));
        gate.SetResult();
        await catchingUp;
        var after = await models.GetAsync("上犹县", Day, None);

        Assert.Same(before, during);
        Assert.Same(before, stillDuring);
        Assert.NotEqual("县低空经济发展中心", during.Ask(question, "上犹县", 1).Answers.FirstOrDefault()?.Unit.Name);
        Assert.True(after.Stamp > before.Stamp);
        Assert.Equal("县低空经济发展中心", after.Ask(question, "上犹县", 1).Answers[0].Unit.Name);
    }

    private static List<string> Rows(ReadModel model) =>
    [
        .. model.Units.Select(u => $"U{u.Id}:{u.Name}:{u.ValidTo}"),
        .. model.Sections.Select(s => $"S{s.Id}:{s.Name}:{s.ValidTo}"),
        .. model.Duties.Select(d => $"D{d.Id}:{d.Title}"),
        .. model.Holdings.Select(h => $"H{h.Id}:{h.DutyId}:{h.UnitId}:{h.SectionId}:{h.ValidTo}"),
        .. model.Duties.SelectMany(d => model.EndedHoldingsOf(d)).Select(h => $"E{h.Id}"),
        .. model.Correspondences.Select(c => $"C{c.Id}:{c.TownshipOffice}:{c.CountyUnitId}"),
        .. model.Jurisdictions.Select(j => $"J{j.Name}"),
    ];

    /// <summary>A store whose change log answers only once the gate opens (while closed): a rebuild held halfway.</summary>
    public class GatedStore : DispatchProxy
    {
        public bool Closed { get; set; }

        private IGraphStore _inner = null!;
        private Task _gate = Task.CompletedTask;

        public static IGraphStore Over(IGraphStore inner, Task gate)
        {
            var proxy = Create<IGraphStore, GatedStore>();
            var gated = (GatedStore)(object)proxy;
            (gated._inner, gated._gate) = (inner, gate);
            return proxy;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            var result = method!.Invoke(_inner, args);
            if (Closed && method.Name == nameof(IGraphStore.ChangesSinceAsync) && result is Task<StoreChanges> changes)
            {
                return WaitThen(changes);
            }
            return result;
        }

        private async Task<StoreChanges> WaitThen(Task<StoreChanges> changes)
        {
            await _gate;
            return await changes;
        }
    }
}
