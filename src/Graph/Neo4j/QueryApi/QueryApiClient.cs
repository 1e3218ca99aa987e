using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace DutyGraph.Graph.Neo4j.QueryApi;

/// <summary>
/// Neo4j's HTTP Query API (<c>POST /db/{database}/query/v2</c>, Neo4j 5.19+ and Aura) over
/// HttpClient, in typed JSON. One statement runs in an implicit transaction
/// (<see cref="RunAsync"/>); several run in an explicit one (<see cref="InTransactionAsync"/>).
/// Idempotent work is tried again, with growing waits, after a transient error; other work never is.
/// </summary>
public sealed class QueryApiClient
{
    public const string TypedJson = "application/vnd.neo4j.query";
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly ResiliencePipeline _retry;

    /// <summary>
    /// A client over an HttpClient the caller owns; give it <c>Timeout = InfiniteTimeSpan</c>, since
    /// each request is bounded by <see cref="Neo4jSettings.RequestTimeout"/> instead.
    /// </summary>
    public QueryApiClient(HttpClient http, Neo4jSettings settings, TimeProvider? time = null)
    {
        if (settings.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(settings));
        }
        _http = http;
        Settings = settings;
        var builder = new ResiliencePipelineBuilder { TimeProvider = time ?? TimeProvider.System };
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(e => e.IsTransient),
                MaxRetryAttempts = settings.MaxRetries,
                Delay = settings.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }
        _retry = builder.Build();
    }

    public Neo4jSettings Settings { get; }

    private string QueryPath => $"db/{Uri.EscapeDataString(Settings.Database)}/query/v2";

    internal static bool IsTransactionPath(string path) => path.Contains("/tx/", StringComparison.Ordinal);

    internal string TransactionPath(string? id) => QueryPath + "/tx" + (id is null ? "" : "/" + Uri.EscapeDataString(id));

    /// <summary>Runs one statement in its own transaction (tried again after a transient error if it is idempotent).</summary>
    public Task<QueryResult> RunAsync(CypherCall call, CancellationToken ct) => call.Statement.Idempotent
        ? _retry.ExecuteAsync(async t => (await SendAsync(HttpMethod.Post, QueryPath, call, null, t)).Result, ct).AsTask()
        : RunOnceAsync(call, ct);

    /// <summary>A change that is not idempotent is sent once; if its answer is lost, the error says the outcome is unknown.</summary>
    private async Task<QueryResult> RunOnceAsync(CypherCall call, CancellationToken ct)
    {
        try
        {
            return (await SendAsync(HttpMethod.Post, QueryPath, call, null, ct)).Result;
        }
        catch (Neo4jException e) when (e.Code == Neo4jException.Unreachable && e.InnerException is OperationCanceledException)
        {
            throw e.WithOutcomeUnknown("statement");
        }
    }

    /// <summary>
    /// Runs work in one explicit transaction: committed if it returns, rolled back if it throws or
    /// is cancelled. Idempotent work (its statements must all be idempotent) is run again from the
    /// start after a transient error.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<QueryApiTransaction, CancellationToken, Task<T>> work, bool idempotent, CancellationToken ct)
    {
        async ValueTask<T> Once(CancellationToken t)
        {
            await using var tx = new QueryApiTransaction(this, idempotent);
            var result = await work(tx, t);
            await tx.CommitAsync(t);
            return result;
        }
        return idempotent ? _retry.ExecuteAsync(Once, ct).AsTask() : Once(ct).AsTask();
    }

    /// <summary>The answer to one request: its result, the explicit transaction's id if it named one, and its cluster affinity.</summary>
    internal sealed record Answer(QueryResult Result, string? TransactionId, string? Affinity);

    internal async Task<Answer> SendAsync(HttpMethod method, string path, CypherCall? call, string? affinity, CancellationToken ct, TimeSpan? limit = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit ?? Settings.RequestTimeout);
        using var request = new HttpRequestMessage(method, new Uri(Settings.Uri, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson));
        request.Headers.Authorization = Settings.Token is { } token
            ? new AuthenticationHeaderValue("Bearer", token)
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Settings.User}:{Settings.Password}")));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }
        if (method != HttpMethod.Delete)
        {
            request.Content = new ByteArrayContent(QueryApiBodies.Request(call));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson);
        }
        var name = call?.Statement.Name;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            using var parsed = QueryApiBodies.Parse(body);
            var sticky = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            if (QueryApiBodies.Error(parsed) is { } error)
            {
                throw Refusal(error.Code, error.Message, response.StatusCode, name, IsTransactionPath(path));
            }
            if (!response.IsSuccessStatusCode)
            {
                throw Refusal(null, null, response.StatusCode, name, IsTransactionPath(path));
            }
            var (result, transaction) = QueryApiBodies.Response(body, parsed, Settings.Display);
            return new Answer(result, transaction, sticky ?? affinity);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new Neo4jException(Neo4jException.Unreachable,
                $"Neo4j at {Settings.Display} did not answer{About(name)} within {(limit ?? Settings.RequestTimeout).TotalSeconds:0.#} s"
                + (limit is null ? " (Neo4j:RequestTimeoutSeconds)" : " (Neo4j:CommitTimeoutSeconds)"), null, name, e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException(Neo4jException.Unreachable, $"Neo4j at {Settings.Display} could not be reached{About(name)}: {e.Message}", null, name, e);
        }
    }

    private static string About(string? statement) => statement is null ? "" : $" (statement {statement})";

    /// <summary>A refusal in words that say what to check.</summary>
    private Neo4jException Refusal(string? code, string? message, HttpStatusCode status, string? statement, bool inTransaction)
    {
        if (status == HttpStatusCode.Unauthorized || code is "Neo.ClientError.Security.Unauthorized")
        {
            return new Neo4jException(code ?? "Neo.ClientError.Security.Unauthorized",
                $"Neo4j at {Settings.Display} refused to sign in {(Settings.Token is null ? $"user '{Settings.User}'" : "with the token")}: "
                + "check Neo4j__User and Neo4j__Password (or Neo4j__Token) in the environment or user secrets"
                + (message is null ? "" : $" ({message})"), status, statement);
        }
        if (status == HttpStatusCode.Forbidden || code?.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) == true)
        {
            return new Neo4jException(code ?? "Neo.ClientError.Security.Forbidden",
                $"Neo4j at {Settings.Display} does not allow {(Settings.Token is null ? $"user '{Settings.User}'" : "this token")} to do this{About(statement)}: {message ?? status.ToString()}", status, statement);
        }
        if (code is null)
        {
            // A proxy or load balancer answered without Neo4j's error body: 5xx may pass, anything else will not.
            return (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
                ? new Neo4jException(Neo4jException.Unreachable, $"Neo4j at {Settings.Display} answered {(int)status} {status}{About(statement)}", status, statement)
                : new Neo4jException("Neo.ClientError.Request.Invalid", $"Neo4j at {Settings.Display} answered {(int)status} {status}{About(statement)}", status, statement);
        }
        var hint = code switch
        {
            "Neo.ClientError.Database.DatabaseNotFound" => $" — there is no database '{Settings.Database}' (Neo4j:Database)",
            "Neo.ClientError.Request.Invalid" when status == HttpStatusCode.NotFound && inTransaction =>
                " — the transaction expired (idle longer than the server allows) or was closed by an earlier error; nothing of it was committed",
            _ => "",
        };
        return new Neo4jException(code, $"Neo4j refused{About(statement)}: {code}: {message}{hint}", status, statement);
    }
}
