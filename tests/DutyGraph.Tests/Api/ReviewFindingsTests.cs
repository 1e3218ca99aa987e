using System.Net;
using System.Text.Json;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Api;

/// <summary>Edges found in review: reads after writes in one mutation, cost by variable defaults, nodes with bad ids, a merge into a unit, repeated variables.</summary>
public sealed class ReviewFindingsTests
{
    [Fact]
    public async Task Each_field_of_a_mutation_reads_what_the_fields_before_it_wrote()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);

        var data = await server.DataAsync("""
            mutation {
              a: createUnit(input: { jurisdiction: "上犹县", name: "县林业局", source: "t" }) { unit { jurisdiction { name } } errors { code } }
              b: createUnit(input: { jurisdiction: "崇义县", name: "县林业局", source: "t" }) { unit { jurisdiction { name level } } errors { code } }
            }
            """, key: ApiServer.EditorKey);

        Assert.Equal("上犹县", data.Text("a", "unit", "jurisdiction", "name"));
        Assert.Equal(("崇义县", "县"), (data.Text("b", "unit", "jurisdiction", "name"), data.Text("b", "unit", "jurisdiction", "level")));
    }

    [Fact]
    public async Task A_page_size_from_a_variable_default_counts_toward_the_cost_limit()
    {
        using var temp = new TempFolder();
        await using var server = new ApiServer(temp);

        var (status, body) = await server.PostAsync("query($n: Int = 1000) { units(first: $n) { nodes { sections { holdings { duty { title } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("The query would cost 212,001 ", body.Items("errors")[0].Text("message"));
    }

    [Fact]
    public async Task Nodes_answers_null_for_an_id_that_is_not_one_keeps_the_rest_and_refuses_more_than_100_ids()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var unit = await server.UnitIdAsync("县数据局");

        var mixed = await server.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } jurisdictions { name } }", new { ids = new[] { "not an id", unit } });
        var (_, tooMany) = await server.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Enumerable.Repeat(unit, 101) });

        Assert.Equal([JsonValueKind.Null, JsonValueKind.Object], mixed.Items("nodes").Select(n => n.ValueKind));
        Assert.NotEmpty(mixed.Items("jurisdictions"));
        Assert.StartsWith("Argument \"ids\" may hold at most 100 ids", tooMany.Items("errors")[0].Text("message"));
    }

    [Fact]
    public async Task Merging_sections_into_a_unit_instead_of_a_section_is_refused_naming_into()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var unit = await server.UnitIdAsync("县市场监督管理局");
        var section = await server.SectionIdAsync("食品生产安全");

        var payload = await server.MutateAsync("mergeSections", """
            mutation($s: [ID!]!, $into: ID!) { mergeSections(input: { sections: $s, into: $into, on: "2025-04-01", source: "x" }) { ended { id } errors { code message field } } }
            """, new { s = new[] { section }, into = unit });

        Assert.Equal(("INVALID_ARGUMENT", "into"), MutationApiTests.Error(payload));
    }

    [Fact]
    public async Task A_variable_named_twice_in_the_request_takes_its_last_value_as_JSON_parse_does()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);

        var (status, body) = await server.PostRawAsync("""{"query":"query($n: String) { units(nameContains: $n) { totalCount } }","variables":{"n":"nothing","n":"城管"}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body.At("data", "units", "totalCount").GetInt32());
    }

    [Fact]
    public async Task A_holder_given_by_id_is_that_unit_even_where_its_name_would_not_resolve_from_the_duty_list()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var duty = await server.DutyIdAsync("SY-XK-01");
        var township = await server.UnitIdAsync("营前镇综合行政执法队");

        var payload = await server.MutateAsync("assignHolding", """
            mutation($duty: ID!, $holder: ID!) { assignHolding(input: { duty: $duty, holder: $holder, role: SUPPORT, source: "t" }) {
              holding { isDangling unit { id jurisdiction { name } } } errors { code } } }
            """, new { duty, holder = township });

        Assert.False(payload.At("holding", "isDangling").GetBoolean());
        Assert.Equal((township, "上犹县/营前镇"), (payload.Text("holding", "unit", "id"), payload.Text("holding", "unit", "jurisdiction", "name")));
    }
}
