using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Store;

/// <summary>
/// Everything that persists, in domain terms. Each call is one transaction: it applies whole
/// or throws <see cref="StoreException"/> (or <see cref="DatasetRejectedException"/> for a
/// bulk load) and leaves the store as it was. Names are matched by <see cref="Text.NameKey"/>.
/// </summary>
public interface IGraphStore : IAnalysisStore
{
    /// <summary>Where the data is, for people: a file path or a server address.</summary>
    string Location { get; }

    /// <summary>Creates or migrates the schema; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken ct);

    Task<StoreCounts> CountAsync(CancellationToken ct);

    Task<IReadOnlyList<Jurisdiction>> ListJurisdictionsAsync(CancellationToken ct);

    Task<Jurisdiction?> GetJurisdictionAsync(string name, CancellationToken ct);

    Task<Unit?> GetUnitAsync(long id, CancellationToken ct);

    Task<IReadOnlyList<Unit>> GetUnitsAsync(IReadOnlyCollection<long> ids, CancellationToken ct);

    /// <summary>The unit of that name (or 挂牌 name) in that jurisdiction or the nearest above it.</summary>
    Task<Unit?> FindUnitAsync(string jurisdiction, string name, CancellationToken ct);

    Task<Page<Unit>> ListUnitsAsync(UnitFilter filter, PageRequest page, CancellationToken ct);

    Task<Section?> GetSectionAsync(long id, CancellationToken ct);

    Task<IReadOnlyList<Section>> GetSectionsAsync(IReadOnlyCollection<long> ids, CancellationToken ct);

    Task<Page<Section>> ListSectionsAsync(SectionFilter filter, PageRequest page, CancellationToken ct);

    Task<Duty?> GetDutyAsync(long id, CancellationToken ct);

    Task<IReadOnlyList<Duty>> GetDutiesAsync(IReadOnlyCollection<long> ids, CancellationToken ct);

    Task<Page<Duty>> ListDutiesAsync(DutyFilter filter, PageRequest page, CancellationToken ct);

    Task<Page<Holding>> ListHoldingsAsync(HoldingFilter filter, PageRequest page, CancellationToken ct);

    Task<Page<Correspondence>> ListCorrespondencesAsync(CorrespondenceFilter filter, PageRequest page, CancellationToken ct);

    /// <summary>The sections of any of these units, of every date, in id order (one call for many parents).</summary>
    Task<IReadOnlyList<Section>> ListSectionsOfUnitsAsync(IReadOnlyCollection<long> unitIds, CancellationToken ct);

    /// <summary>The holdings with any of these ids, or linked to any of these duties, units or sections; every date, in id order.</summary>
    Task<IReadOnlyList<Holding>> ListHoldingsByAsync(HoldingLink link, IReadOnlyCollection<long> ids, CancellationToken ct);

    /// <summary>The correspondences with any of these ids, or linked to any of these offices or county units, in id order.</summary>
    Task<IReadOnlyList<Correspondence>> ListCorrespondencesByAsync(CorrespondenceLink link, IReadOnlyCollection<long> ids, CancellationToken ct);

    /// <summary>
    /// Runs a write workflow's reads and writes (<see cref="IStoreWrites"/>) in one write
    /// transaction: all of it is written, or none if the workflow throws. The rules are the use
    /// cases' (<see cref="IStoreWrites"/> lists them); <paramref name="operation"/> names the
    /// workflow (UpdateUnit, ApplyReform …) for the store-call metrics.
    /// </summary>
    Task<T> WriteInTransactionAsync<T>(string operation, Func<IStoreWrites, Task<T>> step, CancellationToken ct);

    /// <summary>The rows of a jurisdiction (null: all) with those above and below it, of every date: what read models are built from.</summary>
    Task<ModelRows> LoadModelRowsAsync(string? jurisdiction, CancellationToken ct);

    /// <summary>
    /// Loads a dataset in one transaction as its rows stream by: all of it, or (on any error of
    /// the source or against the store's rules, or cancellation) none of it, with every error in
    /// one <see cref="DatasetRejectedException"/>; a store that cannot be reached or is busy
    /// throws <see cref="StoreException"/> with <see cref="StoreErrorCode.Unavailable"/>.
    /// </summary>
    Task<LoadSummary> BulkLoadAsync(IDatasetSource dataset, LoadMode mode, IProgress<LoadProgress>? progress, CancellationToken ct);

    /// <summary>Everything stored, as a dataset in id order.</summary>
    Task<Dataset> ExportAsync(CancellationToken ct);
}
