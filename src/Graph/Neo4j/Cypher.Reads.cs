namespace DutyGraph.Graph.Neo4j;

/// <summary>
/// Reads of records. A record comes back as one map: a node's properties, plus what the record
/// takes from its neighbours (a section's unit, a holding's duty and holder). Holders and
/// correspondence ends are <c>:Party</c> nodes: a unit, a section, or an <c>:Unresolved</c> name
/// that no record answers to yet.
/// </summary>
public static partial class Cypher
{
    private const string UnitMap = "u {.*}";
    private const string SectionMatch = "MATCH (u:Unit)-[:HAS_SECTION]->(s:Section)";
    private const string SectionMap = "s {.*, jurisdiction: u.jurisdiction, unit: u.name}";
    private const string DutyMap = "d {.*}";
    private const string HoldingMatch = "MATCH (p:Party)-[h:HOLDS]->(d:Duty)";
    private const string HoldingMap =
        "h {.*, dutyId: d.id, unitId: CASE WHEN p:Section THEN p.unitId WHEN p:Unit THEN p.id END, sectionId: CASE WHEN p:Section THEN p.id END}";
    private const string CorrespondenceMatch = "MATCH (o:Party)-[k:ANSWERS_TO]->(c:Party)";
    private const string CorrespondenceMap =
        "k {.*, officeUnitId: CASE WHEN o:Unit THEN o.id END, officeSectionId: CASE WHEN o:Section THEN o.id END, countyUnitId: CASE WHEN c:Unit THEN c.id END}";

    public static readonly CypherStatement CountAll = Read("CountAll", """
        RETURN COUNT { (:Jurisdiction) } AS jurisdictions, COUNT { (:Unit) } AS units, COUNT { (:Section) } AS sections,
               COUNT { (:Duty) } AS duties, COUNT { ()-[:HOLDS]->() } AS holdings, COUNT { ()-[:ANSWERS_TO]->() } AS correspondences,
               COUNT { (:Source) } AS sources
        """);

    private const string JurisdictionReturn = """
        OPTIONAL MATCH (j)-[:PART_OF]->(a:Jurisdiction)
        RETURN j.id AS id, j.name AS name, j.level AS level, a.name AS parent ORDER BY j.name
        """;

    public static readonly CypherStatement ListJurisdictions = Read("ListJurisdictions", "MATCH (j:Jurisdiction)\n" + JurisdictionReturn);

    public static readonly CypherStatement GetJurisdiction = Read("GetJurisdiction",
        "MATCH (j:Jurisdiction {name: $name})\n" + JurisdictionReturn, "name");

    public static readonly CypherStatement UnitsById = Read("UnitsById",
        $"MATCH (u:Unit) WHERE u.id IN $ids RETURN {UnitMap} AS r ORDER BY u.id", "ids");

    public static readonly CypherStatement UnitsIn = Read("UnitsIn",
        $"MATCH (u:Unit) WHERE u.jurisdiction IN $jurisdictions RETURN {UnitMap} AS r ORDER BY u.id", "jurisdictions");

    public static readonly CypherStatement SectionsById = Read("SectionsById",
        $"{SectionMatch} WHERE s.id IN $ids RETURN {SectionMap} AS r ORDER BY s.id", "ids");

    public static readonly CypherStatement SectionsOfUnits = Read("SectionsOfUnits",
        $"{SectionMatch} WHERE u.id IN $ids RETURN {SectionMap} AS r ORDER BY s.id", "ids");

    public static readonly CypherStatement DutiesById = Read("DutiesById",
        $"MATCH (d:Duty) WHERE d.id IN $ids RETURN {DutyMap} AS r ORDER BY d.id", "ids");

    public static readonly CypherStatement HoldingsById = Read("HoldingsById",
        $"{HoldingMatch} WHERE h.id IN $ids RETURN {HoldingMap} AS r ORDER BY h.id", "ids");

    public static readonly CypherStatement HoldingsOfDuties = Read("HoldingsOfDuties",
        $"{HoldingMatch} WHERE d.id IN $ids RETURN {HoldingMap} AS r ORDER BY h.id", "ids");

