using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Sections;
using System.Diagnostics;
using System.Globalization;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Neo4j.Store;
using DutyGraph.Graph.Sqlite;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;
using DutyGraph.Server.Hosting;

// The store contract's workload, timed: a bulk load, the reads the GraphQL API makes (pages,
// batches by id, name lookups, a county's read model) and single-record writes, each repeated
// and reported as p50 / p99. It runs against IGraphStore only, so both stores are measured with
// the same workload: STORE is a SQLite file, or "neo4j" for the Neo4j of NEO4J_URI, NEO4J_USERNAME
// and NEO4J_PASSWORD (whose database the load REPLACES: use one kept for benchmarks).
//   dotnet run -c Release --project bench/StoreBench -- DATASET_DIR STORE.db|neo4j [REPEATS=200]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: StoreBench DATASET_DIR STORE.db|neo4j [REPEATS=200]");
    return 2;
}
var repeats = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
var ct = CancellationToken.None;
IGraphStore store;
if (args[1] == "neo4j")
{
    var (settings, problem) = new Neo4jOptions().Resolve();
    if (settings is null)
    {
        Console.Error.WriteLine($"StoreBench: {problem}");
        return 2;
    }
    store = Neo4jGraphStore.Connect(settings with { RequestTimeout = TimeSpan.FromMinutes(10) });
}
else
{
    File.Delete(args[1]);
    store = new SqliteGraphStore(args[1]);
}
await using var owned = (IAsyncDisposable)store;
await store.InitializeAsync(ct);
Console.WriteLine($"store: {store.Location}");

var clock = Stopwatch.StartNew();
var summary = await store.BulkLoadAsync(DatasetFolder.Open(args[0], ct), LoadMode.Replace, null, ct);
var counts = await store.CountAsync(ct);
var rows = counts.Units + counts.Sections + counts.Duties + counts.Holdings + counts.Correspondences;
Console.WriteLine($"bulk load: {clock.Elapsed.TotalSeconds:F1} s, {rows:N0} records ({rows / clock.Elapsed.TotalSeconds:N0}/s): " +
    $"{counts.Units:N0} units, {counts.Sections:N0} sections, {counts.Duties:N0} duties, {counts.Holdings:N0} holdings");

var jurisdictions = await store.ListJurisdictionsAsync(ct);
var county = jurisdictions.First(j => j.Level == DutyGraph.Graph.Jurisdictions.JurisdictionLevel.County).Name;
var township = jurisdictions.First(j => j.Parent == county).Name;
var duties = (await store.ListDutiesAsync(new DutyFilter(county), PageRequest.All, ct)).Items;
var units = (await store.ListUnitsAsync(new UnitFilter(county), PageRequest.All, ct)).Items;
var random = new Random(7);
long[] SomeDutyIds(int n) => [.. Enumerable.Range(0, n).Select(_ => duties[random.Next(duties.Count)].Id)];

async Task Time(string what, Func<int, Task> work, int times)
{
    await work(-1);
    var ms = new List<double>(times);
    for (var i = 0; i < times; i++)
    {
        var one = Stopwatch.StartNew();
        await work(i);
        ms.Add(one.Elapsed.TotalMilliseconds);
    }
    ms.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what,-54} p50 {ms[ms.Count / 2],8:F2} ms   p99 {ms[(int)Math.Min(ms.Count - 1, Math.Ceiling(ms.Count * 0.99) - 1)],8:F2} ms   ({times} runs)"));
}

await Time("units of a county, first page of 50", _ => store.ListUnitsAsync(new UnitFilter(county), new PageRequest(50), ct), repeats);
await Time("duties of a county, page 2 of 50 (by cursor)", async _ =>
{
    var first = await store.ListDutiesAsync(new DutyFilter(county), new PageRequest(50), ct);
    await store.ListDutiesAsync(new DutyFilter(county), new PageRequest(50, first.EndCursor), ct);
}, repeats);
await Time("duties whose text contains 许可, first page of 50", _ => store.ListDutiesAsync(new DutyFilter(county, TextContains: "许可"), new PageRequest(50), ct), repeats);
await Time("100 duties by id (one batch)", _ => store.GetDutiesAsync(SomeDutyIds(100), ct), repeats);
await Time("holdings of 100 duties (one batch)", _ => store.ListHoldingsByAsync(HoldingLink.Duty, SomeDutyIds(100), ct), repeats);
await Time("a county unit found by name from a township", i => store.FindUnitAsync(township, units[Math.Max(0, i) % units.Count].Name, ct), repeats);
await Time("read model of one county with its townships", _ => store.LoadReadModelAsync(county, new DateOnly(2025, 6, 30), ct), Math.Max(5, repeats / 20));
await Time("create a unit, rename it, give it a duty and a holder", async i =>
{
    var unit = await UnitEdits.CreateAsync(store, new Unit { Jurisdiction = county, Name = $"县测试局{i + 2}", Source = "bench" }, ct);
    await UnitEdits.UpdateAsync(store, unit.Id, u => u with { Name = $"县测试中心{i + 2}" }, ct);
    var duty = await DutyEdits.CreateAsync(store, new Duty { Jurisdiction = county, Title = $"测试事项{i + 2}", Category = "公共服务", Source = "bench" }, ct);
    await HoldingEdits.AssignAsync(store, new Holding { DutyId = duty.Id, Unit = $"县测试中心{i + 2}", UnitId = unit.Id, Source = "bench" }, ct);
}, repeats);
clock.Restart();
var exported = await store.ExportAsync(ct);
Console.WriteLine($"export of everything: {clock.Elapsed.TotalSeconds:F1} s ({exported.Duties.Count:N0} duties)");
Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):N0} MB");
return 0;
