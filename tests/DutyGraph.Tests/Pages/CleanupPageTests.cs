using System.Net;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Pages;

/// <summary>The cleanup review page: a jurisdiction's findings with counts, filters, a bar per unit, and the report to download.</summary>
public sealed class CleanupPageTests
{
    [Fact]
    public async Task A_jurisdictions_findings_are_shown_filtered_and_the_report_downloads_in_each_format()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        using var client = server.CreateClient();
        var j = Uri.EscapeDataString("上犹县");

        var all = await client.GetStringAsync($"/cleanup?j={j}&asOf=2025-06-30");
        var orphansOnly = await client.GetStringAsync($"/cleanup?j={j}&asOf=2025-06-30&show=orphans");
        var csv = await client.GetAsync($"/cleanup/report?j={j}&asOf=2025-06-30&format=csv");
        var badFormat = await client.GetAsync($"/cleanup/report?j={j}&format=xls");
        var unknown = await client.GetStringAsync("/cleanup?j=" + Uri.EscapeDataString("不存在县"));

        Assert.Matches("上犹县，截至2025-06-30：职责重叠 \\d+ 组，无人承担 [1-9]\\d* 项", all);
        Assert.Contains("<h2>职责重叠（", all, StringComparison.Ordinal);
        Assert.Contains("<h2>无人承担（", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>职责重叠（", orphansOnly, StringComparison.Ordinal);
        Assert.Contains("format=md", all, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Contains("没有名为“不存在县”的行政区划", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overlaps_are_filtered_by_kind_and_the_intentional_separations_are_listed_apart_when_asked_for()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        await server.AddFumesOverlapAsync();
        using var client = server.CreateClient();
        var page = "/cleanup?j=" + Uri.EscapeDataString("上犹县") + "&asOf=2025-06-30&kind=";

        var exact = await client.GetStringAsync(page + "Exact");
        var cross = await client.GetStringAsync(page + "Cross");
        var separated = await client.GetStringAsync(page + "Separated");

        Assert.Contains("<h2>职责重叠（1）</h2>", exact, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Exact\" selected>", exact, StringComparison.Ordinal);
        Assert.Contains("<h2>职责重叠（0）</h2>", cross, StringComparison.Ordinal);
        Assert.Contains("<h2>审管分离（0）</h2>", separated, StringComparison.Ordinal);
    }
}
