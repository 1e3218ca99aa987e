using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using R = DutyGraph.Graph.Neo4j.Store.Neo4jRecords;

namespace DutyGraph.Graph.Neo4j.Store;

/// <summary>
/// Resolves names with the one <see cref="NameIndex"/> every store uses, loaded from Neo4j, and
/// links again the holdings, correspondences and units whose names did not resolve when they were
/// written (after records were added or renamed): a holding or correspondence moves from its
/// <c>:Unresolved</c> party to the unit or section now named; names no longer used are dropped.
/// </summary>
internal static class Neo4jLinker
{
    /// <summary>The names of the units and sections of these jurisdictions and those above them (null: of all).</summary>
    public static async Task<NameIndex> NamesAsync(Neo4jWriter w, IEnumerable<string>? jurisdictions)
    {
        List<string>? scope = jurisdictions?.SelectMany(Jurisdiction.SelfAndAncestors).Distinct().ToList();
        var index = new NameIndex();
        foreach (var row in (await w.RunAsync(Cypher.NameIndexUnits.With(("jurisdictions", scope)))).Records())
        {
            index.AddUnit((long)row["id"]!, (string)row["jurisdiction"]!, (string)row["name"]!,
                ((IEnumerable<object?>)row["aliases"]!).Select(a => (string)a!));
        }
        foreach (var row in (await w.RunAsync(Cypher.NameIndexSections.With(("jurisdictions", scope)))).Records())
        {
            index.AddSection((long)row["id"]!, (long)row["unitId"]!, (string)row["name"]!);
        }
        return index;
    }

    public static async Task LinkAllAsync(Neo4jWriter w, NameIndex? names = null)
    {
        var holdings = (await w.RunAsync(Cypher.UnlinkedHoldings.With())).Records().Select(r => (
            Id: (long)r["id"]!, J: (string)r["jurisdiction"]!, Unit: (string)r["unit"]!, Section: r["section"] as string, Holder: (string)r["holder"]!)).ToList();
        var correspondences = (await w.RunAsync(Cypher.UnlinkedCorrespondences.With())).Records().Select(r => (
            Id: (long)r["id"]!, Township: (string)r["township"]!, Office: (string)r["office"]!, County: (string)r["countyUnit"]!,
            Ends: ((string)r["officeRef"]!, (string)r["countyRef"]!))).ToList();
        var units = (await w.RunAsync(Cypher.UnlinkedUnits.With())).Records().Select(r => (
            Id: (long)r["id"]!, J: (string)r["jurisdiction"]!, Parent: r["parent"] as string, Colocated: r["colocatedWith"] as string)).ToList();
        if (holdings.Count + correspondences.Count + units.Count == 0)
        {
            return;
        }
        names ??= await NamesAsync(w, holdings.Select(h => h.J).Concat(correspondences.Select(c => c.Township)).Concat(units.Select(u => u.J)));

        var holders = holdings
            .Select(h => (h.Id, h.Holder, Then: names.ResolveHolder(h.J, h.Unit, h.Section) is var (unitId, sectionId)
                ? R.PartyRef(h.J, h.Unit, unitId, sectionId) : h.Holder))
            .Where(h => h.Then != h.Holder)
            .ToDictionary(h => h.Id, h => h.Then);
        if (holders.Count > 0)
        {
            var taken = (await w.RunAsync(Cypher.TakeHoldings.With(("ids", holders.Keys.ToList())))).Records().ToList();
            await w.CreateHoldingsAsync(taken.Select(t =>
            {
                var props = (IReadOnlyDictionary<string, object?>)t["props"]!;
                return ((long)t["dutyId"]!, holders[(long)props["id"]!], props);
            }));
        }

        var ends = correspondences
            .Select(c => (c.Id, c.Ends, Then: Neo4jWriter.Ends(c.Township, c.Office, c.County, names)))
            .Where(c => c.Then != c.Ends)
            .ToDictionary(c => c.Id, c => c.Then);
        if (ends.Count > 0)
        {
            var taken = (await w.RunAsync(Cypher.TakeCorrespondences.With(("ids", ends.Keys.ToList())))).Records().ToList();
            await w.CreateCorrespondencesAsync(taken.Select(t =>
            {
                var props = (IReadOnlyDictionary<string, object?>)t["props"]!;
                return (ends[(long)props["id"]!], props);
            }));
        }

        var links = units
            .Select(u => (u.Id, Parent: u.Parent is null ? null : names.FindUnit(u.J, u.Parent), Colocated: u.Colocated is null ? null : names.FindUnit(u.J, u.Colocated)))
            .Where(u => u.Parent is not null || u.Colocated is not null)
            .Select(u => Neo4jWriter.Row(("id", u.Id), ("parentId", u.Parent), ("colocatedId", u.Colocated)))
            .ToList();
        if (links.Count > 0)
        {
            await w.RunAsync(Cypher.LinkUnits.With(("rows", links)));
        }
        await w.RunAsync(Cypher.DropUnusedNames.With());
    }
}