    /// <summary>Held by the units or by any of their sections.</summary>
    public static readonly CypherStatement HoldingsOfUnits = Read("HoldingsOfUnits",
        $"{HoldingMatch} WHERE (p:Unit AND p.id IN $ids) OR (p:Section AND p.unitId IN $ids) RETURN {HoldingMap} AS r ORDER BY h.id", "ids");

    public static readonly CypherStatement HoldingsOfSections = Read("HoldingsOfSections",
        $"{HoldingMatch} WHERE p:Section AND p.id IN $ids RETURN {HoldingMap} AS r ORDER BY h.id", "ids");

    public static readonly CypherStatement CorrespondencesById = Read("CorrespondencesById",
        $"{CorrespondenceMatch} WHERE k.id IN $ids RETURN {CorrespondenceMap} AS r ORDER BY k.id", "ids");

    public static readonly CypherStatement CorrespondencesOfOfficeUnits = Read("CorrespondencesOfOfficeUnits",
        $"{CorrespondenceMatch} WHERE o:Unit AND o.id IN $ids RETURN {CorrespondenceMap} AS r ORDER BY k.id", "ids");

    public static readonly CypherStatement CorrespondencesOfOfficeSections = Read("CorrespondencesOfOfficeSections",
        $"{CorrespondenceMatch} WHERE o:Section AND o.id IN $ids RETURN {CorrespondenceMap} AS r ORDER BY k.id", "ids");

    public static readonly CypherStatement CorrespondencesOfCountyUnits = Read("CorrespondencesOfCountyUnits",
        $"{CorrespondenceMatch} WHERE c:Unit AND c.id IN $ids RETURN {CorrespondenceMap} AS r ORDER BY k.id", "ids");

    /// <summary>
    /// Records in id order after <c>$after</c>, at most <c>$limit</c>, of the jurisdictions in
    /// <c>$scope</c> (all when null): the read model and the export read in such chunks.
    /// </summary>
    public static readonly IReadOnlyList<CypherStatement> Scans =
    [
        Read("ScanUnits", $"MATCH (u:Unit) WHERE ($scope IS NULL OR u.jurisdiction IN $scope) AND u.id > $after RETURN {UnitMap} AS r ORDER BY u.id LIMIT $limit",
            "scope", "after", "limit"),
        Read("ScanSections", $"{SectionMatch} WHERE ($scope IS NULL OR u.jurisdiction IN $scope) AND s.id > $after RETURN {SectionMap} AS r ORDER BY s.id LIMIT $limit",
            "scope", "after", "limit"),
        Read("ScanDuties", $"MATCH (d:Duty) WHERE ($scope IS NULL OR d.jurisdiction IN $scope) AND d.id > $after RETURN {DutyMap} AS r ORDER BY d.id LIMIT $limit",
            "scope", "after", "limit"),
        Read("ScanHoldings", $"{HoldingMatch} WHERE ($scope IS NULL OR d.jurisdiction IN $scope) AND h.id > $after RETURN {HoldingMap} AS r ORDER BY h.id LIMIT $limit",
            "scope", "after", "limit"),
        Read("ScanCorrespondences", $"{CorrespondenceMatch} WHERE ($scope IS NULL OR k.township IN $scope) AND k.id > $after RETURN {CorrespondenceMap} AS r ORDER BY k.id LIMIT $limit",
            "scope", "after", "limit"),
    ];

    public static CypherStatement ScanUnits => Scans[0];
    public static CypherStatement ScanSections => Scans[1];
    public static CypherStatement ScanDuties => Scans[2];
    public static CypherStatement ScanHoldings => Scans[3];
    public static CypherStatement ScanCorrespondences => Scans[4];

    private static CypherStatement Read(string name, string text, params string[] parameters) => new(name, text, parameters, Idempotent: true);

    private static CypherStatement Write(string name, string text, params string[] parameters) => new(name, text, parameters, Idempotent: false);
}
