using DutyGraph.Tests.Support;
using static DutyGraph.Tests.Api.MutationApiTests;

namespace DutyGraph.Tests.Api;

/// <summary>Holdings assigned and ended, and the reform steps, over HTTP: nothing may fall through (先立后破).</summary>
public sealed class ReformApiTests
{
    private const string Holdings = """
        query($id: ID!) { duty(id: $id) { holdings { id role unitName sectionName validFrom validTo isDangling source } } }
        """;
    private const string Reform = "ended { id unitName validTo } created { id unitName sectionName role validFrom source } abolishedUnits { name validTo } abolishedSections { name validTo } errors { code message field }";

    [Fact]
    public async Task A_holding_is_assigned_by_id_or_as_written_ended_with_history_or_deleted()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var duty = await server.DutyIdAsync("SY-XK-01");
        var section = await server.SectionIdAsync("食品经营安全监督管理股");
        const string Assign = """
            mutation($input: AssignHoldingInput!) { assignHolding(input: $input) { holding { id role unitName sectionName isDangling validFrom } errors { code message field } } }
            """;

        var bySection = await server.MutateAsync("assignHolding", Assign, new { input = new { duty, holder = section, role = "SUPPORT", validFrom = "2024-01-01", source = "三定" } });
        var dangling = await server.MutateAsync("assignHolding", Assign, new { input = new { duty, unitName = "县食品安全委员会办公室", source = "清单" } });
        var nobody = await server.MutateAsync("assignHolding", Assign, new { input = new { duty, source = "清单" } });
        var noDuty = await server.MutateAsync("assignHolding", Assign, new { input = new { duty = "RHV0eTo5OTk5", unitName = "县林业局", source = "清单" } });
        var ended = await server.MutateAsync("unassignHolding", """
            mutation($id: ID!) { unassignHolding(input: { holding: $id, on: "2025-06-30" }) { holding { validTo } errors { code } } }
            """, new { id = bySection.Text("holding", "id") });
        var deleted = await server.MutateAsync("unassignHolding", """
            mutation($id: ID!) { unassignHolding(input: { holding: $id }) { holding { unitName } errors { code } } }
            """, new { id = dangling.Text("holding", "id") });
        var endedBeforeStart = await server.MutateAsync("unassignHolding", """
            mutation($id: ID!) { unassignHolding(input: { holding: $id, on: "2020-01-01" }) { holding { id } errors { code message field } } }
            """, new { id = bySection.Text("holding", "id") });

