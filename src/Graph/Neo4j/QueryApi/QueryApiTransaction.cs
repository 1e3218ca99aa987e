namespace DutyGraph.Graph.Neo4j.QueryApi;

/// <summary>
/// An explicit transaction of the Query API: opened by its first statement (<c>POST …/tx</c>),
/// continued (<c>POST …/tx/{id}</c>), committed (<c>POST …/tx/{id}/commit</c>) or rolled back
/// (<c>DELETE …/tx/{id}</c>, also when disposed uncommitted). Requests after the first carry the
/// cluster affinity the server gave, so they reach the member that holds the transaction. One
/// statement runs at a time. A transaction of work that may be run again refuses statements
/// that are not idempotent.
/// </summary>
public sealed class QueryApiTransaction : IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private readonly bool _retryable;
    private string? _id;
    private string? _affinity;
    private bool _closed;
    private int _busy;

    internal QueryApiTransaction(QueryApiClient client, bool retryable)
    {
        _client = client;
        _retryable = retryable;
    }

    /// <summary>The server's id of the transaction, once a statement has opened it.</summary>
    public string? Id => _id;

    public async Task<QueryResult> RunAsync(CypherCall call, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_retryable && !call.Statement.Idempotent)
        {
            throw new ArgumentException($"statement {call.Statement.Name} is not idempotent, so it cannot run in work that is tried again after a transient error");
        }
        if (Interlocked.Exchange(ref _busy, 1) == 1)
        {
            throw new InvalidOperationException($"statement {call.Statement.Name} was sent while another statement of the transaction was running: run one at a time");
        }
        try
        {
            var answer = await _client.SendAsync(HttpMethod.Post, _client.TransactionPath(_id), call, _affinity, ct);
            _id ??= answer.TransactionId ?? throw new Neo4jException(Neo4jException.Protocol,
                $"Neo4j at {_client.Settings.Display} opened no transaction for statement {call.Statement.Name}: its answer had no transaction id");
            _affinity = answer.Affinity;
            return answer.Result;
        }
        catch (Neo4jException e)
        {
            // An answer that named the transaction but could not be read still opened it: keep its id to roll it back.
            _id ??= e.Transaction;
            // Neo4j closes a transaction when one of its statements fails; errors of our own or of a proxy leave it open.
            _closed = e.FromServer;
            throw;
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    /// <summary>
    /// Commits. Once sent, a commit is not cancelled by the caller (it would leave the outcome
    /// unknown), and it may take longer than a statement: up to <see cref="Neo4jSettings.CommitTimeout"/>. If its
    /// answer is lost (a timeout, a dropped connection), whether it took effect is unknown: the error
    /// says so, is not transient, and the transaction is rolled back if it is still open.
    /// </summary>
    public async Task CommitAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_id is null)
        {
            _closed = true;
            return;
        }
        try
        {
            await _client.SendAsync(HttpMethod.Post, _client.TransactionPath(_id) + "/commit", null, _affinity, CancellationToken.None,
                _client.Settings.CommitTimeout);
            _closed = true;
        }
        catch (Neo4jException e) when (e.Code == Neo4jException.Unreachable)
        {
            throw e.WithOutcomeUnknown("commit");
        }
        catch (Neo4jException e)
        {
            _closed = e.FromServer;
            throw;
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
            // The transaction is left to expire on the server (or was already gone); nothing of it was committed.
        }
    }
}
