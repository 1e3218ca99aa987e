using System.Collections;

namespace DutyGraph.Graph.Neo4j;

/// <summary>The paged lists of the API: one page after a cursor and the count of all that match, in one statement.</summary>
public static partial class Cypher
{
    private static string Valid(string x) =>
        $"($at IS NULL OR (({x}.validFrom IS NULL OR {x}.validFrom <= $at) AND ({x}.validTo IS NULL OR {x}.validTo > $at)))";

    private const string InJurisdiction = "($j IS NULL OR {0}.jurisdiction = $j OR ($below AND {0}.jurisdiction STARTS WITH $j + '/'))";

    public static readonly PagedCypher ListUnits = Paged("ListUnits", "MATCH (u:Unit)", "u", "u", "u.name", UnitMap,
        string.Format(InJurisdiction, "u") + """
         AND ($kind IS NULL OR u.kind = $kind)
         AND ($name IS NULL OR u.name CONTAINS $name OR any(a IN coalesce(u.aliases, []) WHERE a CONTAINS $name))
         AND 
        """ + Valid("u"),
        "j", "below", "kind", "name", "at");

    public static readonly PagedCypher ListSections = Paged("ListSections", SectionMatch, "u, s", "s", "s.name", SectionMap, """
        ($unit IS NULL OR u.id = $unit) AND ($j IS NULL OR u.jurisdiction = $j) AND ($kind IS NULL OR s.kind = $kind)
         AND ($name IS NULL OR s.name CONTAINS $name) AND 
        """ + Valid("s"),
        "unit", "j", "kind", "name", "at");

    public static readonly PagedCypher ListDuties = Paged("ListDuties", "MATCH (d:Duty)", "d", "d", "d.title", DutyMap,
        string.Format(InJurisdiction, "d") + """
         AND ($category IS NULL OR d.category = $category)
         AND ($text IS NULL OR d.title CONTAINS $text OR coalesce(d.description, '') CONTAINS $text OR coalesce(d.code, '') CONTAINS $text)
         AND ($at IS NULL OR EXISTS { MATCH ()-[h:HOLDS]->(d) WHERE 
        """ + Valid("h") + " })",
        "j", "below", "category", "text", "at");

    public static readonly PagedCypher ListHoldings = Paged("ListHoldings", HoldingMatch, "p, h, d", "h", "h.unit", HoldingMap, """
        ($duty IS NULL OR d.id = $duty) AND ($unit IS NULL OR (p:Unit AND p.id = $unit) OR (p:Section AND p.unitId = $unit))
         AND ($section IS NULL OR (p:Section AND p.id = $section)) AND 
        """ + Valid("h"),
        "duty", "unit", "section", "at");

    public static readonly PagedCypher ListCorrespondences = Paged("ListCorrespondences", CorrespondenceMatch, "o, k, c", "k", "k.office", CorrespondenceMap, """
        ($township IS NULL OR k.township = $township) AND ($county IS NULL OR (c:Unit AND c.id = $county))
         AND ($office IS NULL OR (o:Unit AND o.id = $office))
        """,
        "township", "county", "office");

    /// <summary>
    /// A list in id order and in name order: the rows after the cursor (<c>$after</c>, and
    /// <c>$afterName</c> in name order), at most <c>$limit</c>, and the count of all that match the filter.
    /// </summary>
    private static PagedCypher Paged(string name, string match, string vars, string x, string nameKey, string map, string filter, params string[] parameters)
    {
        string Text(string after, string order) => $"""
            {match} WHERE {filter} AND {after}
            WITH {vars} ORDER BY {order} LIMIT $limit
            WITH collect({map}) AS items
            RETURN items, COUNT {"{"} {match} WHERE {filter} {"}"} AS total
            """;
        return new PagedCypher(
            Read(name + "ById", Text($"{x}.id > $after", $"{x}.id"), [.. parameters, "after", "limit"]),
            Read(name + "ByName", Text($"({nameKey} > $afterName OR ({nameKey} = $afterName AND {x}.id > $after))", $"{nameKey}, {x}.id"),
                [.. parameters, "after", "afterName", "limit"]));
    }
}

/// <summary>The two statements of a paged list: in id order, and in name order.</summary>
public sealed record PagedCypher(CypherStatement ById, CypherStatement ByName) : IEnumerable<CypherStatement>
{
    public IEnumerator<CypherStatement> GetEnumerator() => ((IEnumerable<CypherStatement>)[ById, ByName]).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
