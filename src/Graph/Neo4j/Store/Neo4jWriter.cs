using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Neo4j.QueryApi;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;
using M = System.Collections.Generic.IReadOnlyDictionary<string, object?>;
using R = DutyGraph.Graph.Neo4j.Store.Neo4jRecords;

namespace DutyGraph.Graph.Neo4j.Store;

/// <summary>
/// The work of one explicit transaction: reads in it, and writes of records in batches. Both
/// the single-record operations and the bulk load write through it, so a record is written one way.
/// </summary>
internal sealed class Neo4jWriter(QueryApiTransaction tx, CancellationToken ct)
{
    private readonly HashSet<string> _jurisdictions = [];
    private readonly HashSet<string> _sources = [];

    public CancellationToken Token => ct;

    public Task<QueryResult> RunAsync(CypherCall call) => tx.RunAsync(call, ct);

    public async Task<List<T>> ListAsync<T>(CypherCall call, Func<M, T> map) =>
        [.. (await RunAsync(call)).Records().Select(r => map(R.Map(r)))];

    public async Task<T?> OneAsync<T>(CypherStatement byIds, long id, Func<M, T> map) where T : class =>
        (await ListAsync(byIds.With(("ids", new[] { id })), map)).FirstOrDefault();

    /// <summary>Takes <paramref name="count"/> ids of a sequence; returns the first.</summary>
    public async Task<long> TakeIdsAsync(string sequence, int count)
    {
        var result = await RunAsync(Cypher.TakeIds.With(("name", sequence), ("count", (long)count)));
        return result.First<long>("last") - count + 1;
    }

    /// <summary>Every write transaction ends by moving the change stamp on.</summary>
    public Task BumpChangesAsync() => TakeIdsAsync("changes", 1);

