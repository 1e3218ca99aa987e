using System.Net;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Api;

/// <summary>Records created, changed and removed over HTTP; each refusal names its input and changes nothing.</summary>
public sealed class MutationApiTests
{
    private const string CreateUnit = """
        mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { id name kind aliases staffQuota validFrom source } errors { code message field } } }
        """;
    private const string Counts = "{ units { totalCount } sections { totalCount } duties { totalCount } correspondences { totalCount } }";

    [Fact]
    public async Task Changes_need_an_editor_key_a_reader_key_is_forbidden_and_nothing_changes()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var input = new { input = new { jurisdiction = "上犹县", name = "县林业局", source = "test" } };

        var (anonymous, anonymousBody) = await server.PostAsync(CreateUnit, input);
        var (reader, readerBody) = await server.PostAsync(CreateUnit, input, ApiServer.ReaderKey);
        var (wrongKey, _) = await server.PostAsync(CreateUnit, input, "dg_not-a-key");
        var (readerQuery, _) = await server.PostAsync(Counts, key: ApiServer.ReaderKey);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (anonymous, reader, wrongKey));
        Assert.Contains("API key", anonymousBody.Items("errors")[0].Text("message"));
        Assert.Contains("editor role", readerBody.Items("errors")[0].Text("message"));
        Assert.Equal(HttpStatusCode.OK, readerQuery);
        Assert.Equal(6, (await server.DataAsync(Counts)).At("units", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Reads_can_be_closed_to_callers_without_a_key()
    {
        using var temp = new TempFolder();
        await using var server = new ApiServer(temp, ("Access:ReadsNeedKey", "true"));

        var (anonymous, _) = await server.PostAsync("{ __typename }");
        var (reader, _) = await server.PostAsync("{ __typename }", key: ApiServer.ReaderKey);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (anonymous, reader));
    }

    [Fact]
    public async Task A_unit_is_created_changed_field_by_field_and_renamed_and_its_old_name_still_finds_it()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);

        var created = await server.MutateAsync("createUnit", CreateUnit, new { input = new
        {
            jurisdiction = "上犹县", name = "县林业局", kind = "政府部门", aliases = new[] { "县林长办" }, staffQuota = 20, validFrom = "2019-03-01", source = "三定",
        } });
        var id = created.Text("unit", "id");
        var updated = await server.MutateAsync("updateUnit", """
            mutation($id: ID!) { updateUnit(input: { id: $id, staffQuota: 25, validFrom: null }) { unit { kind staffQuota validFrom aliases } errors { code } } }
            """, new { id });
        var renamed = await server.MutateAsync("renameUnit", """
            mutation($id: ID!) { renameUnit(input: { id: $id, name: "县自然资源局" }) { unit { name aliases } errors { code } } }
            """, new { id });
        var found = await server.DataAsync("""{ findUnit(jurisdiction: "上犹县/营前镇", name: "县林业局") { id name } }""");

        Assert.Empty(created.Items("errors"));
        Assert.Equal(("县林业局", "2019-03-01", "三定"), (created.Text("unit", "name"), created.Text("unit", "validFrom"), created.Text("unit", "source")));
        Assert.Equal(("政府部门", 25), (updated.Text("unit", "kind"), updated.At("unit", "staffQuota").GetInt32()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, updated.At("unit", "validFrom").ValueKind);
        Assert.Equal(["县林长办", "县林业局"], renamed.Items("unit", "aliases").Select(a => a.GetString()));
        Assert.Equal((id, "县自然资源局"), (found.Text("findUnit", "id"), found.Text("findUnit", "name")));
        var dangling = await server.DataAsync("""{ duties(textContains: "违法用地") { nodes { holdings { isDangling unit { name } } } } }""");
        Assert.False(dangling.Items("duties", "nodes")[0].Items("holdings")[0].At("isDangling").GetBoolean());
    }

    [Fact]
    public async Task A_refused_unit_change_reports_code_message_and_input_path_and_changes_nothing()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var before = (await server.DataAsync(Counts)).ToString();

        var duplicate = await server.MutateAsync("createUnit", CreateUnit, new { input = new { jurisdiction = "上犹县", name = "县市场监督管理局 ", source = "t" } });
        var blank = await server.MutateAsync("createUnit", CreateUnit, new { input = new { jurisdiction = "上犹县", name = " ", source = "t" } });
        var negative = await server.MutateAsync("createUnit", CreateUnit, new { input = new { jurisdiction = "上犹县", name = "县林业局", staffQuota = -1, source = "t" } });
        var wrongType = await server.MutateAsync("updateUnit", """mutation { updateUnit(input: { id: "U2VjdGlvbjox", kind: "x" }) { unit { id } errors { code message field } } }""");
        var missing = await server.MutateAsync("renameUnit", """mutation { renameUnit(input: { id: "VW5pdDo5OTk5", name: "x" }) { unit { id } errors { code message field } } }""");

        Assert.Equal(("CONFLICT", "name"), Error(duplicate));
        Assert.Equal(("INVALID_ARGUMENT", "name"), Error(blank));
        Assert.Equal(("INVALID_ARGUMENT", "staffQuota"), Error(negative));
        Assert.Equal(("INVALID_ARGUMENT", "id"), Error(wrongType));
        Assert.Equal(("NOT_FOUND", "id"), Error(missing));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, duplicate.At("unit").ValueKind);
        Assert.Equal(before, (await server.DataAsync(Counts)).ToString());
    }

    [Fact]
    public async Task Sections_are_created_under_a_unit_changed_and_renamed_and_a_missing_unit_is_named()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var unit = await server.UnitIdAsync("县市场监督管理局");

        var created = await server.MutateAsync("createSection", """
            mutation($unit: ID!) { createSection(input: { unit: $unit, name: "药品医疗器械股", kind: "业务", staffQuota: 3, source: "三定" }) {
              section { id name unit { name } } errors { code } } }
            """, new { unit });
        var id = created.Text("section", "id");
        var updated = await server.MutateAsync("updateSection", """
            mutation($id: ID!) { updateSection(input: { id: $id, staffActual: 2 }) { section { kind staffQuota staffActual } errors { code } } }
            """, new { id });
        var renamed = await server.MutateAsync("renameSection", """
            mutation($id: ID!) { renameSection(input: { id: $id, name: "药品医疗器械监督管理股" }) { section { name } errors { code } } }
            """, new { id });
        var orphan = await server.MutateAsync("createSection", """
            mutation { createSection(input: { unit: "VW5pdDo5OTk5", name: "x", source: "t" }) { section { id } errors { code message field } } }
            """);
        var twice = await server.MutateAsync("createSection", """
            mutation($unit: ID!) { createSection(input: { unit: $unit, name: "药品医疗器械监督管理股", source: "t" }) { section { id } errors { code message field } } }
            """, new { unit });

        Assert.Equal("县市场监督管理局", created.Text("section", "unit", "name"));
        Assert.Equal(("业务", 3, 2), (updated.Text("section", "kind"), updated.At("section", "staffQuota").GetInt32(), updated.At("section", "staffActual").GetInt32()));
        Assert.Equal("药品医疗器械监督管理股", renamed.Text("section", "name"));
        Assert.Equal(("NOT_FOUND", "unit"), Error(orphan));
        Assert.Equal("CONFLICT", Error(twice).Code);
    }

    [Fact]
    public async Task Duties_are_created_and_changed_and_a_second_duty_with_the_same_code_is_a_conflict()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        const string Create = """
            mutation($code: String) { createDuty(input: { jurisdiction: "上犹县", title: "林木采伐许可", code: $code, category: "行政许可", source: "清单" }) {
              duty { id title code category jurisdiction { name } } errors { code message field } } }
            """;

        var created = await server.MutateAsync("createDuty", Create, new { code = "SY-XK-09" });
        var updated = await server.MutateAsync("updateDuty", """
            mutation($id: ID!) { updateDuty(input: { id: $id, basis: "《森林法》第五十六条", category: null }) { duty { title basis category } errors { code } } }
            """, new { id = created.Text("duty", "id") });
        var again = await server.MutateAsync("createDuty", Create, new { code = "SY-XK-09" });
        var untitled = await server.MutateAsync("createDuty", """
            mutation { createDuty(input: { jurisdiction: "上犹县", title: "", source: "清单" }) { duty { id } errors { code message field } } }
            """);

        Assert.Equal(("林木采伐许可", "上犹县"), (created.Text("duty", "title"), created.Text("duty", "jurisdiction", "name")));
        Assert.Equal(("林木采伐许可", "《森林法》第五十六条"), (updated.Text("duty", "title"), updated.Text("duty", "basis")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, updated.At("duty", "category").ValueKind);
        Assert.Equal("CONFLICT", Error(again).Code);
        Assert.Equal(("INVALID_ARGUMENT", "title"), Error(untitled));
    }

    [Fact]
    public async Task Correspondences_are_added_and_removed_and_a_township_without_its_county_is_refused()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        const string Add = """
            mutation($township: String!) { addCorrespondence(input: { township: $township, officeName: "营前镇党政综合办公室", countyUnitName: "县数据局", source: "衔接对应表" }) {
              correspondence { id countyUnit { name } officeUnit { name } } errors { code message field } } }
            """;

        var added = await server.MutateAsync("addCorrespondence", Add, new { township = "上犹县/营前镇" });
        var repeated = await server.MutateAsync("addCorrespondence", Add, new { township = "上犹县/营前镇" });
        var noCounty = await server.MutateAsync("addCorrespondence", Add, new { township = "营前镇" });
        const string Remove = "mutation($id: ID!) { removeCorrespondence(input: { id: $id }) { removedId errors { code message field } } }";
        var removed = await server.MutateAsync("removeCorrespondence", Remove, new { id = added.Text("correspondence", "id") });
        var removedAgain = await server.MutateAsync("removeCorrespondence", Remove, new { id = added.Text("correspondence", "id") });

        Assert.Equal(("县数据局", "营前镇党政综合办公室"), (added.Text("correspondence", "countyUnit", "name"), added.Text("correspondence", "officeUnit", "name")));
        Assert.Equal("CONFLICT", Error(repeated).Code);
        Assert.Equal(("INVALID_ARGUMENT", "township"), Error(noCounty));
        Assert.Equal(added.Text("correspondence", "id"), removed.Text("removedId"));
        Assert.Equal(("NOT_FOUND", "id"), Error(removedAgain));
        Assert.Equal(3, (await server.DataAsync(Counts)).At("correspondences", "totalCount").GetInt32());
    }

    [Fact]
    public async Task A_dataset_with_errors_is_refused_with_file_line_and_column_and_nothing_is_loaded()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp);
        var before = (await server.DataAsync(Counts)).ToString();

        var refused = await server.MutateAsync("importDataset", SmallCountyServer.Import, new
        {
            units = "行政区划,单位,类型\n上犹县,县林业局,政府部门\n",
            duties = "行政区划,单位,事项名称,生效日期\n上犹县,县林业局,林木采伐许可,2024-02-30\n",
        });
        var loaded = await server.MutateAsync("importDataset", SmallCountyServer.Import, new
        {
            units = "行政区划,单位,类型\n上犹县,县林业局,政府部门\n",
            duties = "行政区划,单位,事项名称\n上犹县,县林业局,林木采伐许可\n上犹县,县不存在局,林木检疫\n",
        });
        var nothing = await server.MutateAsync("importDataset", "mutation { importDataset(input: {}) { errors { code message field } } }");

        var error = refused.Items("errors").Single();
        Assert.Equal("INVALID_DATASET", error.Text("code"));
        Assert.StartsWith("duties.csv:2:4:", error.Text("message"));
        Assert.Equal(["input", "duties"], error.Items("field").Select(f => f.GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, refused.At("counts").ValueKind);
        Assert.Equal(7, loaded.At("counts", "units").GetInt32());
        Assert.Contains(loaded.Items("warnings"), w => w.GetString()!.StartsWith("duties.csv:3", StringComparison.Ordinal));
        Assert.Equal("INVALID_ARGUMENT", nothing.Items("errors")[0].Text("code"));
        Assert.NotEqual(before, (await server.DataAsync(Counts)).ToString());
    }

    internal static (string Code, string Field) Error(System.Text.Json.JsonElement payload)
    {
        var error = payload.Items("errors").Single();
        Assert.False(string.IsNullOrWhiteSpace(error.Text("message")));
        var field = error.Items("field").Select(f => f.GetString()).ToList();
        Assert.Equal("input", field[0]);
        return (error.Text("code"), string.Join(".", field.Skip(1)));
    }
}
