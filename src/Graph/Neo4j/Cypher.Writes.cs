namespace DutyGraph.Graph.Neo4j;

/// <summary>
/// Writes. Rows go in batches (<c>UNWIND $rows AS row</c>); a record's own fields travel as one map
/// (<c>row.props</c>, where a null removes the property). Ids come from <c>(:Sequence)</c> counters.
/// </summary>
public static partial class Cypher
{
    /// <summary>Takes <c>$count</c> ids of a sequence (the change stamp is the sequence 'changes'); returns the last one taken.</summary>
    public static readonly CypherStatement TakeIds = Write("TakeIds", """
        MERGE (q:Sequence {name: $name}) ON CREATE SET q.last = 0
        SET q.last = q.last + $count
        RETURN q.last AS last
        """, "name", "count");

    public static readonly CypherStatement ChangeStamp = Read("ChangeStamp",
        "OPTIONAL MATCH (q:Sequence {name: 'changes'}) RETURN coalesce(q.last, 0) AS stamp");

    public static readonly CypherStatement KnownJurisdictions = Read("KnownJurisdictions",
        "MATCH (j:Jurisdiction) WHERE j.name IN $names RETURN j.name AS name", "names");

    public static readonly CypherStatement CreateJurisdictions = Write("CreateJurisdictions", """
        UNWIND $rows AS row
        MERGE (j:Jurisdiction {name: row.name}) ON CREATE SET j.id = row.id, j.level = row.level
        WITH j, row
        MATCH (a:Jurisdiction {name: row.parent})
        MERGE (j)-[:PART_OF]->(a)
        """, "rows");

    public static readonly CypherStatement MergeSources = Write("MergeSources",
        "UNWIND $texts AS text MERGE (:Source {text: text})", "texts");

    /// <summary>New units; one whose key is taken breaks the unit_key constraint.</summary>
    public static readonly CypherStatement CreateUnits = Write("CreateUnits", """
        UNWIND $rows AS row
        MATCH (j:Jurisdiction {name: row.props.jurisdiction})
        CREATE (u:Unit:Party {id: row.id, ref: row.ref})
        SET u += row.props
        CREATE (u)-[:IN]->(j)
        """, "rows");

    /// <summary>Units added or updated by key; their parent and 合署办公 links are dropped, to be linked again.</summary>
    public static readonly CypherStatement MergeUnits = Write("MergeUnits", """
        UNWIND $rows AS row
        MATCH (j:Jurisdiction {name: row.props.jurisdiction})
        MERGE (u:Unit {jurisdiction: row.props.jurisdiction, nameKey: row.props.nameKey})
          ON CREATE SET u:Party, u.id = row.id, u.ref = row.ref
        SET u += row.props
        MERGE (u)-[:IN]->(j)
        WITH u
        OPTIONAL MATCH (u)-[r:PART_OF|COLOCATED_WITH]->(:Unit)
        DELETE r
        """, "rows");

    public static readonly CypherStatement UpdateUnit = Write("UpdateUnit", """
        MATCH (u:Unit {id: $id})
        SET u += $props
        WITH u
        OPTIONAL MATCH (u)-[r:PART_OF|COLOCATED_WITH]->(:Unit)
        DELETE r
        """, "id", "props");

    /// <summary>A renamed unit's new name goes where rows linked to it wrote the old one.</summary>
    public static readonly CypherStatement RenameUnitReferences = Write("RenameUnitReferences", """
        MATCH (u:Unit {id: $id})
        OPTIONAL MATCH ()-[c:ANSWERS_TO]->(u) WHERE c.countyUnitKey = $oldKey
        SET c.countyUnit = $name, c.countyUnitKey = $key
        WITH DISTINCT u
        OPTIONAL MATCH (u)-[o:ANSWERS_TO]->() WHERE o.officeKey = $oldKey
        SET o.office = $name, o.officeKey = $key
        WITH DISTINCT u
        OPTIONAL MATCH (x:Unit)-[:PART_OF]->(u)
        SET x.parent = $name
        WITH DISTINCT u
        OPTIONAL MATCH (y:Unit)-[:COLOCATED_WITH]->(u)
        SET y.colocatedWith = $name
        WITH DISTINCT u
        OPTIONAL MATCH (f:Feedback {unitId: u.id})
        SET f.unitName = $name, f.unitKey = $key
        """, "id", "oldKey", "name", "key");

    /// <summary>The holder names of holdings held by a unit or its sections (compared by name key in .NET).</summary>
    public static readonly CypherStatement HolderNamesOfUnit = Read("HolderNamesOfUnit", """
        MATCH (p:Party)-[h:HOLDS]->(:Duty)
        WHERE (p:Unit AND p.id = $id) OR (p:Section AND p.unitId = $id)
        RETURN h.id AS id, h.unit AS unit
        """, "id");