    /// <summary>Makes the jurisdictions named (and those above them) that do not exist yet.</summary>
    public async Task JurisdictionsAsync(IEnumerable<string> names)
    {
        var wanted = names.SelectMany(Jurisdiction.SelfAndAncestors).Where(n => !_jurisdictions.Contains(n)).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }
        var known = (await RunAsync(Cypher.KnownJurisdictions.With(("names", wanted)))).Values<string>("name").ToHashSet();
        var missing = wanted.Where(n => !known.Contains(n)).OrderBy(n => n.Count(c => c == Jurisdiction.Separator)).ToList();
        if (missing.Count > 0)
        {
            var first = await TakeIdsAsync("jurisdiction", missing.Count);
            var rows = missing.Select((name, i) =>
            {
                var j = Jurisdiction.FromName(name);
                return Row(("id", first + i), ("name", j.Name), ("level", j.Level.ToString()), ("parent", j.Parent));
            }).ToList();
            await RunAsync(Cypher.CreateJurisdictions.With(("rows", rows)));
        }
        _jurisdictions.UnionWith(wanted);
    }

    public async Task SourcesAsync(IEnumerable<string> texts)
    {
        var missing = texts.Where(t => !_sources.Contains(t)).Distinct().ToList();
        if (missing.Count > 0)
        {
            await RunAsync(Cypher.MergeSources.With(("texts", missing)));
            _sources.UnionWith(missing);
        }
    }

    /// <summary>Writes units (with <paramref name="upsert"/>, added or updated by key); returns the ids given to new ones, in order.</summary>
    public async Task<long> UnitsAsync(IReadOnlyList<Unit> units, bool upsert)
    {
        await JurisdictionsAsync(units.Select(u => u.Jurisdiction));
        await SourcesAsync(units.Select(u => u.Source));
        var first = await TakeIdsAsync("unit", units.Count);
        var rows = units.Select((u, i) => Row(("id", first + i), ("ref", R.UnitRef(first + i)), ("props", R.Props(u)))).ToList();
        await RunAsync((upsert ? Cypher.MergeUnits : Cypher.CreateUnits).With(("rows", rows)));
        return first;
    }

    /// <summary>Writes sections of the units given; returns each one's id (an existing one's, for an upsert).</summary>
    public async Task<IReadOnlyList<long>> SectionsAsync(IReadOnlyList<(Section Section, long UnitId)> sections, bool upsert)
    {
        await SourcesAsync(sections.Select(s => s.Section.Source));
        var first = await TakeIdsAsync("section", sections.Count);
        var rows = sections.Select((s, i) => Row(("i", (long)i), ("id", first + i), ("ref", R.SectionRef(first + i)), ("unitId", s.UnitId),
            ("props", R.Props(s.Section)))).ToList();
        if (!upsert)
        {
            await RunAsync(Cypher.CreateSections.With(("rows", rows)));
            return [.. Enumerable.Range(0, sections.Count).Select(i => first + i)];
        }
        return IdsInOrder(await RunAsync(Cypher.MergeSections.With(("rows", rows))), sections.Count);
    }

    /// <summary>Writes duties (with <paramref name="upsert"/>, by key, an updated duty losing its holders); returns their ids in order.</summary>
    public async Task<IReadOnlyList<long>> DutiesAsync(IReadOnlyList<Duty> duties, bool upsert)
    {
        await JurisdictionsAsync(duties.Select(d => d.Jurisdiction));
        await SourcesAsync(duties.Select(d => d.Source));
        var first = await TakeIdsAsync("duty", duties.Count);
        var rows = duties.Select((d, i) => Row(("i", (long)i), ("id", first + i), ("props", R.Props(d)))).ToList();
        if (!upsert)
        {
            await RunAsync(Cypher.CreateDuties.With(("rows", rows)));
            return [.. Enumerable.Range(0, duties.Count).Select(i => first + i)];
        }
        return IdsInOrder(await RunAsync(Cypher.MergeDuties.With(("rows", rows))), duties.Count);
    }

    /// <summary>A holding to write: the duty's id and jurisdiction, and the holder its names resolve to.</summary>
    public sealed record HoldingRow(Holding Holding, long DutyId, string DutyJurisdiction, long? UnitId, long? SectionId);

    /// <summary>Records the day each of these duties was cancelled.</summary>
    public async Task CancelDutiesAsync(IReadOnlyList<(long Id, DateOnly On)> cancelled)
    {
        if (cancelled.Count > 0)
        {
            await RunAsync(Cypher.CancelDuties.With(("rows", cancelled.Select(c => Row(("id", c.Id), ("on", c.On))).ToList())));
        }
    }

    public async Task<long> HoldingsAsync(IReadOnlyList<HoldingRow> holdings)
    {
        await SourcesAsync(holdings.Select(h => h.Holding.Source));
        var first = await TakeIdsAsync("holding", holdings.Count);
        await CreateHoldingsAsync(holdings.Select((h, i) => (h.DutyId,
            R.PartyRef(h.DutyJurisdiction, h.Holding.Unit, h.UnitId, h.SectionId), (IReadOnlyDictionary<string, object?>)R.Props(h.Holding, first + i))));
        return first;
    }

    public Task CreateHoldingsAsync(IEnumerable<(long DutyId, string Holder, IReadOnlyDictionary<string, object?> Props)> rows) =>
        RunAsync(Cypher.CreateHoldings.With(("rows", rows.Select(r => Row(("dutyId", r.DutyId), ("holder", r.Holder), ("props", r.Props))).ToList())));

    /// <summary>Writes correspondences (an existing one with the same key is replaced and keeps its id), resolving names with the index given.</summary>
    public async Task<IReadOnlyList<long>> CorrespondencesAsync(IReadOnlyList<Correspondence> correspondences, NameIndex names)
    {
        await JurisdictionsAsync(correspondences.Select(c => c.Township));
        await SourcesAsync(correspondences.Select(c => c.Source));
        var keys = correspondences.Select((c, i) => Row(("i", (long)i), ("township", c.Township),
            ("officeKey", Text.NameKey.Of(c.TownshipOffice)), ("countyUnitKey", Text.NameKey.Of(c.CountyUnit)))).ToList();
        var kept = (await RunAsync(Cypher.TakeCorrespondencesByKey.With(("rows", keys)))).Pairs<long, long>("i", "id").ToDictionary(p => p.Item1, p => p.Item2);
        var first = await TakeIdsAsync("correspondence", correspondences.Count - kept.Count);
        var next = first;
        var ids = correspondences.Select((_, i) => kept.TryGetValue(i, out var id) ? id : next++).ToList();
        await CreateCorrespondencesAsync(correspondences.Select((c, i) =>
            (Ends(c.Township, c.TownshipOffice, c.CountyUnit, names), (IReadOnlyDictionary<string, object?>)R.Props(c, ids[i]))));
        return ids;
    }

    /// <summary>The refs of a correspondence's office and county unit, as its names resolve now.</summary>
    public static (string Office, string County) Ends(string township, string office, string countyUnit, NameIndex names)
    {
        var (officeUnit, officeSection) = names.ResolveOffice(township, office);
        return (R.PartyRef(township, office, officeUnit, officeSection),
            R.PartyRef(township, countyUnit, names.ResolveCountyUnit(township, countyUnit), null));
    }

    public Task CreateCorrespondencesAsync(IEnumerable<((string Office, string County) Ends, IReadOnlyDictionary<string, object?> Props)> rows) =>
        RunAsync(Cypher.CreateCorrespondences.With(("rows",
            rows.Select(r => Row(("office", r.Ends.Office), ("county", r.Ends.County), ("props", r.Props))).ToList())));

    private static long[] IdsInOrder(QueryResult result, int count)
    {
        var ids = new long[count];
        foreach (var (i, id) in result.Pairs<long, long>("i", "id"))
        {
            ids[i] = id;
        }
        return ids;
    }

    public static Dictionary<string, object?> Row(params (string Key, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
}
