using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DutyGraph.Tests.Neo4j;

/// <summary>A request the protocol server received: method, path, the headers that matter, and the body as JSON.</summary>
public sealed record ReceivedRequest(string Method, string Path, string? Authorization, string? Affinity, string? ContentType, string? Accept, JsonNode? Body)
{
    public string? Statement => Body?["statement"]?.GetValue<string>();
}

/// <summary>What the server answers to one request: a status, a body (JSON text) and how long to wait first.</summary>
public sealed record Reply(int Status, string Body, TimeSpan Delay = default)
{
    /// <summary>A 202 with typed-JSON data, as Neo4j answers a statement.</summary>
    public static Reply Data(string[] fields, params JsonNode?[][] rows) =>
        new(202, new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)JsonValue.Create(f))]),
                ["values"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonArray([.. r.Select(c => c?.DeepClone())]))]),
            },
            ["bookmarks"] = new JsonArray(JsonValue.Create("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ")),
        }.ToJsonString());

    public static Reply Empty => Data([]);

    /// <summary>Neo4j's error body, <c>{"errors": [{"code", "message"}]}</c>, with the status Neo4j gives it.</summary>
    public static Reply Error(int status, string code, string message) =>
        new(status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) }.ToJsonString());

    public static JsonNode Typed(string type, JsonNode? value) => new JsonObject { ["$type"] = type, ["_value"] = value };
}

/// <summary>
/// An in-process HTTP server that follows the Query API's documented request and response
/// bodies (neo4j.com/docs/query-api): it checks sign-in, opens, continues, commits and rolls back
/// explicit transactions with ids, expiry and cluster affinity, and answers unknown transactions
/// with Neo4j's 404 body. It does not run Cypher: each statement is answered by the test's script.
/// </summary>
public sealed class QueryApiServer : IAsyncDisposable
{
    public const string User = "neo4j";
    public const string Password = "test-password";
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, bool> _open = new();
    private int _nextTransaction;

    private QueryApiServer(WebApplication app) => _app = app;

    /// <summary>Answers each statement (by the request that carried it); the default answers an empty result.</summary>
    public Func<ReceivedRequest, Reply> Script { get; set; } = _ => Reply.Empty;

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public IReadOnlyCollection<string> OpenTransactions => [.. _open.Keys];

    /// <summary>Drops every open transaction, as the server does when they idle past their expiry.</summary>
    public Task ExpireAllAsync()
    {
        _open.Clear();
        return Task.CompletedTask;
    }

    public Uri Uri { get; private set; } = null!;

    public static async Task<QueryApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new QueryApiServer(app);
        app.Map("/db/{database}/query/v2/{**rest}", server.HandleAsync);
        await app.StartAsync();
        server.Uri = new Uri(app.Urls.First());
        return server;
    }

    private async Task HandleAsync(HttpContext http, string database, string? rest)
    {
        var request = await ReadAsync(http);
        Received.Enqueue(request);
        var expected = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{User}:{Password}"));
        if (request.Authorization != expected)
        {
            await WriteAsync(http, Reply.Error(401, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."), null);
            return;
        }
        if (database != "neo4j")
        {
            await WriteAsync(http, Reply.Error(404, "Neo.ClientError.Database.DatabaseNotFound", $"Database does not exist. Database name: '{database}'."), null);
            return;
        }
        var parts = (rest ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (parts)
        {
            case [] when request.Method == "POST":
                await WriteAsync(http, Script(request), null);
                break;
            case ["tx"] when request.Method == "POST":
                var id = $"tx{Interlocked.Increment(ref _nextTransaction)}";
                _open[id] = true;
                await AnswerInTransactionAsync(http, request, id, commit: false);
                break;
            case ["tx", var txId, ..] when !_open.ContainsKey(txId) || request.Affinity != Affinity:
                await WriteAsync(http, Reply.Error(404, "Neo.ClientError.Request.Invalid",
                    $"Transaction with Id: \"{txId}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."), null);
                break;
            case ["tx", var txId] when request.Method == "DELETE":
                _open.TryRemove(txId, out _);
                await WriteAsync(http, new Reply(200, "{}"), null);
                break;
            case ["tx", var txId] when request.Method == "POST":
                await AnswerInTransactionAsync(http, request, txId, commit: false);
                break;
            case ["tx", var txId, "commit"] when request.Method == "POST":
                await AnswerInTransactionAsync(http, request, txId, commit: true);
                break;
            default:
                await WriteAsync(http, Reply.Error(404, "Neo.ClientError.Request.Invalid", "Not Found"), null);
                break;
        }
    }

    /// <summary>A statement in a transaction: an error closes it (as Neo4j does); a commit closes it and answers bookmarks only.</summary>
    private async Task AnswerInTransactionAsync(HttpContext http, ReceivedRequest request, string id, bool commit)
    {
        // A commit or keep-alive without a statement gets the script's status and delay, and no data.
        var reply = Script(request);
        if (request.Statement is null && reply.Status < 300)
        {
            reply = reply with { Body = "{}" };
        }
        var failed = reply.Status >= 300 || JsonNode.Parse(reply.Body)?["errors"] is not null;
        if (failed || commit)
        {
            _open.TryRemove(id, out _);
        }
        var body = JsonNode.Parse(reply.Body)!.AsObject();
        if (commit && !failed)
        {
            body["bookmarks"] = new JsonArray(JsonValue.Create("FB:kcwQy9mp3ioyRom386bZDRRcuCiQ"));
        }
        else if (!failed)
        {
            body["transaction"] = new JsonObject { ["id"] = id, ["expires"] = "2099-10-22T15:48:29Z" };
        }
        await WriteAsync(http, reply with { Body = body.ToJsonString() }, failed || commit ? null : Affinity);
    }

    private static async Task<ReceivedRequest> ReadAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync();
        var headers = http.Request.Headers;
        return new ReceivedRequest(http.Request.Method, http.Request.Path.Value!, headers.Authorization.FirstOrDefault(),
            headers["neo4j-cluster-affinity"].FirstOrDefault(), headers.ContentType.FirstOrDefault(), headers.Accept.FirstOrDefault(),
            text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static async Task WriteAsync(HttpContext http, Reply reply, string? affinity)
    {
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        http.Response.StatusCode = reply.Status;
        http.Response.ContentType = "application/vnd.neo4j.query";
        if (affinity is not null)
        {
            http.Response.Headers["neo4j-cluster-affinity"] = affinity;
        }
        await http.Response.WriteAsync(reply.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
