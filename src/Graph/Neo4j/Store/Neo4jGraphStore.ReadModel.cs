using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;
using M = System.Collections.Generic.IReadOnlyDictionary<string, object?>;
using R = DutyGraph.Graph.Neo4j.Store.Neo4jRecords;

namespace DutyGraph.Graph.Neo4j.Store;

/// <summary>Whole jurisdictions read in chunks in one transaction: the read model of the analyses, and the export.</summary>
public sealed partial class Neo4jGraphStore
{
    /// <summary>Records per request when reading whole jurisdictions.</summary>
    private const int ScanChunk = 20_000;

    public Task<ModelRows> LoadModelRowsAsync(string? jurisdiction, CancellationToken ct) =>
        ReadTransactionAsync(async w =>
        {
            var scopeName = jurisdiction is null ? null : Jurisdictions.Jurisdiction.Canonical(jurisdiction);
            var all = (await w.RunAsync(Cypher.ListJurisdictions.With())).Records().Select(JurisdictionOf).ToList();
            if (scopeName is not null && all.All(j => j.Name != scopeName))
            {
                throw new StoreException(StoreErrorCode.NotFound, "jurisdiction", $"no jurisdiction is named '{jurisdiction}'");
            }
            var scope = all.Where(j => ReadModel.InScope(scopeName, j.Name)).ToList();
            List<string>? names = scopeName is null ? null : [.. scope.Select(j => j.Name)];
            return new ModelRows(scopeName, scope,
                await ScanAsync(w, Cypher.ScanUnits, names, R.Unit, u => u.Id),
                await ScanAsync(w, Cypher.ScanSections, names, R.Section, s => s.Id),
                await ScanAsync(w, Cypher.ScanDuties, names, R.Duty, d => d.Id),
                await ScanAsync(w, Cypher.ScanHoldings, names, R.Holding, h => h.Id),
                await ScanAsync(w, Cypher.ScanCorrespondences, names, R.Correspondence, k => k.Id));
        }, ct);

    public Task<Dataset> ExportAsync(CancellationToken ct) =>
        ReadTransactionAsync(async w =>
        {
            var units = await ScanAsync(w, Cypher.ScanUnits, null, R.Unit, u => u.Id);
            var sections = await ScanAsync(w, Cypher.ScanSections, null, R.Section, s => s.Id);
            var duties = await ScanAsync(w, Cypher.ScanDuties, null, R.Duty, d => d.Id);
            var holdings = (await ScanAsync(w, Cypher.ScanHoldings, null, R.Holding, h => h.Id)).ToLookup(h => h.DutyId);
            var correspondences = await ScanAsync(w, Cypher.ScanCorrespondences, null, R.Correspondence, k => k.Id);
            return new Dataset(
                units.ConvertAll(u => new Row<Units.Unit>(u, 0)),
                sections.ConvertAll(s => new Row<Sections.Section>(s, 0)),
                duties.ConvertAll(d => new DutyEntry(new Row<Duties.Duty>(d, 0), [.. holdings[d.Id].Select(h => new Row<Duties.Holding>(h, 0))])),
                correspondences.ConvertAll(k => new Row<Correspondences.Correspondence>(k, 0)));
        }, ct);

    /// <summary>All records of a kind in the jurisdictions given (null: all), in id order, a chunk per request.</summary>
    private static async Task<List<T>> ScanAsync<T>(Neo4jWriter w, CypherStatement scan, List<string>? scope, Func<M, T> map, Func<T, long> id)
    {
        var all = new List<T>();
        var after = 0L;
        while (true)
        {
            var chunk = await w.ListAsync(scan.With(("scope", scope), ("after", after), ("limit", (long)ScanChunk)), map);
            all.AddRange(chunk);
            if (chunk.Count < ScanChunk)
            {
                return all;
            }
            after = id(chunk[^1]);
        }
    }
}
