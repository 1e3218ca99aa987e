using System.Security.Cryptography;
using System.Text;
using DutyGraph.Graph.Analysis.Text;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>
/// Finds clusters of duties led by different holders of one jurisdiction that describe the
/// same responsibility. Candidates come from <see cref="CandidatePairs"/> (never all pairs);
/// each is scored closely by <see cref="PairScorer"/>; pairs at or above the minimum score are
/// joined into clusters. A LEAD/SUPPORT pair is not an overlap, nor are two duties led by the same holder.
/// </summary>
public static class DuplicateFinder
{
    public const double DefaultMinScore = 0.4;

    /// <summary>
    /// The lowest minimum score a caller may ask for. Below it nearly every pair of a list could
    /// score, so candidate generation would hand over every pair (millions on a county list).
    /// </summary>
    public const double LowestMinScore = 0.2;

    /// <summary>Why a minimum score is refused, or null when it may be used (NaN is refused too).</summary>
    public static string? MinScoreProblem(double minScore) =>
        minScore is >= LowestMinScore and <= 1 ? null
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must be between {LowestMinScore} and 1; it was {minScore}");

    public static IReadOnlyList<DuplicateCluster> Find(ReadModel model, Thesaurus thesaurus, double minScore = DefaultMinScore)
    {
        var (duties, leads, edges) = Score(model, thesaurus, minScore, exhaustive: false);
        var clusters = Join(duties.Length, edges).Select(c => Cluster(c.Members, c.Edges, duties, leads)).ToList();
        var clustered = clusters.SelectMany(c => c.Members.Select(m => m.Duty.Id)).ToHashSet();
        clusters.AddRange(SharedLeads(duties.Where(d => !clustered.Contains(d.Id)), leads));
        return [.. clusters.OrderByDescending(c => c.Score).ThenBy(c => c.Members[0].Duty.Id)];
    }

    /// <summary>A pair of duties at or above the minimum score.</summary>
    public sealed record ScoredPair(Duty A, Duty B, PairScore Score);

    /// <summary>
    /// The scored pairs at or above the minimum score: from the candidates, or, to measure how
    /// many the candidates miss, from every pair of one jurisdiction (slow: use on a subset).
    /// </summary>
    public static IReadOnlyList<ScoredPair> Pairs(ReadModel model, Thesaurus thesaurus, double minScore, bool exhaustive)
    {
        var (duties, _, edges) = Score(model, thesaurus, minScore, exhaustive);
        return [.. edges.Select(e => new ScoredPair(duties[e.A], duties[e.B], e.Score))];
    }

    /// <summary>
    /// The lead duties and the pairs (by index into them) at or above the minimum score. Pairs
    /// never cross lists, so each list is profiled and scored on its own, lists side by side: a
    /// list's clusters do not depend on what else the model holds, and only one list's profiles
    /// per core are in memory at once.
    /// </summary>
    private static (Duty[] Duties, Dictionary<long, List<Holding>> Leads, List<(int A, int B, PairScore Score)> Edges) Score(
        ReadModel model, Thesaurus thesaurus, double minScore, bool exhaustive)
    {
        var leads = LeadHoldings(model);
        var duties = leads.Keys.Select(id => model.DutyById[id]).ToArray();
        var edges = new List<(int A, int B, PairScore Score)>();
        var gate = new Lock();
        var lists = Enumerable.Range(0, duties.Length).GroupBy(i => duties[i].Jurisdiction).Select(g => g.ToArray()).ToList();
        Parallel.ForEach(lists, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, list =>
        {
            var scorer = new PairScorer([.. list.Select(i => new DutyProfile(duties[i], thesaurus))]);
            var local = new List<(int, int, PairScore)>();
            var candidates = exhaustive ? AllPairs(list.Length) : CandidatePairs.Of(scorer, minScore);
            foreach (var (x, y) in candidates)
            {
                var (a, b) = (list[x], list[y]);
                if (DifferentHolders(leads[duties[a].Id], leads[duties[b].Id]) && scorer.Score(x, y, minScore) is { } score)
                {
                    local.Add((a, b, score));
                }
            }
            lock (gate)
            {
                edges.AddRange(local);
            }
        });
        edges.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return (duties, leads, edges);
    }

