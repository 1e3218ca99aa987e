using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Analysis.Reviews;

/// <summary>
/// What staff tell the analyses, with the rules every entry point (the GraphQL API, the pages)
/// applies once: feedback on who was right for a question, and reviewers' marks on overlap
/// clusters. A refusal is a <see cref="StoreException"/> naming the field at fault; nothing is
/// written then.
/// </summary>
public sealed class ReviewRecording(IGraphStore store, TimeProvider clock, int maxQuestionLength = ReviewRecording.DefaultMaxQuestionLength,
    int maxTextLength = ReviewRecording.DefaultMaxTextLength)
{
    public const int DefaultMaxQuestionLength = 500;
    public const int DefaultMaxTextLength = 10_000;
    private const int MaxKeyLength = 200;

    /// <summary>Records that a unit was right for a question (in a jurisdiction, or anywhere).</summary>
    public async Task<StaffFeedback> RecordFeedbackAsync(string question, string? jurisdiction, long unitId, CancellationToken ct)
    {
        if (SearchText.Normalize(question).Length == 0)
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "question", "the question is empty or only punctuation");
        }
        if (question.Length > maxQuestionLength)
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "question", $"the question is {question.Length} characters long; at most {maxQuestionLength}");
        }
        if (jurisdiction is not null && await store.GetJurisdictionAsync(jurisdiction, ct) is null)
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "jurisdiction", $"no jurisdiction is named '{jurisdiction}'");
        }
        return await store.AddFeedbackAsync(new StaffFeedback(0, question, jurisdiction is null ? null : Jurisdiction.Canonical(jurisdiction),
            unitId, "", clock.GetUtcNow()), ct);
    }

    /// <summary>Marks a cluster by its key (a later mark replaces an earlier one); the reason is required.</summary>
    public Task<ClusterMark> MarkClusterAsync(string key, ClusterStatus status, string reason, string? by, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "reason", "a mark needs a reason (why the overlap is intentional, resolved or not one)");
        }
        if (reason.Length > maxTextLength)
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "reason", $"the reason is {reason.Length} characters long; at most {maxTextLength}");
        }
        if (key.Length is 0 or > MaxKeyLength)
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "key", $"a cluster's key is 1 to {MaxKeyLength} characters");
        }
        return store.MarkClusterAsync(new ClusterMark(key, status, reason, by, clock.GetUtcNow()), ct);
    }

    /// <summary>Takes a cluster's mark away; false when it had none.</summary>
    public Task<bool> UnmarkClusterAsync(string key, CancellationToken ct) => store.UnmarkClusterAsync(key, ct);
}
