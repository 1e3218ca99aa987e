using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DutyGraph.Server.Api.Access;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DutyGraph.Tests.Support;

/// <summary>The real host (seeded store in a temp folder) with an editor and a reader key, spoken to over HTTP.</summary>
public sealed class ApiServer : IAsyncDisposable
{
    public const string EditorKey = "dg_test-editor-key";
    public const string ReaderKey = "dg_test-reader-key";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    public ApiServer(TempFolder temp, params (string Key, string Value)[] settings)
        : this(temp, kestrel: false, settings)
    {
    }

    /// <summary>A server on a real port (Kestrel), for a browser: its address is <see cref="BaseAddress"/>.</summary>
    public static ApiServer OnPort(TempFolder temp, params (string Key, string Value)[] settings) =>
        new(temp, kestrel: true, [("urls", $"http://127.0.0.1:{FreePort()}"), .. settings]);

    private ApiServer(TempFolder temp, bool kestrel, (string Key, string Value)[] settings)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Store:Path", temp.File("api.db"));
            b.UseSetting("Access:Keys:0:Name", "editor");
            b.UseSetting("Access:Keys:0:Sha256", ApiKeys.Hash(EditorKey));
            b.UseSetting("Access:Keys:0:Role", "Editor");
            b.UseSetting("Access:Keys:1:Name", "reader");
            b.UseSetting("Access:Keys:1:Sha256", ApiKeys.Hash(ReaderKey));
            b.UseSetting("Access:Keys:1:Role", "Reader");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
        if (kestrel)
        {
            _factory.UseKestrel();
            _factory.StartServer();
        }
        _client = _factory.CreateClient();
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Where the server answers.</summary>
    public Uri BaseAddress => _client.BaseAddress!;

    /// <summary>The server's services (its store, to check what a page wrote).</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>Another client of the same server (its own connection).</summary>
    public HttpClient CreateClient() => _factory.CreateClient();

    public HttpClient CreateClient(WebApplicationFactoryClientOptions options) => _factory.CreateClient(options);

    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string query, object? variables = null, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        using var response = await _client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Posts a request body as written (to send JSON no serializer would write).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostRawAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/graphql", content);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Posts a request body in pieces without saying its length, as a streaming client does.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostStreamedAsync(string json)
    {
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(json));
        using var response = await _client.PostAsync("/graphql", content);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] _body;

        public UnknownLengthContent(byte[] body)
        {
            _body = body;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            foreach (var piece in _body.Chunk(1000))
            {
                await stream.WriteAsync(piece);
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }

    /// <summary>A query or mutation that must succeed without errors: its data.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? key = null)
    {
        var (status, body) = await PostAsync(query, variables, key);
        Assert.True(status == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), $"{(int)status}: {body}");
        return body.GetProperty("data");
    }

    /// <summary>A mutation with the editor key: its payload.</summary>
    public async Task<JsonElement> MutateAsync(string field, string mutation, object? variables = null) =>
        (await DataAsync(mutation, variables, EditorKey)).GetProperty(field);

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }
}

/// <summary>Reading answers tersely.</summary>
public static class Json
{
    public static JsonElement At(this JsonElement e, params string[] path) => path.Aggregate(e, (x, p) => x.GetProperty(p));

    public static List<JsonElement> Items(this JsonElement e, params string[] path) => [.. e.At(path).EnumerateArray()];

    public static string Text(this JsonElement e, params string[] path) => e.At(path).GetString()!;
}
