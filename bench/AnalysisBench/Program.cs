using System.Diagnostics;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Analysis.Text;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sqlite;
using DutyGraph.Graph.Store;

// The analyses on a large store (bench/analysis.sh makes one from `dutygraph generate --counties 100`):
// read-model build time and memory, the duplicate scan of the whole set, who-is-responsible
// latency once warm, and the recall of the duplicate candidates against all pairs on a subset.
//   dotnet run -c Release --project bench/AnalysisBench -- STORE THESAURUS [SUBSET_DUTIES]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: AnalysisBench STORE.db THESAURUS.csv [SUBSET_DUTIES=20000]");
    return 2;
}
var subsetSize = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
var asOf = new DateOnly(2025, 6, 30);
await using var store = new SqliteGraphStore(args[0]);
var thesaurus = new Thesaurus(ThesaurusFile.Read(args[1]));

GC.Collect();
var before = GC.GetTotalMemory(true);
var clock = Stopwatch.StartNew();
var all = await store.LoadReadModelAsync(null, asOf, CancellationToken.None);
var loaded = clock.Elapsed;
var index = new DutyIndex(all.Duties);
var indexed = clock.Elapsed - loaded;
var modelBytes = GC.GetTotalMemory(true) - before;
Console.WriteLine($"read model of the whole store: {all.Duties.Count:N0} duties, {all.Holdings.Count:N0} holdings, {all.Units.Count:N0} units; " +
    $"loaded in {loaded.TotalSeconds:F1} s, search index built in {indexed.TotalSeconds:F1} s; " +
    $"{modelBytes / (1024.0 * 1024):N0} MB held (model and index), peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):N0} MB (goal ≤ 2,048 MB)");

// Three scans, so that a noisy moment on a shared machine shows: the median is the figure.
var scans = new List<double>();
IReadOnlyList<DuplicateCluster> clusters = [];
for (var run = 0; run < 3; run++)
{
    clock.Restart();
    clusters = DuplicateFinder.Find(all, thesaurus);
    scans.Add(clock.Elapsed.TotalSeconds);
}
Console.WriteLine($"duplicate scan of the whole store: median {Percentile(scans, 0.5):F1} s of {string.Join(", ", scans.Select(s => s.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))} (goal ≤ 30 s), " +
    $"{clusters.Count:N0} clusters ({clusters.Count(c => c.Kind == DuplicateKind.Exact):N0} exact); " +
    $"peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):N0} MB");

string[] questions =
[
    "楼下烧烤店的油烟熏得没法开窗", "有人在水库里电鱼", "老板拖了三个月工资不给", "小区门口的井盖丢了", "隔壁工地半夜还在打桩",
    "网上买的奶粉是假的", "想开个小饭馆要办什么证", "菜市场的秤缺斤少两", "路边有人乱倒建筑垃圾", "村里有人占耕地盖房子",
    "河里有人偷偷挖沙", "出租车司机不打表乱收费", "药店卖过期的药", "养老院虐待老人", "低保怎么申请",
    "身份证丢了怎么补办", "孩子上学的学籍转不过去", "医保报销比例太低", "山上有人偷砍树", "工厂晚上偷排污水",
    "广场舞音响太吵", "物业乱收停车费", "电梯老是坏还关人", "农药买到假的庄稼死了", "狗咬了人主人不管",
    "网吧让未成年人进去", "旅行社强制购物", "校外培训机构跑路了", "危化品车停在小区里", "烟花爆竹在居民楼下卖",
];
var counties = all.Jurisdictions.Where(j => j.Level == JurisdictionLevel.County).Select(j => j.Name).Take(10).ToList();
var latencies = new List<double>();
foreach (var county in counties)
{
    var model = await store.LoadReadModelAsync(county, asOf, CancellationToken.None);
    var finder = new ResponsibilityFinder(model, new DutyIndex(model.Duties), thesaurus, []);
    foreach (var q in questions)
    {
        finder.Ask(q, county, 5);
    }
    foreach (var q in questions)
    {
        var t = Stopwatch.GetTimestamp();
        finder.Ask(q, county, 5);
        latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
    }
}
Console.WriteLine($"who is responsible, one county's model (warm, {latencies.Count} questions over {counties.Count} counties): " +
    $"p50 {Percentile(latencies, 0.5):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms (goal p99 ≤ 10 ms)");

var wholeFinder = new ResponsibilityFinder(all, index, thesaurus, []);
var whole = new List<double>();
foreach (var round in new[] { 0, 1 })
{
    foreach (var q in questions)
    {
        var t = Stopwatch.GetTimestamp();
        wholeFinder.Ask(q, counties[0], 5);
        if (round == 1)
        {
            whole.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
    }
}
Console.WriteLine($"who is responsible, the whole store's model with a county named (warm, {whole.Count} questions): " +
    $"p50 {Percentile(whole, 0.5):F2} ms, p99 {Percentile(whole, 0.99):F2} ms");

var (found, exhaustive, subsetDuties) = (0, 0, 0);
foreach (var county in all.Jurisdictions.Where(j => j.Level == JurisdictionLevel.County).Select(j => j.Name))
{
    if (subsetDuties >= subsetSize)
    {
        break;
    }
    var model = await store.LoadReadModelAsync(county, asOf, CancellationToken.None);
    subsetDuties += model.Duties.Count(d => d.Jurisdiction == county || d.Jurisdiction.StartsWith(county + "/", StringComparison.Ordinal));
    var truth = DuplicateFinder.Pairs(model, thesaurus, DuplicateFinder.DefaultMinScore, exhaustive: true).Select(p => (p.A.Id, p.B.Id)).ToHashSet();
    var candidates = DuplicateFinder.Pairs(model, thesaurus, DuplicateFinder.DefaultMinScore, exhaustive: false).Select(p => (p.A.Id, p.B.Id)).ToHashSet();
    exhaustive += truth.Count;
    found += truth.Count(candidates.Contains);
}
Console.WriteLine($"duplicate candidates vs all pairs on {subsetDuties:N0} duties: {found:N0} of {exhaustive:N0} pairs at score ≥ {DuplicateFinder.DefaultMinScore} found, " +
    $"recall {(exhaustive == 0 ? 1 : (double)found / exhaustive):F4} (goal ≥ 0.99; candidates are exact by construction, so anything below 1 is a bug)");
return 0;

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