        Assert.Equal(("SUPPORT", "县市场监督管理局", "食品经营安全监督管理股", false),
            (bySection.Text("holding", "role"), bySection.Text("holding", "unitName"), bySection.Text("holding", "sectionName"), bySection.At("holding", "isDangling").GetBoolean()));
        Assert.True(dangling.At("holding", "isDangling").GetBoolean());
        Assert.Equal(("INVALID_ARGUMENT", "holder"), Error(nobody));
        Assert.Equal(("NOT_FOUND", "duty"), Error(noDuty));
        Assert.Equal("2025-06-30", ended.Text("holding", "validTo"));
        Assert.Equal("县食品安全委员会办公室", deleted.Text("holding", "unitName"));
        Assert.Equal(("INVALID_ARGUMENT", "on"), Error(endedBeforeStart));
        var holdings = (await server.DataAsync(Holdings, new { id = duty })).Items("duty", "holdings");
        Assert.Equal(["食品生产安全监督管理股", "食品经营安全监督管理股"], holdings.Select(h => h.Text("sectionName")));
    }

    [Fact]
    public async Task Merging_sections_moves_their_duties_to_the_merged_section_on_the_day_and_keeps_the_history()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var unit = await server.UnitIdAsync("县市场监督管理局");
        var into = (await server.MutateAsync("createSection", """
            mutation($unit: ID!) { createSection(input: { unit: $unit, name: "食品安全监督管理股", validFrom: "2025-03-01", source: "三定" }) { section { id } errors { code } } }
            """, new { unit })).Text("section", "id");
        string[] merged = [await server.SectionIdAsync("食品生产安全"), await server.SectionIdAsync("食品经营安全")];

        var payload = await server.MutateAsync("mergeSections", $$"""
            mutation($sections: [ID!]!, $into: ID!) { mergeSections(input: { sections: $sections, into: $into, on: "2025-03-01", source: "机构改革方案" }) { {{Reform}} } }
            """, new { sections = merged, into });
        var intoItself = await server.MutateAsync("mergeSections", $$"""
            mutation($into: ID!) { mergeSections(input: { sections: [$into], into: $into, on: "2025-04-01", source: "x" }) { {{Reform}} } }
            """, new { into });
        var after = await server.DataAsync("""
            query($into: ID!) { section(id: $into) { holdings(validAt: "2025-03-01") { duty { code } } }
              market: findUnit(jurisdiction: "上犹县", name: "县市场监督管理局") { sections(validAt: "2025-03-01") { name } } }
            """, new { into });

        Assert.Empty(payload.Items("errors"));
        Assert.Equal(2, payload.Items("ended").Count);
        Assert.All(payload.Items("ended"), h => Assert.Equal("2025-03-01", h.Text("validTo")));
        Assert.All(payload.Items("created"), h => Assert.Equal(("食品安全监督管理股", "2025-03-01", "机构改革方案"), (h.Text("sectionName"), h.Text("validFrom"), h.Text("source"))));
        Assert.Equal(["食品生产安全监督管理股", "食品经营安全监督管理股"], payload.Items("abolishedSections").Select(s => s.Text("name")));
        Assert.Equal(["SY-XK-01", "SY-XK-02"], after.Items("section", "holdings").Select(h => h.Text("duty", "code")).Order());
        Assert.Equal(["食品安全监督管理股"], after.Items("market", "sections").Select(s => s.Text("name")));
        Assert.Equal(("INVALID_ARGUMENT", "sections"), Error(intoItself));
    }

    [Fact]
    public async Task A_duty_is_transferred_between_holders_on_a_day_and_a_holder_that_does_not_hold_it_is_named()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var duty = await server.DutyIdAsync("SY-CF-01");
        var from = await server.UnitIdAsync("县城市管理局");
        var to = await server.UnitIdAsync("县市场监督管理局");
        const string Transfer = """
            mutation($duty: ID!, $from: ID!, $to: ID!, $on: Date!) { transferDuty(input: { duty: $duty, from: $from, to: $to, on: $on, role: SUPPORT, source: "划转文件" }) { REFORM } }
            """;

        var moved = await server.MutateAsync("transferDuty", Transfer.Replace("REFORM", Reform), new { duty, from, to, on = "2025-01-01" });
        var again = await server.MutateAsync("transferDuty", Transfer.Replace("REFORM", Reform), new { duty, from, to, on = "2025-02-01" });
        var holdings = (await server.DataAsync(Holdings, new { id = duty })).Items("duty", "holdings");

        Assert.Equal(["县城市管理局"], moved.Items("ended").Select(h => h.Text("unitName")));
        Assert.Equal([("县市场监督管理局", "SUPPORT", "2025-01-01")], moved.Items("created").Select(h => (h.Text("unitName"), h.Text("role"), h.Text("validFrom"))));
        Assert.Equal(("NOT_FOUND", "from"), Error(again));
        Assert.Equal([("县城市管理局", "2025-01-01"), ("县市场监督管理局", "")],
            holdings.Select(h => (h.Text("unitName"), h.At("validTo").ValueKind == System.Text.Json.JsonValueKind.Null ? "" : h.Text("validTo"))));
    }

    [Fact]
    public async Task Abolishing_a_unit_that_still_holds_duties_is_refused_unless_the_same_step_says_where_each_goes()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var unit = await server.UnitIdAsync("县城市管理局");
        var market = await server.UnitIdAsync("县市场监督管理局");
        var section = await server.SectionIdAsync("食品经营安全");
        var fumes = (await server.DataAsync(Holdings, new { id = await server.DutyIdAsync("SY-CF-01") })).Items("duty", "holdings")[0].Text("id");
        const string Abolish = """
            mutation($input: AbolishUnitInput!) { abolishUnit(input: $input) { REFORM } }
            """;
        var before = (await server.DataAsync("{ duties(first: 100) { nodes { holdings { id validTo } } } }")).ToString();

        var refused = await server.MutateAsync("abolishUnit", Abolish.Replace("REFORM", Reform), new { input = new { unit, on = "2025-01-01", source = "改革方案" } });
        var halfNamed = await server.MutateAsync("abolishUnit", Abolish.Replace("REFORM", Reform), new { input = new
        {
            unit, on = "2025-01-01", source = "改革方案", transfers = new[] { new { holding = fumes, to = section } },
        } });
        var unknownTarget = await server.MutateAsync("abolishUnit", Abolish.Replace("REFORM", Reform), new { input = new
        {
            unit, on = "2025-01-01", source = "改革方案", transfers = new[] { new { holding = fumes, to = "VW5pdDo5OTk5" } }, transferRestTo = market,
        } });
        var unchanged = (await server.DataAsync("{ duties(first: 100) { nodes { holdings { id validTo } } } }")).ToString();
        var done = await server.MutateAsync("abolishUnit", Abolish.Replace("REFORM", Reform), new { input = new
        {
            unit, on = "2025-01-01", source = "改革方案", transfers = new[] { new { holding = fumes, to = section } }, transferRestTo = market,
        } });

        Assert.Equal(("STILL_HOLDS_DUTIES", "unit"), Error(refused));
        Assert.Contains("先立后破", refused.Items("errors")[0].Text("message"));
        Assert.Equal(("STILL_HOLDS_DUTIES", "unit"), Error(halfNamed));
        Assert.Equal(("NOT_FOUND", "transfers.0"), Error(unknownTarget));
        Assert.Equal(before, unchanged);
        Assert.Empty(done.Items("errors"));
        Assert.Equal([("县城市管理局", "2025-01-01")], done.Items("abolishedUnits").Select(u => (u.Text("name"), u.Text("validTo"))));
        Assert.Equal(["综合执法大队"], done.Items("abolishedSections").Select(s => s.Text("name")));
        Assert.Contains(done.Items("created"), h => h.Text("sectionName") == "食品经营安全监督管理股");
        Assert.Equal(done.Items("ended").Count, done.Items("created").Count);
        var inForce = await server.DataAsync("""{ units(jurisdiction: "上犹县", validAt: "2025-01-01") { nodes { name } } }""");
        Assert.DoesNotContain("县城市管理局", inForce.Items("units", "nodes").Select(u => u.Text("name")));
    }

    [Fact]
    public async Task Abolishing_a_section_moves_its_duties_to_a_named_holder_in_the_same_step()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var section = await server.SectionIdAsync("食品生产安全");
        var to = await server.SectionIdAsync("食品经营安全");

        var refused = await server.MutateAsync("abolishSection", $$"""
            mutation($section: ID!) { abolishSection(input: { section: $section, on: "2025-05-01", source: "改革方案" }) { {{Reform}} } }
            """, new { section });
        var done = await server.MutateAsync("abolishSection", $$"""
            mutation($section: ID!, $to: ID!) { abolishSection(input: { section: $section, on: "2025-05-01", transferRestTo: $to, source: "改革方案" }) { {{Reform}} } }
            """, new { section, to });

        Assert.Equal(("STILL_HOLDS_DUTIES", "section"), Error(refused));
        Assert.Equal([("食品生产安全监督管理股", "2025-05-01")], done.Items("abolishedSections").Select(s => (s.Text("name"), s.Text("validTo"))));
        Assert.Equal(["食品经营安全监督管理股"], done.Items("created").Select(h => h.Text("sectionName")));
    }
}
