using System.Net;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Api;

/// <summary>Every query of the API over HTTP, against a small county loaded for each test.</summary>
public sealed class QueryApiTests
{
    [Fact]
    public async Task Every_record_listed_is_found_again_by_node_and_nodes_as_the_same_record()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var lists = await server.DataAsync("""
            { jurisdictions { id name }
              units(first: 100) { nodes { id name } } sections(first: 100) { nodes { id name } }
              duties(first: 100) { nodes { id title holdings { id unitName } } } correspondences(first: 100) { nodes { id officeName } } }
            """);
        var expected = new List<(string Id, string Type, string Name)>();
        expected.AddRange(lists.Items("jurisdictions").Select(j => (j.Text("id"), "Jurisdiction", j.Text("name"))));
        expected.AddRange(lists.Items("units", "nodes").Select(u => (u.Text("id"), "Unit", u.Text("name"))));
        expected.AddRange(lists.Items("sections", "nodes").Select(s => (s.Text("id"), "Section", s.Text("name"))));
        expected.AddRange(lists.Items("duties", "nodes").Select(d => (d.Text("id"), "Duty", d.Text("title"))));
        expected.AddRange(lists.Items("duties", "nodes").SelectMany(d => d.Items("holdings")).Select(h => (h.Text("id"), "Holding", h.Text("unitName"))));
        expected.AddRange(lists.Items("correspondences", "nodes").Select(k => (k.Text("id"), "Correspondence", k.Text("officeName"))));

