using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;
using Microsoft.Data.Sqlite;
using R = DutyGraph.Graph.Sqlite.RecordReaders;

namespace DutyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string InScopeSql = "(SELECT value FROM json_each($scope))";
    private const string ScopeUnitsSql = SelectUnits + " WHERE j.name IN " + InScopeSql + " ORDER BY u.id";
    private const string ScopeSectionsSql = SelectSections + " WHERE j.name IN " + InScopeSql + " ORDER BY c.id";
    private static readonly string ScopeDutiesSql = R.SelectDuties + " WHERE j.name IN " + InScopeSql + " ORDER BY d.id";
    private const string ScopeHoldingsSql = SelectHoldings + """
         JOIN duties d ON d.id = h.duty_id JOIN jurisdictions j ON j.id = d.jurisdiction_id
         WHERE j.name IN (SELECT value FROM json_each($scope)) ORDER BY h.id
        """;
    private const string ScopeCorrespondencesSql = SelectCorrespondences + " WHERE j.name IN " + InScopeSql + " ORDER BY k.id";

    public Task<ModelRows> LoadModelRowsAsync(string? jurisdiction, CancellationToken ct) =>
        ReadAsync(async c =>
        {
            await using var tx = c.BeginTransaction(deferred: true);
            var scopeName = jurisdiction is null ? null : Graph.Jurisdictions.Jurisdiction.Canonical(jurisdiction);
            var all = await Sql.ListAsync(c, tx, ListJurisdictionsSql, R.Jurisdiction, ct);
            if (scopeName is not null && all.All(j => j.Name != scopeName))
            {
                throw new StoreException(StoreErrorCode.NotFound, "jurisdiction", $"no jurisdiction is named '{jurisdiction}'");
            }
            var scope = all.Where(j => ReadModel.InScope(scopeName, j.Name)).ToList();
            var p = ("$scope", (object?)System.Text.Json.JsonSerializer.Serialize(scope.Select(j => j.Name)));
            return new ModelRows(scopeName, scope,
                await Sql.ListAsync(c, tx, ScopeUnitsSql, R.Unit, ct, p),
                await Sql.ListAsync(c, tx, ScopeSectionsSql, R.Section, ct, p),
                await Sql.ListAsync(c, tx, ScopeDutiesSql, R.Duty, ct, p),
                await Sql.ListAsync(c, tx, ScopeHoldingsSql, R.Holding, ct, p),
                await Sql.ListAsync(c, tx, ScopeCorrespondencesSql, R.Correspondence, ct, p));
        }, ct);

    private const string AllUnitsSql = SelectUnits + " ORDER BY u.id";
    private const string AllSectionsSql = SelectSections + " ORDER BY c.id";
    private static readonly string AllDutiesSql = R.SelectDuties + " ORDER BY d.id";
    private const string AllHoldingsSql = SelectHoldings + " ORDER BY h.duty_id, h.id";
    private const string AllCorrespondencesSql = SelectCorrespondences + " ORDER BY k.id";

    public Task<Dataset> ExportAsync(CancellationToken ct) =>
        ReadAsync(async c =>
        {
            await using var tx = c.BeginTransaction(deferred: true);
            var units = await Sql.ListAsync(c, tx, AllUnitsSql, r => new Row<Units.Unit>(R.Unit(r), 0), ct);
            var sections = await Sql.ListAsync(c, tx, AllSectionsSql, r => new Row<Sections.Section>(R.Section(r), 0), ct);
            var duties = await Sql.ListAsync(c, tx, AllDutiesSql, R.Duty, ct);
            var holdings = (await Sql.ListAsync(c, tx, AllHoldingsSql, R.Holding, ct)).ToLookup(h => h.DutyId);
            var correspondences = await Sql.ListAsync(c, tx, AllCorrespondencesSql, r => new Row<Correspondences.Correspondence>(R.Correspondence(r), 0), ct);
            var entries = duties.ConvertAll(d => new DutyEntry(new Row<Duties.Duty>(d, 0),
                [.. holdings[d.Id].Select(h => new Row<Duties.Holding>(h, 0))]));
            return new Dataset(units, sections, entries, correspondences);
        }, ct);
}
