namespace DutyGraph.Tests.Support;

/// <summary>A server whose store holds just <see cref="SmallCounty"/>, loaded through the importDataset mutation.</summary>
public static class SmallCountyServer
{
    public const string Import = """
        mutation($units: String, $sections: String, $duties: String, $correspondences: String) {
          importDataset(input: { units: $units, sections: $sections, duties: $duties, correspondences: $correspondences, name: "small" }) {
            counts { units sections duties holdings correspondences } warnings errors { code message field }
          }
        }
        """;

    public static Task<ApiServer> StartAsync(TempFolder temp, params (string Key, string Value)[] settings) =>
        LoadAsync(new ApiServer(temp, [("Store:LoadSeedWhenEmpty", "false"), .. settings]));

    /// <summary>The small county on a real port, for a browser.</summary>
    public static Task<ApiServer> StartOnPortAsync(TempFolder temp) => LoadAsync(ApiServer.OnPort(temp, ("Store:LoadSeedWhenEmpty", "false")));

    private static async Task<ApiServer> LoadAsync(ApiServer server)
    {
        var payload = await server.MutateAsync("importDataset", Import, new
        {
            units = SmallCounty.Units, sections = SmallCounty.Sections, duties = SmallCounty.Duties, correspondences = SmallCounty.Correspondences,
        });
        Assert.Empty(payload.Items("errors"));
        return server;
    }

    /// <summary>Adds one overlap to the small county: the market bureau's list also punishes restaurant fumes, as the city bureau's does.</summary>
    public static async Task AddFumesOverlapAsync(this ApiServer server)
    {
        var payload = await server.MutateAsync("importDataset", Import, new
        {
            duties = "行政区划,单位,科室,事项编码,事项名称,事项类型,角色\n上犹县,县市场监督管理局,食品经营安全监督管理股,SY-CF-09,对餐饮服务业油烟污染的行政处罚,行政处罚,牵头\n",
        });
        Assert.Empty(payload.Items("errors"));
    }

    /// <summary>The global id of the unit of that name (first found).</summary>
    public static async Task<string> UnitIdAsync(this ApiServer server, string name) =>
        (await server.DataAsync("query($n: String) { units(nameContains: $n, first: 1) { nodes { id } } }", new { n = name }))
            .Items("units", "nodes")[0].Text("id");

    public static async Task<string> SectionIdAsync(this ApiServer server, string name) =>
        (await server.DataAsync("query($n: String) { sections(nameContains: $n, first: 1) { nodes { id } } }", new { n = name }))
            .Items("sections", "nodes")[0].Text("id");

    public static async Task<string> DutyIdAsync(this ApiServer server, string text) =>
        (await server.DataAsync("query($t: String) { duties(textContains: $t, first: 1) { nodes { id } } }", new { t = text }))
            .Items("duties", "nodes")[0].Text("id");
}