    /// <summary>Every pair of a list's duties.</summary>
    private static IEnumerable<(int A, int B)> AllPairs(int count)
    {
        for (var x = 0; x < count; x++)
        {
            for (var y = x + 1; y < count; y++)
            {
                yield return (x, y);
            }
        }
    }

    /// <summary>The lead holdings of each duty in the model's jurisdiction (or below), whose holder is active on the date.</summary>
    private static Dictionary<long, List<Holding>> LeadHoldings(ReadModel model)
    {
        var leads = new Dictionary<long, List<Holding>>();
        foreach (var duty in model.Duties.Where(d => model.IsInOrBelow(d.Jurisdiction)))
        {
            var active = model.HoldingsOf(duty).Where(h => h.Role == Role.Lead && model.HolderIsActive(h)).ToList();
            if (active.Count > 0)
            {
                leads[duty.Id] = active;
            }
        }
        return leads;
    }

    private static (long Unit, long? Section) Holder(Holding h) => (h.UnitId!.Value, h.SectionId);

    private static bool DifferentHolders(List<Holding> a, List<Holding> b) =>
        a.Any(x => b.Any(y => Holder(x) != Holder(y)));

    /// <summary>Connected groups of the scored pairs (union–find), each with the pairs that join it.</summary>
    private static IEnumerable<(List<int> Members, List<(int A, int B, PairScore Score)> Edges)> Join(
        int count, List<(int A, int B, PairScore Score)> edges)
    {
        var parent = Enumerable.Range(0, count).ToArray();
        int Root(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }
            return x;
        }
        foreach (var (a, b, _) in edges)
        {
            parent[Root(a)] = Root(b);
        }
        return edges.GroupBy(e => Root(e.A)).Select(g => (g.SelectMany(e => new[] { e.A, e.B }).Distinct().Order().ToList(), g.ToList()));
    }

    private static DuplicateCluster Cluster(List<int> members, List<(int A, int B, PairScore Score)> joining, Duty[] all,
        Dictionary<long, List<Holding>> leads)
    {
        var duties = members.Select(m => all[m]).ToList();
        var kind = joining.All(e => e.Score.Kind == DuplicateKind.Exact) ? DuplicateKind.Exact : DuplicateKind.Near;
        return new DuplicateCluster(KeyOf(duties), kind, Math.Round(joining.Average(e => e.Score.Score), 4),
            [.. duties.SelectMany(d => leads[d.Id].Select(h => new ClusterMember(d, h)))],
            [.. joining.SelectMany(e => e.Score.Explanation).Distinct()]);
    }

    /// <summary>One duty led by two different holders at once (多头牵头) is an exact overlap by itself.</summary>
    private static IEnumerable<DuplicateCluster> SharedLeads(IEnumerable<Duty> duties, Dictionary<long, List<Holding>> leads)
    {
        foreach (var duty in duties)
        {
            var holdings = leads[duty.Id];
            if (holdings.Select(Holder).Distinct().Count() > 1)
            {
                var holders = string.Join("、", holdings.Select(h => h.Section is null ? h.Unit : $"{h.Unit}{h.Section}").Distinct());
                yield return new DuplicateCluster(KeyOf([duty]), DuplicateKind.Exact, 1.0,
                    [.. holdings.Select(h => new ClusterMember(duty, h))],
                    [$"同一事项“{duty.Title}”由{holders}同时牵头"]);
            }
        }
    }

    /// <summary>
    /// A key that stays the same while the same duties (by jurisdiction and list key) make up the
    /// cluster, so a reviewer's mark still applies after a re-import gives them new ids.
    /// </summary>
    public static string KeyOf(IEnumerable<Duty> duties)
    {
        var text = string.Join("\n", duties.Select(d => d.Jurisdiction + "|" + d.ListKey).Order(StringComparer.Ordinal));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
    }
}
