using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using R = DutyGraph.Graph.Sqlite.RecordReaders;

namespace DutyGraph.Graph.Sqlite;

/// <summary>Lookups of many parents' children in one statement, for the API's batch loaders.</summary>
public sealed partial class SqliteGraphStore
{
    private const string InIds = " IN (SELECT value FROM json_each($ids))";
    private const string SectionsOfUnitsSql = SelectSections + " WHERE c.unit_id" + InIds + " ORDER BY c.id";

    public Task<IReadOnlyList<Section>> ListSectionsOfUnitsAsync(IReadOnlyCollection<long> unitIds, CancellationToken ct) =>
        ReadAsync<IReadOnlyList<Section>>(async c => await SectionsAsync(c, null, SectionsOfUnitsSql, ct, ("$ids", Sql.IdArray(unitIds))), ct);

    private const string HoldingsByIdSql = SelectHoldings + " WHERE h.id" + InIds + " ORDER BY h.id";
    private const string HoldingsByDutySql = SelectHoldings + " WHERE h.duty_id" + InIds + " ORDER BY h.id";
    private const string HoldingsByUnitSql = SelectHoldings + " WHERE h.unit_id" + InIds + " ORDER BY h.id";
    private const string HoldingsBySectionSql = SelectHoldings + " WHERE h.section_id" + InIds + " ORDER BY h.id";

    public Task<IReadOnlyList<Holding>> ListHoldingsByAsync(HoldingLink link, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var sql = link switch
        {
            HoldingLink.Holding => HoldingsByIdSql,
            HoldingLink.Duty => HoldingsByDutySql,
            HoldingLink.Unit => HoldingsByUnitSql,
            HoldingLink.Section => HoldingsBySectionSql,
            _ => throw new ArgumentOutOfRangeException(nameof(link)),
        };
        return ReadAsync<IReadOnlyList<Holding>>(async c => await HoldingsAsync(c, null, sql, ct, ("$ids", Sql.IdArray(ids))), ct);
    }

    private const string CorrespondencesByIdSql = SelectCorrespondences + " WHERE k.id" + InIds + " ORDER BY k.id";
    private const string CorrespondencesByOfficeUnitSql = SelectCorrespondences + " WHERE k.office_unit_id" + InIds + " ORDER BY k.id";
    private const string CorrespondencesByOfficeSectionSql = SelectCorrespondences + " WHERE k.office_section_id" + InIds + " ORDER BY k.id";
    private const string CorrespondencesByCountyUnitSql = SelectCorrespondences + " WHERE k.county_unit_id" + InIds + " ORDER BY k.id";

    public Task<IReadOnlyList<Correspondence>> ListCorrespondencesByAsync(CorrespondenceLink link, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var sql = link switch
        {
            CorrespondenceLink.Correspondence => CorrespondencesByIdSql,
            CorrespondenceLink.OfficeUnit => CorrespondencesByOfficeUnitSql,
            CorrespondenceLink.OfficeSection => CorrespondencesByOfficeSectionSql,
            CorrespondenceLink.CountyUnit => CorrespondencesByCountyUnitSql,
            _ => throw new ArgumentOutOfRangeException(nameof(link)),
        };
        return ReadAsync<IReadOnlyList<Correspondence>>(async c => await CorrespondencesAsync(c, null, sql, ct, ("$ids", Sql.IdArray(ids))), ct);
    }
}