    public static readonly CypherStatement RenameHolders = Write("RenameHolders",
        "UNWIND $ids AS id MATCH ()-[h:HOLDS {id: id}]->() SET h.unit = $name", "ids", "name");

    public static readonly CypherStatement HeldByUnitAfter = Read("HeldByUnitAfter", """
        MATCH (p:Party)-[h:HOLDS]->(:Duty)
        WHERE ((p:Unit AND p.id = $id) OR (p:Section AND p.unitId = $id)) AND (h.validTo IS NULL OR h.validTo > $on)
        RETURN count(h) AS held
        """, "id", "on");

    public static readonly CypherStatement HeldBySectionAfter = Read("HeldBySectionAfter", """
        MATCH (:Section {id: $id})-[h:HOLDS]->(:Duty) WHERE h.validTo IS NULL OR h.validTo > $on
        RETURN count(h) AS held
        """, "id", "on");

    /// <summary>The unit's end date (撤销); its sections are ended one by one by the use case that abolishes it.</summary>
    public static readonly CypherStatement EndUnit = Write("EndUnit",
        "MATCH (u:Unit {id: $id}) SET u.validTo = $on", "id", "on");

    /// <summary>The sections' end date (撤销), in one statement.</summary>
    public static readonly CypherStatement EndSections = Write("EndSections",
        "UNWIND $ids AS id MATCH (s:Section {id: id}) SET s.validTo = $on", "ids", "on");

    public static readonly CypherStatement CreateSections = Write("CreateSections", """
        UNWIND $rows AS row
        MATCH (u:Unit {id: row.unitId})
        CREATE (s:Section:Party {id: row.id, ref: row.ref, unitId: row.unitId})
        SET s += row.props
        CREATE (u)-[:HAS_SECTION]->(s)
        """, "rows");

    public static readonly CypherStatement MergeSections = Write("MergeSections", """
        UNWIND $rows AS row
        MATCH (u:Unit {id: row.unitId})
        MERGE (s:Section {unitId: row.unitId, nameKey: row.props.nameKey})
          ON CREATE SET s:Party, s.id = row.id, s.ref = row.ref
        SET s += row.props
        MERGE (u)-[:HAS_SECTION]->(s)
        RETURN row.i AS i, s.id AS id
        """, "rows");

    /// <summary>A section's new fields; a new name goes to the holdings it holds and the correspondences that wrote its old name.</summary>
    public static readonly CypherStatement UpdateSection = Write("UpdateSection", """
        MATCH (s:Section {id: $id})
        SET s += $props
        WITH s
        OPTIONAL MATCH (s)-[h:HOLDS]->()
        SET h.section = $name
        WITH DISTINCT s
        OPTIONAL MATCH (s)-[k:ANSWERS_TO]->() WHERE k.officeKey = $oldKey
        SET k.office = $name, k.officeKey = $key
        """, "id", "props", "name", "oldKey", "key");

    public static readonly CypherStatement CreateDuties = Write("CreateDuties", """
        UNWIND $rows AS row
        MATCH (j:Jurisdiction {name: row.props.jurisdiction})
        CREATE (d:Duty {id: row.id})
        SET d += row.props
        CREATE (d)-[:LISTED_IN]->(j)
        """, "rows");

    /// <summary>Duties added or updated by key; an updated duty's holders go (the rows that follow list its holders now).</summary>
    public static readonly CypherStatement MergeDuties = Write("MergeDuties", """
        UNWIND $rows AS row
        MATCH (j:Jurisdiction {name: row.props.jurisdiction})
        MERGE (d:Duty {jurisdiction: row.props.jurisdiction, listKey: row.props.listKey})
          ON CREATE SET d.id = row.id
        SET d += row.props
        MERGE (d)-[:LISTED_IN]->(j)
        WITH row, d
        OPTIONAL MATCH ()-[old:HOLDS]->(d)
        DELETE old
        RETURN DISTINCT row.i AS i, d.id AS id
        """, "rows");

    /// <summary>Duties a later row of theirs said were cancelled (状态 取消), with the day.</summary>
    public static readonly CypherStatement CancelDuties = Write("CancelDuties", """
        UNWIND $rows AS row
        MATCH (d:Duty {id: row.id})
        SET d.cancelledOn = row.on
        """, "rows");

    public static readonly CypherStatement UpdateDuty = Write("UpdateDuty",
        "MATCH (d:Duty {id: $id}) SET d += $props", "id", "props");
}