        var found = await server.DataAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
              ... on Jurisdiction { name } ... on Unit { name } ... on Section { name } ... on Duty { name: title }
              ... on Holding { name: unitName } ... on Correspondence { name: officeName } } }
            """, new { ids = expected.Select(e => e.Id) });
        var one = await server.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = expected[^1].Id });

        Assert.Equal(6 + 3 + 7 + 9 + 3 + 2, expected.Count);
        Assert.Equal(expected, found.Items("nodes").Select(n => (n.Text("id"), n.Text("__typename"), n.Text("name"))));
        Assert.Equal(expected[^1].Id, one.Text("node", "id"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await server.DataAsync("""{ node(id: "VW5pdDo5OTk5OTk=") { id } }""")).At("node").ValueKind);
    }

    [Fact]
    public async Task A_duty_leads_to_its_holders_their_units_and_jurisdictions_and_a_unit_leads_back_to_its_duties()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var duty = await server.DutyIdAsync("餐饮油烟扰民巡查");

        var data = await server.DataAsync("""
            query($id: ID!) { duty(id: $id) { title jurisdiction { name level parent { name } }
              holdings { role unitName isDangling unit { name jurisdiction { name } holdings(role: LEAD) { duty { title } } } } } }
            """, new { id = duty });

        var holdings = data.Items("duty", "holdings");
        Assert.Equal("上犹县/营前镇", data.Text("duty", "jurisdiction", "name"));
        Assert.Equal(("乡镇", "上犹县"), (data.Text("duty", "jurisdiction", "level"), data.Text("duty", "jurisdiction", "parent", "name")));
        Assert.Equal([("LEAD", "县城市管理局", "上犹县"), ("SUPPORT", "营前镇综合行政执法队", "上犹县/营前镇")],
            holdings.Select(h => (h.Text("role"), h.Text("unit", "name"), h.Text("unit", "jurisdiction", "name"))));
        Assert.Contains("餐饮油烟扰民巡查", holdings[0].Items("unit", "holdings").Select(h => h.Text("duty", "title")));
        Assert.Contains("对餐饮服务业油烟污染的行政处罚", holdings[0].Items("unit", "holdings").Select(h => h.Text("duty", "title")));
    }

    [Fact]
    public async Task A_township_office_leads_to_its_county_counterparts_and_a_county_unit_back_to_its_township_offices()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);

        var data = await server.DataAsync("""
            { office: findUnit(jurisdiction: "上犹县/营前镇", name: "营前镇综合行政执法队") { answersTo { countyUnitName countyUnit { name } } }
              county: findUnit(jurisdiction: "上犹县", name: "县城管局") { name aliases answeredBy { township { name } officeUnit { name } } }
              township: jurisdiction(name: "上犹县/营前镇") { shortName correspondences { officeName countyUnitName countyUnit { name } } } }
            """);

        Assert.Equal(["县城市管理局", "县征收办"], data.Items("office", "answersTo").Select(k => k.Text("countyUnit", "name")));
        Assert.Equal("县城市管理局", data.Text("county", "name"));
        Assert.Equal([("上犹县/营前镇", "营前镇综合行政执法队")],
            data.Items("county", "answeredBy").Select(k => (k.Text("township", "name"), k.Text("officeUnit", "name"))));
        var dangling = data.Items("township", "correspondences").Single(k => k.Text("countyUnitName") == "县乡村振兴局");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, dangling.At("countyUnit").ValueKind);
        Assert.Equal("营前镇", data.Text("township", "shortName"));
    }

    [Fact]
    public async Task Lists_filter_by_jurisdiction_kind_name_text_category_and_date()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);

        var data = await server.DataAsync("""
            { county: units(jurisdiction: "上犹县") { totalCount }
              withTownships: units(jurisdiction: "上犹县", includeLower: true) { totalCount }
              townshipKind: units(kind: "乡镇") { totalCount }
              byAlias: units(nameContains: "城管") { nodes { name } }
              inBeing: units(jurisdiction: "上犹县", validAt: "2024-09-01") { nodes { name } }
              sectionsOfKind: sections(kind: "执法") { nodes { name unit { name } } }
              licences: duties(category: "行政许可") { totalCount }
              text: duties(textContains: "油烟") { nodes { title } }
              townshipList: duties(jurisdiction: "上犹县/营前镇") { totalCount }
              countyAndBelow: duties(jurisdiction: "上犹县", includeLower: true) { totalCount }
              heldIn2025: duties(validAt: "2025-01-01", textContains: "征收") { nodes { title } }
              rows: correspondences(township: "上犹县/营前镇") { totalCount } }
            """);

        Assert.Equal((4, 6, 2), (data.At("county", "totalCount").GetInt32(), data.At("withTownships", "totalCount").GetInt32(),
            data.At("townshipKind", "totalCount").GetInt32()));
        Assert.Equal(["县城市管理局"], data.Items("byAlias", "nodes").Select(u => u.Text("name")));
        Assert.Equal(["县城市管理局", "县市场监督管理局"], data.Items("inBeing", "nodes").Select(u => u.Text("name")));
        Assert.Equal([("综合执法大队", "县城市管理局")], data.Items("sectionsOfKind", "nodes").Select(s => (s.Text("name"), s.Text("unit", "name"))));
        Assert.Equal(2, data.At("licences", "totalCount").GetInt32());
        Assert.Equal(["对餐饮服务业油烟污染的行政处罚", "餐饮油烟扰民巡查"], data.Items("text", "nodes").Select(d => d.Text("title")));
        Assert.Equal((2, 7), (data.At("townshipList", "totalCount").GetInt32(), data.At("countyAndBelow", "totalCount").GetInt32()));
        Assert.Equal(["征收补偿资金专户管理", "征收安置房分配"], data.Items("heldIn2025", "nodes").Select(d => d.Text("title")));
        Assert.Equal(3, data.At("rows", "totalCount").GetInt32());
    }

    [Fact]
    public async Task A_unit_and_a_section_show_their_sections_holdings_and_activity_on_a_date()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var unit = await server.UnitIdAsync("县征收办");

        var data = await server.DataAsync("""
            query($id: ID!) { unit(id: $id) { name validTo before: isActive(on: "2024-07-31") after: isActive(on: "2024-08-01")
              all: holdings { duty { title } validTo } lead2025: holdings(role: LEAD, validAt: "2025-01-01") { duty { title } } }
              market: findUnit(jurisdiction: "上犹县", name: "县市场监督管理局") { sections { name staffQuota holdings { duty { code } section { name } } } } }
            """, new { id = unit });

        Assert.Equal("2024-08-01", data.Text("unit", "validTo"));
        Assert.Equal((true, false), (data.At("unit", "before").GetBoolean(), data.At("unit", "after").GetBoolean()));
        Assert.Equal(2, data.Items("unit", "all").Count);
        Assert.Equal(["征收补偿资金专户管理"], data.Items("unit", "lead2025").Select(h => h.Text("duty", "title")));
        Assert.Equal([("食品生产安全监督管理股", "SY-XK-01"), ("食品经营安全监督管理股", "SY-XK-02")],
            data.Items("market", "sections").Select(s => (s.Text("name"), s.Items("holdings").Single().Text("duty", "code"))));
    }

    [Fact]
    public async Task Pages_in_name_order_walk_the_whole_list_once_in_order_and_cursors_do_not_cross_orders()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        const string Page = """
            query($after: String) { units(orderBy: NAME, first: 4, after: $after) { totalCount edges { cursor node { name } }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
            """;

        var names = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await server.DataAsync(Page, new { after })).At("units");
            pages++;
            names.AddRange(page.Items("edges").Select(e => e.Text("node", "name")));
            Assert.Equal(after is not null, page.At("pageInfo", "hasPreviousPage").GetBoolean());
            Assert.Equal(page.Items("edges")[0].Text("cursor"), page.Text("pageInfo", "startCursor"));
            if (!page.At("pageInfo", "hasNextPage").GetBoolean())
            {
                break;
            }
            after = page.Text("pageInfo", "endCursor");
        }
        var idCursor = (await server.DataAsync("{ units(first: 1) { pageInfo { endCursor } } }")).Text("units", "pageInfo", "endCursor");
        var (_, crossed) = await server.PostAsync(Page, new { after = idCursor });

        Assert.Equal(2, pages);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(6, names.Distinct().Count());
        Assert.Contains("another order", crossed.Items("errors")[0].Text("message"));
    }

    [Fact]
    public async Task Bad_arguments_are_refused_naming_the_argument_and_never_leak_internals()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);

        var (_, tooMany) = await server.PostAsync("{ units(first: 5000) { totalCount } }");
        var (_, badCursor) = await server.PostAsync("""{ units(after: "junk") { totalCount } }""");
        var (_, badId) = await server.PostAsync("""{ unit(id: "junk") { name } }""");
        var (_, notAnId) = await server.PostAsync("""{ node(id: "@@") { id } }""");
        var (dateStatus, badDate) = await server.PostAsync("""{ units(validAt: "2024-13-01") { totalCount } }""");
        var (_, badDateVariable) = await server.PostAsync("query($d: Date) { units(validAt: $d) { totalCount } }", new { d = "1.8.2024" });

        Assert.StartsWith("Argument \"first\" must be between 0 and 1000", tooMany.Items("errors")[0].Text("message"));
        Assert.Equal(["units"], tooMany.Items("errors")[0].Items("path").Select(p => p.GetString()));
        Assert.Equal("'junk' is not a cursor this list gave out", badCursor.Items("errors")[0].Text("message"));
        Assert.Equal("Argument \"id\": \"junk\" is not the id of a Unit.", badId.Items("errors")[0].Text("message"));
        Assert.Equal("\"@@\" is not a DutyGraph id.", notAnId.Items("errors")[0].Text("message"));
        Assert.Equal(HttpStatusCode.BadRequest, dateStatus);
        Assert.StartsWith("Date cannot represent value: \"2024-13-01\"", badDate.Items("errors")[0].Text("message"));
        Assert.StartsWith("Variable \"$d\" has invalid value: Date cannot represent value", badDateVariable.Items("errors")[0].Text("message"));
        var all = string.Join("\n", new[] { tooMany, badCursor, badId, notAnId, badDate, badDateVariable }.Select(e => e.ToString()));
        Assert.DoesNotContain("   at ", all);
        Assert.DoesNotContain("SELECT", all);
    }
}
