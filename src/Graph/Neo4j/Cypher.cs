using System.Reflection;

namespace DutyGraph.Graph.Neo4j;

/// <summary>
/// Every Cypher statement the Neo4j store sends, each a named constant with the parameters its
/// sender supplies (checked by Neo4j's own Cypher front end in the test command). The graph:
/// <c>(:Unit)-[:IN]->(:Jurisdiction)-[:PART_OF]->(:Jurisdiction)</c>, <c>(:Unit)-[:PART_OF]->(:Unit)</c>,
/// <c>(:Unit)-[:HAS_SECTION]->(:Section)</c>, <c>(:Duty)-[:LISTED_IN]->(:Jurisdiction)</c>,
/// <c>(:Unit|Section)-[:HOLDS {role, validFrom, validTo}]->(:Duty)</c>, <c>(:Unit)-[:COLOCATED_WITH]->(:Unit)</c>,
/// <c>(:Unit|Section)-[:ANSWERS_TO]->(:Unit)</c>; every record cites a <c>(:Source)</c> by its text. Units and sections
/// are also <c>:Party</c> nodes (found by <c>ref</c>), as is a name a list gives that resolves to nothing yet
/// (<c>:Party:Unresolved</c>), so a dangling holding or correspondence is still a relationship.
/// </summary>
public static partial class Cypher
{
    /// <summary>Uniqueness constraints, indexes and the full-text index, created if missing (<c>dutygraph neo4j init</c>).</summary>
    public static readonly IReadOnlyList<CypherStatement> Schema =
    [
        Ddl("ConstraintJurisdictionName", "CREATE CONSTRAINT jurisdiction_name IF NOT EXISTS FOR (j:Jurisdiction) REQUIRE j.name IS UNIQUE"),
        Ddl("ConstraintUnitId", "CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (u:Unit) REQUIRE u.id IS UNIQUE"),
        Ddl("ConstraintUnitKey", "CREATE CONSTRAINT unit_key IF NOT EXISTS FOR (u:Unit) REQUIRE (u.jurisdiction, u.nameKey) IS UNIQUE"),
        Ddl("ConstraintSectionId", "CREATE CONSTRAINT section_id IF NOT EXISTS FOR (s:Section) REQUIRE s.id IS UNIQUE"),
        Ddl("ConstraintSectionKey", "CREATE CONSTRAINT section_key IF NOT EXISTS FOR (s:Section) REQUIRE (s.unitId, s.nameKey) IS UNIQUE"),
        Ddl("ConstraintDutyId", "CREATE CONSTRAINT duty_id IF NOT EXISTS FOR (d:Duty) REQUIRE d.id IS UNIQUE"),
        Ddl("ConstraintDutyKey", "CREATE CONSTRAINT duty_key IF NOT EXISTS FOR (d:Duty) REQUIRE (d.jurisdiction, d.listKey) IS UNIQUE"),
        Ddl("ConstraintHoldingId", "CREATE CONSTRAINT holds_id IF NOT EXISTS FOR ()-[h:HOLDS]-() REQUIRE h.id IS RELATIONSHIP UNIQUE"),
        Ddl("ConstraintPartyRef", "CREATE CONSTRAINT party_ref IF NOT EXISTS FOR (p:Party) REQUIRE p.ref IS UNIQUE"),
        Ddl("ConstraintAnswersToId", "CREATE CONSTRAINT answers_to_id IF NOT EXISTS FOR ()-[k:ANSWERS_TO]-() REQUIRE k.id IS RELATIONSHIP UNIQUE"),
        Ddl("ConstraintAnswersToKey", "CREATE CONSTRAINT answers_to_key IF NOT EXISTS FOR ()-[k:ANSWERS_TO]-() REQUIRE (k.township, k.officeKey, k.countyUnitKey) IS RELATIONSHIP UNIQUE"),
        Ddl("ConstraintThesaurusEntry", "CREATE CONSTRAINT thesaurus_entry IF NOT EXISTS FOR (t:ThesaurusEntry) REQUIRE (t.everyday, t.listTerm) IS UNIQUE"),
        Ddl("ConstraintFeedbackId", "CREATE CONSTRAINT feedback_id IF NOT EXISTS FOR (f:Feedback) REQUIRE f.id IS UNIQUE"),
        Ddl("ConstraintClusterMarkKey", "CREATE CONSTRAINT cluster_mark_key IF NOT EXISTS FOR (m:ClusterMark) REQUIRE m.key IS UNIQUE"),
        Ddl("IndexUnitJurisdiction", "CREATE INDEX unit_jurisdiction IF NOT EXISTS FOR (u:Unit) ON (u.jurisdiction)"),
        Ddl("IndexSectionUnit", "CREATE INDEX section_unit IF NOT EXISTS FOR (s:Section) ON (s.unitId)"),
        Ddl("IndexDutyJurisdiction", "CREATE INDEX duty_jurisdiction IF NOT EXISTS FOR (d:Duty) ON (d.jurisdiction)"),
        Ddl("IndexAnswersToTownship", "CREATE INDEX answers_to_township IF NOT EXISTS FOR ()-[k:ANSWERS_TO]-() ON (k.township)"),
        Ddl("ConstraintSourceText", "CREATE CONSTRAINT source_text IF NOT EXISTS FOR (s:Source) REQUIRE s.text IS UNIQUE"),
        Ddl("ConstraintSequenceName", "CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (q:Sequence) REQUIRE q.name IS UNIQUE"),
        Ddl("FullTextDuties", """
            CREATE FULLTEXT INDEX duty_text IF NOT EXISTS FOR (d:Duty) ON EACH [d.title, d.description, d.basis]
            OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}
            """),
    ];

    /// <summary>The database's constraints and indexes by name, to report what <c>neo4j init</c> found and made.</summary>
    public static readonly CypherStatement ShowSchema = new("ShowSchema", """
        SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties
        RETURN name, type, state, labelsOrTypes, properties ORDER BY name
        """, [], Idempotent: true);

    private static CypherStatement Ddl(string name, string text) => new(name, text, [], Idempotent: true);

    /// <summary>Every statement of this catalogue, for the front-end check.</summary>
    public static IReadOnlyList<CypherStatement> All() =>
    [
        .. typeof(Cypher).GetFields(BindingFlags.Public | BindingFlags.Static).SelectMany(f => f.GetValue(null) switch
        {
            CypherStatement one => [one],
            IEnumerable<CypherStatement> many => many,
            _ => [],
        }),
    ];
}
