namespace DutyGraph.Graph.Neo4j.QueryApi;

/// <summary>
/// An explicit transaction of the Query API: opened by its first statement (<c>POST …/tx</c>),
/// continued (<c>POST …/tx/{id}</c>), committed (<c>POST …/tx/{id}/commit</c>) or rolled back
/// (<c>DELETE …/tx/{id}</c>, also when disposed uncommitted). Requests after the first carry the
/// cluster affinity the server gave, so they reach the member that holds the transaction.
/// </summary>
public sealed class QueryApiTransaction : IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private string? _id;
    private string? _affinity;
    private bool _closed;

    internal QueryApiTransaction(QueryApiClient client) => _client = client;

    /// <summary>The server's id of the transaction, once a statement has opened it.</summary>
    public string? Id => _id;

    public async Task<QueryResult> RunAsync(CypherCall call, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        QueryApiClient.Answer answer;
        try
        {
            answer = await _client.SendAsync(HttpMethod.Post, _client.TransactionPath(_id), call, _affinity, ct);
        }
        catch (Neo4jException e) when (e.Code != Neo4jException.Unreachable)
        {
            // Neo4j closes a transaction when a statement in it fails: there is nothing left to roll back.
            _closed = true;
            throw;
        }
        if (_id is null)
        {
            _id = answer.TransactionId ?? throw new Neo4jException("DutyGraph.Protocol",
                $"Neo4j at {_client.Settings.Display} opened no transaction for statement {call.Statement.Name}: its answer had no transaction id");
        }
        _affinity = answer.Affinity;
        return answer.Result;
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        _closed = true;
        if (_id is not null)
        {
            await _client.SendAsync(HttpMethod.Post, _client.TransactionPath(_id) + "/commit", null, _affinity, ct);
        }
    }

    public async Task RollbackAsync(CancellationToken ct)
    {
        if (_closed)
        {
            return;
        }
        _closed = true;
        if (_id is not null)
        {
            await _client.SendAsync(HttpMethod.Delete, _client.TransactionPath(_id), null, _affinity, ct);
        }
    }

    /// <summary>Rolls back unless committed; if the server cannot be told, it drops the transaction when it expires.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync(CancellationToken.None);
        }
        catch (Neo4jException)
        {
            // The transaction is left to expire on the server; nothing of it was committed.
        }
    }
}
