namespace DutyGraph.Graph.Neo4j;

/// <summary>
/// Holdings (<c>HOLDS</c>) and correspondences (<c>ANSWERS_TO</c>) between <c>:Party</c> nodes,
/// each found by <c>ref</c>: <c>U:id</c> a unit, <c>S:id</c> a section, or an <c>:Unresolved</c>
/// name (made on first use) that a later unit or section may resolve; then they are linked again.
/// </summary>
public static partial class Cypher
{
    private const string PartyOf = """
        MERGE ({0}:Party {{ref: {1}}})
          ON CREATE SET {0}:Unresolved, {0}.jurisdiction = {2}, {0}.name = {3}
        """;

    public static readonly CypherStatement CreateHoldings = Write("CreateHoldings", """
        UNWIND $rows AS row
        MATCH (d:Duty {id: row.dutyId})
        """ + "\n" + string.Format(PartyOf, "p", "row.holder", "d.jurisdiction", "row.props.unit") + """

        CREATE (p)-[h:HOLDS]->(d)
        SET h = row.props
        """, "rows");

    /// <summary>Deletes holdings, returning each one's fields and duty (to be created again under another holder).</summary>
    public static readonly CypherStatement TakeHoldings = Write("TakeHoldings", """
        UNWIND $ids AS id
        MATCH ()-[h:HOLDS {id: id}]->(d:Duty)
        WITH h, d, properties(h) AS props
        DELETE h
        RETURN props, d.id AS dutyId
        """, "ids");

    public static readonly CypherStatement EndHolding = Write("EndHolding",
        "MATCH ()-[h:HOLDS {id: $id}]->() SET h.validTo = $on", "id", "on");

    public static readonly CypherStatement CreateCorrespondences = Write("CreateCorrespondences", """
        UNWIND $rows AS row
        """ + "\n" + string.Format(PartyOf, "o", "row.office", "row.props.township", "row.props.office") + "\n"
        + string.Format(PartyOf, "c", "row.county", "row.props.township", "row.props.countyUnit") + """

        CREATE (o)-[k:ANSWERS_TO]->(c)
        SET k = row.props
        """, "rows");

    /// <summary>Deletes the correspondences with these keys, returning the ids they had (kept by what replaces them).</summary>
    public static readonly CypherStatement TakeCorrespondencesByKey = Write("TakeCorrespondencesByKey", """
        UNWIND $rows AS row
        MATCH ()-[k:ANSWERS_TO {township: row.township, officeKey: row.officeKey, countyUnitKey: row.countyUnitKey}]->()
        WITH row, k, k.id AS id
        DELETE k
        RETURN row.i AS i, id
        """, "rows");

    public static readonly CypherStatement CorrespondenceByKey = Read("CorrespondenceByKey",
        "MATCH ()-[k:ANSWERS_TO {township: $township, officeKey: $office, countyUnitKey: $county}]->() RETURN k.id AS id", "township", "office", "county");

    public static readonly CypherStatement TakeCorrespondences = Write("TakeCorrespondences", """
        UNWIND $ids AS id
        MATCH ()-[k:ANSWERS_TO {id: id}]->()
        WITH k, properties(k) AS props
        DELETE k
        RETURN props
        """, "ids");

    public static readonly CypherStatement DropUnusedNames = Write("DropUnusedNames",
        "MATCH (p:Unresolved) WHERE NOT (p)--() DELETE p");

    /// <summary>Holdings whose holder did not resolve, or whose section did not.</summary>
    public static readonly CypherStatement UnlinkedHoldings = Read("UnlinkedHoldings", """
        MATCH (p:Party)-[h:HOLDS]->(d:Duty)
        WHERE p:Unresolved OR (p:Unit AND h.section IS NOT NULL)
        RETURN h.id AS id, d.jurisdiction AS jurisdiction, h.unit AS unit, h.section AS section, p.ref AS holder
        """);

    public static readonly CypherStatement UnlinkedCorrespondences = Read("UnlinkedCorrespondences", """
        MATCH (o:Party)-[k:ANSWERS_TO]->(c:Party)
        WHERE o:Unresolved OR c:Unresolved
        RETURN k.id AS id, k.township AS township, k.office AS office, k.countyUnit AS countyUnit, o.ref AS officeRef, c.ref AS countyRef
        """);

    public static readonly CypherStatement UnlinkedUnits = Read("UnlinkedUnits", """
        MATCH (u:Unit)
        WHERE (u.parent IS NOT NULL AND NOT (u)-[:PART_OF]->(:Unit)) OR (u.colocatedWith IS NOT NULL AND NOT (u)-[:COLOCATED_WITH]->(:Unit))
        RETURN u.id AS id, u.jurisdiction AS jurisdiction, u.parent AS parent, u.colocatedWith AS colocatedWith
        """);

    public static readonly CypherStatement LinkUnits = Write("LinkUnits", """
        UNWIND $rows AS row
        MATCH (u:Unit {id: row.id})
        OPTIONAL MATCH (a:Unit {id: row.parentId})
        OPTIONAL MATCH (b:Unit {id: row.colocatedId})
        FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END | MERGE (u)-[:PART_OF]->(x))
        FOREACH (x IN CASE WHEN b IS NULL THEN [] ELSE [b] END | MERGE (u)-[:COLOCATED_WITH]->(x))
        """, "rows");

    /// <summary>The names of units (and 挂牌 names) and sections of the jurisdictions given (all when null), to resolve names against.</summary>
    public static readonly CypherStatement NameIndexUnits = Read("NameIndexUnits", """
        MATCH (u:Unit) WHERE $jurisdictions IS NULL OR u.jurisdiction IN $jurisdictions
        RETURN u.id AS id, u.jurisdiction AS jurisdiction, u.name AS name, coalesce(u.aliases, []) AS aliases ORDER BY u.id
        """, "jurisdictions");

    public static readonly CypherStatement NameIndexSections = Read("NameIndexSections", """
        MATCH (u:Unit)-[:HAS_SECTION]->(s:Section) WHERE $jurisdictions IS NULL OR u.jurisdiction IN $jurisdictions
        RETURN s.id AS id, u.id AS unitId, s.name AS name ORDER BY s.id
        """, "jurisdictions");

    /// <summary>
    /// A replacing load starts from an empty graph (what the analyses keep stays), deleted
    /// <c>$limit</c> nodes a request, until it says it deleted none.
    /// </summary>
    public static readonly CypherStatement DeleteGraph = Write("DeleteGraph", """
        MATCH (n) WHERE n:Jurisdiction OR n:Unit OR n:Section OR n:Duty OR n:Source OR n:Party
        WITH n LIMIT $limit
        DETACH DELETE n
        RETURN count(*) AS deleted
        """, "limit");
}
