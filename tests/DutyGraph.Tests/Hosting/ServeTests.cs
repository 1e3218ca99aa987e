using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;
using System.Net.Http.Json;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DutyGraph.Tests.Hosting;

/// <summary>`dutygraph serve` through the real host (WebApplicationFactory starts Program).</summary>
public sealed class ServeTests
{
    private sealed record Health(string Status, string Store, string? Location, StoreCounts Counts);

    private static WebApplicationFactory<Program> Server(string db) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Store:Path", db));

    [Fact]
    public async Task On_first_start_the_store_is_created_and_loaded_with_the_seed_and_health_reports_its_counts()
    {
        using var temp = new TempFolder();
        await using var server = Server(temp.File("fresh.db"));

        var health = await server.CreateClient().GetFromJsonAsync<Health>("/health");

        Assert.Equal(("ok", "Sqlite", temp.File("fresh.db")), (health!.Status, health.Store, health.Location));
        var seed = Graph.Datasets.DatasetReader.ReadFolder(Paths.Seed).ValidDataset();
        Assert.Equal((seed.Units.Count, seed.Sections.Count, seed.Duties.Count, seed.HoldingCount, seed.Correspondences.Count),
            (health.Counts.Units, health.Counts.Sections, health.Counts.Duties, health.Counts.Holdings, health.Counts.Correspondences));
    }

    [Fact]
    public async Task A_store_that_already_has_data_is_not_loaded_again()
    {
        using var temp = new TempFolder();
        var db = temp.File("kept.db");
        var store = await Stores.NewSqliteAsync(temp, "kept.db");
        await UnitEdits.CreateAsync(store, new Graph.Units.Unit { Jurisdiction = "岢岚县", Name = "县发改工信科技商务局", Source = "test" }, CancellationToken.None);
        await using var server = Server(db);

        var health = await server.CreateClient().GetFromJsonAsync<Health>("/health");

        Assert.Equal((1, 0), (health!.Counts.Units, health.Counts.Duties));
    }

    [Fact]
    public async Task Liveness_needs_nothing_and_readiness_keeps_the_store_path_to_itself_when_reads_need_a_key()
    {
        using var temp = new TempFolder();
        await using var server = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Store:Path", temp.File("locked.db"));
            b.UseSetting("Access:ReadsNeedKey", "true");
        });
        var client = server.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetFromJsonAsync<Health>("/health/ready");

        Assert.True(live.IsSuccessStatusCode);
        Assert.Equal(("ok", "Sqlite", null), (ready!.Status, ready.Store, ready.Location));
        Assert.True(ready.Counts.Duties > 0);
    }

    [Fact]
    public async Task With_prometheus_on_the_metrics_show_requests_store_calls_snapshot_builds_and_refusals()
    {
        using var temp = new TempFolder();
        await using var server = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Store:Path", temp.File("metrics.db"));
            b.UseSetting("Telemetry:Prometheus", "true");
        });
        var client = server.CreateClient();
        var ask = new StringContent("""{"query":"{ whoIsResponsible(question: \"孩子上户口\", jurisdiction: \"上犹县\") { unit { name } } }"}""",
            System.Text.Encoding.UTF8, "application/json");
        Assert.True((await client.PostAsync("/graphql", ask)).IsSuccessStatusCode);
        await client.PostAsync("/graphql", new StringContent("""{"query":"mutation { createDuty(input: { jurisdiction: \"上犹县\", title: \"x\", source: \"t\" }) { duty { id } } }"}""",
            System.Text.Encoding.UTF8, "application/json"));

        var metrics = await client.GetStringAsync("/metrics");

        Assert.Contains("dutygraph_graphql_request_duration", metrics, StringComparison.Ordinal);
        Assert.Contains("dutygraph_store_call_duration", metrics, StringComparison.Ordinal);
        Assert.Contains("dutygraph_analysis_snapshot_build_duration", metrics, StringComparison.Ordinal);
        Assert.Contains("dutygraph_requests_rejected", metrics, StringComparison.Ordinal);
    }
}
