using System.Text.Json;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Neo4j;

/// <summary>
/// The GraphQL API end to end on a live Neo4j (skipped without one): the seed served from Neo4j
/// gives the same three answers as the embedded store, and what the API writes is stored there.
/// </summary>
[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jApiTests
{
    private static readonly (string Key, string Value)[] OnNeo4j = [("Store:Kind", "Neo4j")];

    private const string Answers = """
        query($q: String!, $j: String) {
          whoIsResponsible(question: $q, jurisdiction: $j, asOf: "2025-06-30", first: 5) {
            unit { name } section { name } duty { title } role level countyUnit { name } score reasons
          }
        }
        """;

    private const string Overlaps = """
        query($j: String) {
          duplicateDuties(jurisdiction: $j, asOf: "2025-06-30") { kind score explanation members { unit { name } section { name } duty { title } role } }
        }
        """;

    private const string Orphans = """
        query($j: String) {
          orphanedDuties(jurisdiction: $j, asOf: "2025-06-30") { kind duty { title } unit { name } section { name } correspondence { officeName countyUnitName } message }
        }
        """;

    private static readonly (string Question, string Jurisdiction)[] Questions =
    [
        ("楼下烧烤店的油烟熏得没法开窗", "上犹县/营前镇"), ("有人在河里电鱼", "上犹县"), ("小区里有人违章搭建", "上犹县/社溪镇"),
        ("企业投资项目备案", "岢岚县"), ("招商引资项目谁来管", "淮北市"), ("政务公开信息在哪里查", "连江县"), ("行政审批科在哪", "咸宁市"),
    ];

    private static readonly string[] Jurisdictions = ["上犹县", "上犹县/营前镇", "岢岚县", "淮北市", "连江县", "咸宁市"];

    [LiveNeo4jFact]
    public async Task The_seed_served_from_Neo4j_gives_the_same_three_answers_as_from_the_embedded_store()
    {
        using var temp = new TempFolder();
        await (await LiveNeo4j.EmptyStoreAsync(CancellationToken.None)).DisposeAsync();
        await using var embedded = new ApiServer(temp);
        await using var neo4j = new ApiServer(temp, OnNeo4j);

        foreach (var (question, jurisdiction) in Questions)
        {
            var variables = new { q = question, j = jurisdiction };
            Assert.Equal(Text(await embedded.DataAsync(Answers, variables)), Text(await neo4j.DataAsync(Answers, variables)));
        }
        foreach (var jurisdiction in Jurisdictions)
        {
            Assert.Equal(Text(await embedded.DataAsync(Overlaps, new { j = jurisdiction })), Text(await neo4j.DataAsync(Overlaps, new { j = jurisdiction })));
            Assert.Equal(Text(await embedded.DataAsync(Orphans, new { j = jurisdiction })), Text(await neo4j.DataAsync(Orphans, new { j = jurisdiction })));
        }
        Assert.NotEmpty((await neo4j.DataAsync(Answers, new { q = Questions[0].Question, j = Questions[0].Jurisdiction })).Items("whoIsResponsible"));
    }

    [LiveNeo4jFact]
    public async Task A_unit_created_through_the_API_on_Neo4j_is_found_by_name_and_a_second_one_of_that_name_is_refused()
    {
        using var temp = new TempFolder();
        await (await LiveNeo4j.EmptyStoreAsync(CancellationToken.None)).DisposeAsync();
        await using var server = new ApiServer(temp, OnNeo4j);
        const string Create = """
            mutation { createUnit(input: { jurisdiction: "上犹县", name: "县数据资源局", kind: "政府部门", source: "三定方案" }) { unit { name } errors { code field } } }
            """;

        var first = await server.MutateAsync("createUnit", Create);
        var second = await server.MutateAsync("createUnit", Create);
        var found = (await server.DataAsync("{ units(nameContains: \"数据资源\") { totalCount nodes { name jurisdiction { name } } } }")).GetProperty("units");

        Assert.Equal("县数据资源局", first.Text("unit", "name"));
        Assert.Equal("CONFLICT", second.Items("errors")[0].Text("code"));
        Assert.Equal((1, "上犹县"), (found.GetProperty("totalCount").GetInt32(), found.Items("nodes")[0].Text("jurisdiction", "name")));
    }

    private static string Text(JsonElement data) => data.GetRawText();
}
