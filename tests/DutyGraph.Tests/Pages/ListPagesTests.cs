using System.Net;
using System.Text.RegularExpressions;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Pages;

/// <summary>The lists, from a jurisdiction to a unit's 三定 view to a duty's holders, each of a date.</summary>
public sealed class ListPagesTests
{
    [Fact]
    public async Task A_jurisdiction_lists_its_units_a_unit_shows_its_sections_and_duties_and_a_duty_its_holders()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        using var client = server.CreateClient();

        var counties = await client.GetStringAsync("/units");
        var county = await client.GetStringAsync("/units?j=" + Uri.EscapeDataString("上犹县") + "&asOf=2025-06-30");
        var unitLink = Regex.Match(county, "href=\"(/units/\\d+)[^\"]*\">县市场监督管理局<").Groups[1].Value;
        var unit = await client.GetStringAsync(unitLink + "?asOf=2025-06-30");
        var dutyLink = Regex.Match(unit, "href=\"(/duties/\\d+)[^\"]*\">食品经营许可<").Groups[1].Value;
        var duty = await client.GetStringAsync(dutyLink);
        var missing = await client.GetAsync("/duties/999999");

        Assert.Contains(">上犹县</a>", counties, StringComparison.Ordinal);
        Assert.Contains(">上犹县/营前镇</a>", county, StringComparison.Ordinal);
        Assert.NotEmpty(unitLink);
        Assert.Contains("<h1>县市场监督管理局</h1>", unit, StringComparison.Ordinal);
        Assert.Contains("<td>食品经营安全监督管理股</td>", unit, StringComparison.Ordinal);
        Assert.Contains("牵头的职责（2）", unit, StringComparison.Ordinal);
        Assert.Contains("value=\"2025-06-30\"", unit, StringComparison.Ordinal);
        Assert.Contains("<h1>食品经营许可</h1>", duty, StringComparison.Ordinal);
        Assert.Contains(">县市场监督管理局</a></td><td>食品经营安全监督管理股</td><td>牵头</td>", duty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_townships_page_draws_its_correspondence_table_with_broken_links_marked()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        using var client = server.CreateClient();

        var township = await client.GetStringAsync("/units?j=" + Uri.EscapeDataString("上犹县/营前镇") + "&asOf=2025-06-30");

        var svg = township[township.IndexOf("<svg", StringComparison.Ordinal)..(township.IndexOf("</svg>", StringComparison.Ordinal) + 6)];
        Assert.Equal(3, Regex.Matches(svg, "<line ").Count);
        Assert.Contains(">营前镇综合行政执法队</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">县城市管理局</text>", svg, StringComparison.Ordinal);
        // 县乡村振兴局 is no unit of the county; 县征收办 was abolished on 2024-08-01.
        Assert.Contains("县乡村振兴局 ✕ 不存在或已撤销", svg, StringComparison.Ordinal);
        Assert.Contains("县征收办 ✕ 不存在或已撤销", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("县城市管理局 ✕", svg, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(svg, "stroke-dasharray").Count);
    }

    [Fact]
    public async Task A_search_finds_units_by_name_and_duties_by_title_below_a_jurisdiction()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        using var client = server.CreateClient();

        var found = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("油烟") + "&j=" + Uri.EscapeDataString("上犹县"));
        var units = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("市场监督"));
        var tooLong = await client.GetStringAsync("/search?q=" + new string('x', 201));

        Assert.Contains(">对餐饮服务业油烟污染的行政处罚</a> 上犹县", found, StringComparison.Ordinal);
        Assert.Contains(">餐饮油烟扰民巡查</a> 上犹县/营前镇", found, StringComparison.Ordinal);
        Assert.Contains("<h2>单位（1）</h2>", units, StringComparison.Ordinal);
        Assert.Contains(">县市场监督管理局</a>", units, StringComparison.Ordinal);
        Assert.Contains("字词太长了", tooLong, StringComparison.Ordinal);
    }
}
