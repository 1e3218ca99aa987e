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

    public static IReadOnlyList<DuplicateCluster> Find(ReadModel model, Thesaurus thesaurus, double minScore = DefaultMinScore)
    {
        var (profiles, leads, edges) = Score(model, thesaurus, minScore, exhaustive: false);
        var clusters = Join(profiles.Count, edges).Select(c => Cluster(c.Members, c.Edges, profiles, leads)).ToList();
        var clustered = clusters.SelectMany(c => c.Members.Select(m => m.Duty.Id)).ToHashSet();
        clusters.AddRange(SharedLeads(profiles.Where(p => !clustered.Contains(p.Duty.Id)), leads));
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
        var (profiles, _, edges) = Score(model, thesaurus, minScore, exhaustive);
        return [.. edges.Select(e => new ScoredPair(profiles[e.A].Duty, profiles[e.B].Duty, e.Score))];
    }

    private static (List<DutyProfile> Profiles, Dictionary<long, List<Holding>> Leads, List<(int A, int B, PairScore Score)> Edges) Score(
        ReadModel model, Thesaurus thesaurus, double minScore, bool exhaustive)
    {
        var leads = LeadHoldings(model);
        var ids = leads.Keys.ToArray();
        var made = new DutyProfile[ids.Length];
        Parallel.For(0, ids.Length, i => made[i] = new DutyProfile(model.DutyById[ids[i]], thesaurus));
        var profiles = made.ToList();
        var scorer = new PairScorer(profiles);
        var edges = new List<(int A, int B, PairScore Score)>();
        var gate = new Lock();
        // One list at a time (pairs never cross lists), lists side by side: the candidate sets stay small.
        var lists = Enumerable.Range(0, profiles.Count).GroupBy(i => profiles[i].Duty.Jurisdiction).Select(g => g.ToArray()).ToList();
        Parallel.ForEach(lists, list =>
        {
            var local = new List<(int, int, PairScore)>();
            var candidates = exhaustive ? AllPairs(list.Length) : CandidatePairs.Of(scorer, list, minScore);
            foreach (var (x, y) in candidates)
            {
                var (a, b) = (list[x], list[y]);
                if (DifferentHolders(leads[profiles[a].Duty.Id], leads[profiles[b].Duty.Id]) && scorer.Score(a, b, minScore) is { } score)
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
        return (profiles, leads, edges);
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

    private static DuplicateCluster Cluster(List<int> members, List<(int A, int B, PairScore Score)> joining, List<DutyProfile> profiles,
        Dictionary<long, List<Holding>> leads)
    {
        var duties = members.Select(m => profiles[m].Duty).ToList();
        var kind = joining.All(e => e.Score.Kind == DuplicateKind.Exact) ? DuplicateKind.Exact : DuplicateKind.Near;
        return new DuplicateCluster(KeyOf(duties), kind, Math.Round(joining.Average(e => e.Score.Score), 4),
            [.. duties.SelectMany(d => leads[d.Id].Select(h => new ClusterMember(d, h)))],
            [.. joining.SelectMany(e => e.Score.Explanation).Distinct()]);
    }

    /// <summary>One duty led by two different holders at once (多头牵头) is an exact overlap by itself.</summary>
    private static IEnumerable<DuplicateCluster> SharedLeads(IEnumerable<DutyProfile> profiles, Dictionary<long, List<Holding>> leads)
    {
        foreach (var profile in profiles)
        {
            var holdings = leads[profile.Duty.Id];
            if (holdings.Select(Holder).Distinct().Count() > 1)
            {
                var holders = string.Join("、", holdings.Select(h => h.Section is null ? h.Unit : $"{h.Unit}{h.Section}").Distinct());
                yield return new DuplicateCluster(KeyOf([profile.Duty]), DuplicateKind.Exact, 1.0,
                    [.. holdings.Select(h => new ClusterMember(profile.Duty, h))],
                    [$"同一事项“{profile.Duty.Title}”由{holders}同时牵头"]);
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
