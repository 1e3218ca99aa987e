using System.Net;
using System.Text;
using System.Text.Json;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Api;

/// <summary>What a request may ask for is checked before it runs; what runs is stopped in time; errors say nothing of the internals.</summary>
public sealed class ProtectionTests
{
    [Fact]
    public async Task A_client_over_its_rate_gets_429_with_retry_after_and_a_key_has_its_own_allowance()
    {
        using var temp = new TempFolder();
        await using var server = new ApiServer(temp, ("Store:LoadSeedWhenEmpty", "false"), ("RateLimits:ClientPerSecond", "1"), ("RateLimits:ClientBurst", "2"));
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 4; i++)
        {
            var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : refused;
        }
        var (keyed, _) = await server.PostAsync("{ __typename }", key: ApiServer.EditorKey);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        Assert.True(int.Parse(refused!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, keyed);
    }

    [Fact]
    public async Task A_name_or_text_argument_over_its_limit_is_refused_naming_it_before_anything_is_written()
    {
        using var temp = new TempFolder();
        await using var server = await SmallCountyServer.StartAsync(temp, ("GraphQL:MaxNameLength", "20"), ("GraphQL:MaxTextLength", "100"));
        const string create = "mutation($input: CreateDutyInput!) { createDuty(input: $input) { duty { id } errors { message } } }";
        const string count = "{ duties(first: 1) { totalCount } }";
        var before = (await server.DataAsync(count)).GetProperty("duties").GetProperty("totalCount").GetInt32();

        var (longNameStatus, longName) = await server.PostAsync(create,
            new { input = new { jurisdiction = "上犹县", title = new string('证', 21), source = "test" } }, ApiServer.EditorKey);
        var (longTextStatus, longText) = await server.PostAsync(create,
            new { input = new { jurisdiction = "上犹县", title = "食品经营许可", description = new string('述', 101), source = "test" } }, ApiServer.EditorKey);
        var (searchStatus, search) = await server.PostAsync("query($j: String!) { units(jurisdiction: $j) { totalCount } }", new { j = new string('县', 21) });
        var (fineStatus, fine) = await server.PostAsync(create,
            new { input = new { jurisdiction = "上犹县", title = "食品经营许可", description = new string('述', 100), source = "test" } }, ApiServer.EditorKey);
        var after = (await server.DataAsync(count)).GetProperty("duties").GetProperty("totalCount").GetInt32();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (longNameStatus, longTextStatus, searchStatus, fineStatus));
        Assert.Equal("Argument \"input.title\" is 21 characters long; a name may have at most 20.", longName.Items("errors")[0].Text("message"));
        Assert.Equal("Argument \"input.description\" is 101 characters long; a text may have at most 100.", longText.Items("errors")[0].Text("message"));
        Assert.Equal("Argument \"jurisdiction\" is 21 characters long; a name may have at most 20.", search.Items("errors")[0].Text("message"));
        Assert.False(fine.TryGetProperty("errors", out _));
        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task Requests_over_the_depth_alias_cost_or_token_limits_are_refused_before_they_run()
    {
        using var temp = new TempFolder();
        await using var server = new ApiServer(temp, ("GraphQL:MaxTokens", "400"));
        var deep = "{ units { nodes { " + string.Concat(Enumerable.Repeat("holdings { duty { ", 7)) + "title" + new string('}', 14) + " } } }";
        var aliases = "{ " + string.Join(" ", Enumerable.Range(0, 51).Select(i => $"a{i}: __typename")) + " }";
        const string Costly = "{ units(first: 1000) { nodes { sections { holdings { duty { title } } } } } }";
        var tokens = "{ " + string.Join(" ", Enumerable.Range(0, 400).Select(_ => "__typename")) + " }";

        var (deepStatus, deepBody) = await server.PostAsync(deep);
        var (aliasStatus, aliasBody) = await server.PostAsync(aliases);
        var (costStatus, costBody) = await server.PostAsync(Costly);
        var (variableCostStatus, _) = await server.PostAsync("query($n: Int) { units(first: $n) { nodes { sections { holdings { duty { title } } } } } }", new { n = 1000 });
        var (fineStatus, _) = await server.PostAsync("query($n: Int) { units(first: $n) { nodes { sections { holdings { duty { title } } } } } }", new { n = 50 });
        var (tokenStatus, tokenBody) = await server.PostAsync(tokens);

        Assert.Equal(HttpStatusCode.BadRequest, deepStatus);
        Assert.Equal("The query is 17 fields deep; at most 15 are allowed.", deepBody.Items("errors")[0].Text("message"));
        Assert.Equal(HttpStatusCode.BadRequest, aliasStatus);
        Assert.Equal("The query uses 51 aliases; at most 50 are allowed.", aliasBody.Items("errors")[0].Text("message"));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.OK), (costStatus, variableCostStatus, fineStatus));
        Assert.StartsWith("The query would cost 212,001 ", costBody.Items("errors")[0].Text("message"));
        Assert.False(costBody.TryGetProperty("data", out _));
        Assert.Equal(HttpStatusCode.BadRequest, tokenStatus);
        Assert.Equal("Syntax Error: Document contains more than 400 tokens. Parsing aborted.", tokenBody.Items("errors")[0].Text("message"));
    }

    [Fact]
    public async Task A_body_of_unknown_length_is_read_whole_up_to_the_request_limit_and_refused_with_413_beyond_it()
    {
        using var temp = new TempFolder();
        await using var server = new ApiServer(temp, ("GraphQL:MaxRequestBytes", "30000"));
        static string Body(int padding) => JsonSerializer.Serialize(new
        {
            query = "# " + new string('x', padding) + "\n{ jurisdiction(name: \"上犹县\") { name } }",
        });

        var (fitStatus, fitBody) = await server.PostStreamedAsync(Body(29_000));
        var (overStatus, overBody) = await server.PostStreamedAsync(Body(31_000));

        Assert.True(Encoding.UTF8.GetByteCount(Body(29_000)) is > 29_000 and < 30_000);
        Assert.Equal(HttpStatusCode.OK, fitStatus);
        Assert.Equal("上犹县", fitBody.GetProperty("data").GetProperty("jurisdiction").Text("name"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overStatus);
        Assert.Equal("The request is larger than 30000 bytes.", overBody.Items("errors")[0].Text("message"));
    }

    [Fact]
    public async Task Introspection_can_be_switched_off_and_then_only_typename_answers()
    {
        using var temp = new TempFolder();
        await using var server = new ApiServer(temp, ("GraphQL:Introspection", "false"));

        var (schemaStatus, schemaBody) = await server.PostAsync("{ __schema { types { name } } }");
        var (typeStatus, _) = await server.PostAsync("""query Q { ...F } fragment F on Query { __type(name: "Unit") { name } }""");
        var typename = await server.DataAsync("{ __typename }");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (schemaStatus, typeStatus));
        Assert.Equal("GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".",
            schemaBody.Items("errors")[0].Text("message"));
        Assert.Equal("Query", typename.Text("__typename"));
    }

    [Fact]
    public async Task Introspection_is_on_by_default_so_IDEs_and_code_generators_work()
    {
        using var temp = new TempFolder();
        await using var server = new ApiServer(temp);

        var data = await server.DataAsync("""{ __type(name: "Mutation") { fields { name } } }""");

        Assert.Contains("abolishUnit", data.Items("__type", "fields").Select(f => f.Text("name")));
    }

    [Fact]
    public async Task An_execution_that_runs_past_its_time_is_stopped_and_an_unexpected_error_shows_no_internals()
    {
        var schema = SchemaBuilder.Build("type Query { slow: String failing: String }");
        var resolvers = new ResolverMap()
            .Add("Query", "slow", async c => { await Task.Delay(Timeout.Infinite, c.Cancellation); return "never"; })
            .Add("Query", "failing", _ => throw new InvalidOperationException("SELECT secret FROM users WHERE id = 1"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var stopped = await Record.ExceptionAsync(() => new Executor(schema, resolvers).ExecuteAsync(new ExecutionRequest(Parser.Parse("{ slow }")), timeout.Token));
        var failed = await new Executor(schema, resolvers).ExecuteAsync(new ExecutionRequest(Parser.Parse("{ failing }")));

        Assert.IsAssignableFrom<OperationCanceledException>(stopped);
        Assert.Equal("Unexpected error.", failed.Errors.Single().Message);
    }

    [Fact]
    public async Task The_server_answers_a_request_that_runs_past_its_time_with_503_and_a_message_saying_so()
    {
        using var temp = new TempFolder();
        await using var server = new ApiServer(temp, ("GraphQL:TimeoutSeconds", "0.01"), ("GraphQL:MaxCost", "2000000000"));
        const string Heavy = """
            { units(first: 1000) { nodes { name sections { holdings { duty { holdings { unit { name holdings { duty { title holdings { unitName } } } } } } } } } } }
            """;

        var (status, body) = await server.PostAsync(Heavy);

        Assert.True(status == HttpStatusCode.ServiceUnavailable, body.ToString());
        Assert.StartsWith("The request took longer than 0.01 s and was stopped", body.Items("errors")[0].Text("message"));
    }
}
