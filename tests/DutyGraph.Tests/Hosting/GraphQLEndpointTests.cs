using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DutyGraph.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DutyGraph.Tests.Hosting;

/// <summary>The DutyGraph API over HTTP, through the real host.</summary>
public sealed class GraphQLEndpointTests
{
    private static WebApplicationFactory<Program> Server(string db) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Store:Path", db));

    private static async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> PostAsync(HttpClient client, string query, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Units_of_a_seeded_county_are_listed_a_page_at_a_time_with_their_jurisdiction()
    {
        using var temp = new TempFolder();
        await using var server = Server(temp.File("api.db"));
        var client = server.CreateClient();

        var (status, body, mediaType) = await PostAsync(client,
            """{ units(jurisdiction: "上犹县", first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name jurisdiction { name level } } } } }""");

        Assert.Equal((HttpStatusCode.OK, "application/graphql-response+json"), (status, mediaType));
        var units = body.GetProperty("data").GetProperty("units");
        Assert.True(units.GetProperty("totalCount").GetInt32() > 2);
        Assert.True(units.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var edges = units.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(2, edges.Count);
        Assert.All(edges, e => Assert.Equal("上犹县", e.GetProperty("node").GetProperty("jurisdiction").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task An_invalid_document_is_refused_with_400_and_the_validation_errors_and_no_data()
    {
        using var temp = new TempFolder();
        await using var server = Server(temp.File("api.db"));

        var (status, body, _) = await PostAsync(server.CreateClient(), "{ units { edges { node { nmae } } } }");
        var (jsonStatus, _, jsonType) = await PostAsync(server.CreateClient(), "{ units { edges { node { nmae } } } }", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("Cannot query field \"nmae\" on type \"Unit\". Did you mean \"name\"?", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal((HttpStatusCode.OK, "application/json"), (jsonStatus, jsonType));
    }

    [Fact]
    public async Task A_GET_query_is_answered_and_an_unacceptable_Accept_header_is_refused()
    {
        using var temp = new TempFolder();
        await using var server = Server(temp.File("api.db"));
        var client = server.CreateClient();

        using var get = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ jurisdictions { name } }"));
        using var xml = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        xml.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/xml"));
        using var refused = await client.SendAsync(xml);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("上犹县/营前镇", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotAcceptable, refused.StatusCode);
    }

    [Fact]
    public async Task A_browser_opening_the_endpoint_gets_the_IDE_served_from_the_product_and_a_client_still_gets_GraphQL()
    {
        using var temp = new TempFolder();
        await using var server = Server(temp.File("api.db"));
        var client = server.CreateClient();

        using var browser = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        browser.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var ide = await client.SendAsync(browser);
        var page = await ide.Content.ReadAsStringAsync();
        var references = System.Text.RegularExpressions.Regex.Matches(page, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        var scripts = references.Where(r => r.StartsWith("/ide/", StringComparison.Ordinal)).ToList();
        var assets = await Task.WhenAll(scripts.Select(s => client.GetAsync(s)));
        using var graphql = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"));

        Assert.Equal(HttpStatusCode.OK, ide.StatusCode);
        Assert.Equal("text/html", ide.Content.Headers.ContentType!.MediaType);
        Assert.Equal(5, scripts.Count);
        Assert.All(assets, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.DoesNotContain(references, r => r.StartsWith("http", StringComparison.OrdinalIgnoreCase) || r.StartsWith("//", StringComparison.Ordinal));
        Assert.Contains("\"__typename\"", await graphql.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
