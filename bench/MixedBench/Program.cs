// The mixed workload of bench/mixed.sh against a running `dutygraph serve`: readers (who is
// responsible, unit pages) alone, then with editors writing duties into random counties;
// whole-store questions under the same writers; a 1 MB question; six worst-case questions at
// once and the server's processor use after them. Prints each run's figures and their medians.
//   MixedBench URL KEYS SERVER_PID [RUNS] [SECONDS]      (KEYS: the editor key, then a reader key per reader, comma separated)
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

var url = args[0];
var keys = args[1].Split(',');
var editorKey = keys[0];
var serverPid = int.Parse(args[2], CultureInfo.InvariantCulture);
var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
var seconds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 30;
const int Readers = 4;
const int Editors = 2;

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
string[] questions =
[
    "孩子上户口去哪里办", "小区噪音扰民谁管", "饭店卫生太差要投诉", "想开个小卖部要办什么证", "失业金怎么领",
    "路边有人乱倒建筑垃圾", "养狗要登记吗", "农村宅基地盖房子要审批吗", "工资被拖欠了找谁", "电动车充电着火隐患",
    "医保报销比例是多少", "河里有人电鱼", "超市卖过期食品", "出租车不打表", "学校乱收费",
];

var counties = (await Graph("{ jurisdictions { name parent { name } } }")).GetProperty("data").GetProperty("jurisdictions")
    .EnumerateArray().Where(j => j.GetProperty("parent").ValueKind == JsonValueKind.Null).Select(j => j.GetProperty("name").GetString()!).ToArray();
Console.WriteLine($"{counties.Length} counties at {url}; {Readers} readers, {Editors} editors, {seconds} s a phase, {runs} runs");

// Every county's snapshot and the whole store's are built once before measuring.
foreach (var county in counties)
{
    await Ask(questions[0], county);
}
await Ask(questions[0], null);

var results = new List<Dictionary<string, double>>();
for (var run = 1; run <= runs; run++)
{
    var figures = new Dictionary<string, double>();
    var alone = await Phase(readers: true, editors: false, wholeStore: false);
    var mixed = await Phase(readers: true, editors: true, wholeStore: false);
    var whole = await Phase(readers: true, editors: true, wholeStore: true);
    figures["read-only req/s"] = alone.Rate;
    figures["read-only p99 ms"] = alone.P99;
    figures["with writers req/s"] = mixed.Rate;
    figures["with writers p99 ms"] = mixed.P99;
    figures["with writers / read-only"] = mixed.Rate / alone.Rate;
    figures["read errors"] = alone.Errors + mixed.Errors;
    figures["writes acknowledged"] = mixed.Writes.Count + whole.Writes.Count;
    figures["writes not readable"] = await Unreadable([.. mixed.Writes, .. whole.Writes]);
    figures["writes seen by a reader of their list right after (share)"] = mixed.SeenAfter;
    figures["write p99 ms"] = mixed.WriteP99;
    figures["whole-store p99 ms"] = whole.P99;
    figures["whole-store errors or timeouts"] = whole.Errors;
    var (refused, worst, cpu) = await Limits();
    figures["1 MB question refused in ms"] = refused;
    figures["six worst-case questions, slowest s"] = worst;
    figures["server processor use 1 s after them (cores)"] = cpu;
    results.Add(figures);
    Console.WriteLine($"run {run}: " + string.Join("; ", figures.Select(f => $"{f.Key} {f.Value:0.###}")));
}
Console.WriteLine("medians: " + string.Join("; ", results[0].Keys.Select(k => $"{k} {Median(results.Select(r => r[k])):0.###}")));
var status = File.ReadAllLines($"/proc/{serverPid}/status");
Console.WriteLine("server " + string.Join(", ", status.Where(l => l.StartsWith("VmHWM", StringComparison.Ordinal) || l.StartsWith("VmRSS", StringComparison.Ordinal))
    .Select(l => l.Replace("\t", " ", StringComparison.Ordinal))) + " (VmHWM: peak working set)");
return;

async Task<PhaseResult> Phase(bool readers, bool editors, bool wholeStore)
{
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    var latencies = new List<double>();
    var writeLatencies = new List<double>();
    var writes = new List<(string County, string Title, string Id)>();
    var seen = 0;
    var errors = 0;
    var gate = new Lock();
    var tasks = new List<Task>();
    for (var r = 0; r < Readers; r++)
    {
        var random = new Random(r);
        var readerKey = keys[1 + (r % (keys.Length - 1))];
        tasks.Add(Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var county = counties[random.Next(counties.Length)];
                var clock = Stopwatch.StartNew();
                var ok = wholeStore || random.Next(2) == 0
                    ? await Ask(questions[random.Next(questions.Length)], wholeStore ? null : county, readerKey)
                    : await UnitPage(county, readerKey);
                lock (gate)
                {
                    latencies.Add(clock.Elapsed.TotalMilliseconds);
                    errors += ok ? 0 : 1;
                }
            }
        }));
    }
    for (var e = 0; editors && e < Editors; e++)
    {
        var random = new Random(100 + e);
        var editor = e;
        tasks.Add(Task.Run(async () =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                var county = counties[random.Next(counties.Length)];
                var title = $"基准写入无人机事项{editor}x{Environment.TickCount64}x{n++}";
                var clock = Stopwatch.StartNew();
                var id = await Write(county, title);
                var took = clock.Elapsed.TotalMilliseconds;
                var visible = id is not null && await Visible(county, title);
                lock (gate)
                {
                    if (id is not null)
                    {
                        writes.Add((county, title, id));
                        writeLatencies.Add(took);
                        seen += visible ? 1 : 0;
                    }
                }
            }
        }));
    }
    await Task.WhenAll(tasks);
    return new PhaseResult(latencies.Count / (double)seconds, Percentile(latencies, 0.99), errors, writes,
        writes.Count == 0 ? 1 : seen / (double)writes.Count, Percentile(writeLatencies, 0.99));
}

