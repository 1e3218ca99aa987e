namespace DutyGraph.Graph.Neo4j;

/// <summary>What the analyses keep besides the graph: thesaurus entries, staff feedback, cluster marks, corrections of how duties are read.</summary>
public static partial class Cypher
{
    public static readonly CypherStatement ListThesaurus = Read("ListThesaurus",
        "MATCH (t:ThesaurusEntry) RETURN t.everyday AS everyday, t.listTerm AS listTerm, t.note AS note ORDER BY t.id");

    /// <summary>Adds entries not there yet (the counters say how many were new).</summary>
    public static readonly CypherStatement AddThesaurus = Write("AddThesaurus", """
        UNWIND $rows AS row
        MERGE (t:ThesaurusEntry {everyday: row.everyday, listTerm: row.listTerm})
          ON CREATE SET t.id = row.id, t.note = row.note
        """, "rows");

    /// <summary>Feedback names its unit by id, and by jurisdiction and name so it finds the unit again after a replacing load.</summary>
    public static readonly CypherStatement AddFeedback = Write("AddFeedback", """
        MATCH (u:Unit {id: $unit})
        CREATE (f:Feedback {id: $id, question: $question, jurisdiction: $jurisdiction, unitId: u.id,
                            unitJurisdiction: u.jurisdiction, unitName: u.name, unitKey: u.nameKey, at: $at})
        RETURN f {.*} AS r
        """, "id", "question", "jurisdiction", "unit", "at");

    public static readonly CypherStatement ListFeedback = Read("ListFeedback",
        "MATCH (f:Feedback) WHERE f.unitId IS NOT NULL RETURN f {.*} AS r ORDER BY f.id");

    public static readonly CypherStatement RelinkFeedback = Write("RelinkFeedback", """
        MATCH (f:Feedback)
        OPTIONAL MATCH (u:Unit {jurisdiction: f.unitJurisdiction, nameKey: f.unitKey})
        SET f.unitId = u.id
        """);

    public static readonly CypherStatement MarkCluster = Write("MarkCluster", """
        MERGE (m:ClusterMark {key: $key})
        SET m.status = $status, m.reason = $reason, m.by = $by, m.at = $at
        """, "key", "status", "reason", "by", "at");

    public static readonly CypherStatement UnmarkCluster = Write("UnmarkCluster", """
        MATCH (m:ClusterMark {key: $key})
        DELETE m
        RETURN count(*) AS removed
        """, "key");

    public static readonly CypherStatement CorrectDuty = Write("CorrectDuty", """
        MERGE (c:DutyCorrection {jurisdiction: $jurisdiction, listKey: $listKey})
        SET c.matter = $matter, c.action = $action, c.scope = $scope, c.by = $by, c.at = $at
        """, "jurisdiction", "listKey", "matter", "action", "scope", "by", "at");

    public static readonly CypherStatement ListCorrections = Read("ListCorrections", """
        MATCH (c:DutyCorrection)
        RETURN c.jurisdiction AS jurisdiction, c.listKey AS listKey, c.matter AS matter, c.action AS action, c.scope AS scope, c.by AS by, c.at AS at
        ORDER BY c.jurisdiction, c.listKey
        """);

    public static readonly CypherStatement ListClusterMarks = Read("ListClusterMarks",
        "MATCH (m:ClusterMark) RETURN m.key AS key, m.status AS status, m.reason AS reason, m.by AS by, m.at AS at ORDER BY m.key");
}
