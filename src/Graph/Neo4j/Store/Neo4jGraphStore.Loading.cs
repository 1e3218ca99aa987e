using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Loads a dataset in one explicit transaction, in batches as the rows stream by: committed
    /// whole, or on any error or cancellation rolled back, leaving the database as it was (unless
    /// the commit's answer is lost: then <see cref="StoreErrorCode.OutcomeUnknown"/> says to look).
    /// </summary>
    public async Task<LoadSummary> BulkLoadAsync(IDatasetSource dataset, LoadMode mode, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        try
        {
            return await WriteAsync(async w =>
            {
                var summary = await new Neo4jBulkLoader(w, dataset, progress).LoadAsync(mode);
                progress?.Report(new LoadProgress("committing", dataset.RowCountHint, dataset.RowCountHint));
                return summary;
            }, ct);
        }
        catch (StoreException e) when (e.Code is not (StoreErrorCode.Unavailable or StoreErrorCode.OutcomeUnknown))
        {
            throw new DatasetRejectedException([Problem.Error("(store)", 0, null, e.Message)]);
        }
    }
}