async Task<bool> Ask(string question, string? county, string? key = null)
{
    try
    {
        var body = await Graph("query($q: String!, $j: String) { whoIsResponsible(question: $q, jurisdiction: $j, first: 3) { unit { name } confidence } }",
            new { q = question, j = county }, key);
        return !body.TryGetProperty("errors", out _);
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        return false;
    }
}

async Task<bool> UnitPage(string county, string key)
{
    try
    {
        var body = await Graph("query($j: String!) { units(jurisdiction: $j, first: 20) { totalCount nodes { id name kind jurisdiction { name } } } }", new { j = county }, key);
        return !body.TryGetProperty("errors", out _);
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        return false;
    }
}

async Task<string?> Write(string county, string title)
{
    var created = await Graph("mutation($j: String!, $t: String!) { createDuty(input: { jurisdiction: $j, title: $t, category: \"行政检查\", source: \"bench\" }) { duty { id } errors { message } } }",
        new { j = county, t = title }, editorKey);
    var id = created.GetProperty("data").GetProperty("createDuty").GetProperty("duty") is { ValueKind: JsonValueKind.Object } duty ? duty.GetProperty("id").GetString() : null;
    return id;
}

async Task<bool> Visible(string county, string title)
{
    var body = await Graph("query($q: String!, $j: String) { responsibility(question: $q, jurisdiction: $j, first: 1) { unheld { duty { title } } } }", new { q = title, j = county }, editorKey);
    return body.GetProperty("data").GetProperty("responsibility").GetProperty("unheld").EnumerateArray().Any(u => u.GetProperty("duty").GetProperty("title").GetString() == title);
}

async Task<double> Unreadable(List<(string County, string Title, string Id)> writes)
{
    var missing = 0;
    foreach (var chunk in writes.Chunk(50))
    {
        var body = await Graph("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = chunk.Select(w => w.Id).ToArray() });
        missing += body.GetProperty("data").GetProperty("nodes").EnumerateArray().Count(n => n.ValueKind == JsonValueKind.Null);
    }
    return missing;
}

async Task<(double RefusedMs, double WorstS, double Cores)> Limits()
{
    // A 1 MB question, the body made before the clock starts: what is timed is the server refusing it.
    var huge = JsonSerializer.Serialize(new { query = "query($q: String!) { whoIsResponsible(question: $q) { unit { name } } }", variables = new { q = new string('噪', 1 << 20) } });
    var refusals = new List<double>();
    for (var i = 0; i < 5; i++)
    {
        using var content = new StringContent(huge, System.Text.Encoding.UTF8, "application/json");
        var clock0 = Stopwatch.StartNew();
        using var response = await http.PostAsync(url + "/graphql", content);
        refusals.Add(clock0.Elapsed.TotalMilliseconds);
    }
    var refused = Median(refusals);
    var clock = Stopwatch.StartNew();
    // The worst valid question: as long as allowed, every piece a different common word, over the whole store.
    var worst = string.Concat(Enumerable.Range(0, 500).Select(i => questions[i % questions.Length][i % 5]));
    clock.Restart();
    await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Graph("query($q: String!) { whoIsResponsible(question: $q, first: 50) { unit { name } } }", new { q = worst[..500] }, expectFailure: true)));
    var slowest = clock.Elapsed.TotalSeconds;
    await Task.Delay(1000);
    var cpu = await CoresUsed(TimeSpan.FromSeconds(1));
    return (refused, slowest, cpu);
}

async Task<double> CoresUsed(TimeSpan over)
{
    static double Ticks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
    }
    var before = Ticks(serverPid);
    await Task.Delay(over);
    return (Ticks(serverPid) - before) / 100.0 / over.TotalSeconds;
}

async Task<JsonElement> Graph(string query, object? variables = null, string? key = null, bool expectFailure = false)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, url + "/graphql") { Content = JsonContent.Create(new { query, variables }) };
    request.Headers.Accept.ParseAdd("application/json");
    if (key is not null)
    {
        request.Headers.Authorization = new("Bearer", key);
    }
    using var response = await http.SendAsync(request);
    var text = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode && !expectFailure)
    {
        throw new HttpRequestException($"{(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
    }
    return text.Length > 0 && text[0] == '{' ? JsonDocument.Parse(text).RootElement.Clone() : default;
}

static double Percentile(List<double> values, double p)
{
    if (values.Count == 0)
    {
        return 0;
    }
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

static double Median(IEnumerable<double> values) => Percentile([.. values], 0.5);

internal sealed record PhaseResult(double Rate, double P99, int Errors, List<(string County, string Title, string Id)> Writes, double SeenAfter, double WriteP99);
