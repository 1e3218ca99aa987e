using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Conformance;

/// <summary>graphql-http's audit of the GraphQL-over-HTTP specification, run against the real `dutygraph serve`.</summary>
[Collection(ReferenceImplementation.Collection)]
public sealed class HttpAuditTests(ReferenceImplementation graphqlHttp)
{
    private sealed record Audit(string Id, string Name, string Status, string? Reason);

    [Fact]
    public async Task The_server_passes_every_MUST_and_SHOULD_of_the_graphql_http_audit()
    {
        using var temp = new TempFolder();
        var port = FreePort();
        using var server = Support.Cli.Start("serve", "--db", temp.File("audit.db"), "--urls", $"http://127.0.0.1:{port}");
        try
        {
            await WaitUntilUpAsync(port);
            var audits = await graphqlHttp.RunJsonAsync<Audit[]>("audit.mjs", new { url = $"http://127.0.0.1:{port}/graphql" });

            var failed = audits.Where(a => a.Status != "ok" && !a.Name.StartsWith("MAY", StringComparison.Ordinal))
                .Select(a => $"{a.Id} {a.Name}: {a.Status} {a.Reason}").ToList();
            Assert.True(audits.Length > 50, $"only {audits.Length} audits ran");
            Assert.True(failed.Count == 0, $"{failed.Count} audits failed:\n" + string.Join("\n", failed));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilUpAsync(int port)
    {
        using var client = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await client.GetAsync($"http://127.0.0.1:{port}/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"dutygraph serve did not answer on port {port} within a minute");
            }
            await Task.Delay(200);
        }
    }
}
