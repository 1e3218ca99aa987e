using System.Security.Cryptography;
using System.Text;
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
    public const double DefaultMinScore = 0.5;

    public static IReadOnlyList<DuplicateCluster> Find(ReadModel model, double minScore = DefaultMinScore)
    {
        var leads = LeadHoldings(model);
        var profiles = leads.Keys.Select(id => new DutyProfile(model.DutyById[id])).ToList();
        var scorer = new PairScorer(PairScorer.Idf(profiles));
        var edges = new List<(int A, int B, PairScore Score)>();
        foreach (var (a, b) in CandidatePairs.Of(profiles))
        {
            if (!DifferentHolders(leads[profiles[a].Duty.Id], leads[profiles[b].Duty.Id]))
            {
                continue;
            }
            var score = scorer.Score(profiles[a], profiles[b]);
            if (score.Score >= minScore)
            {
                edges.Add((a, b, score));
            }
        }
        var clusters = Join(profiles.Count, edges).Select(c => Cluster(c, profiles, leads, edges)).ToList();
        clusters.AddRange(SharedLeads(profiles, leads));
        return [.. clusters.OrderByDescending(c => c.Score).ThenBy(c => c.Members[0].Duty.Id)];
    }

    /// <summary>The lead holdings of each duty in the model's jurisdiction (or below), whose holder is active on the date.</summary>
    private static Dictionary<long, List<Holding>> LeadHoldings(ReadModel model)
    {
        bool InScope(string name) => model.Jurisdiction is not { } scope || name == scope || name.StartsWith(scope + Jurisdiction.Separator, StringComparison.Ordinal);
        var leads = new Dictionary<long, List<Holding>>();
        foreach (var duty in model.Duties.Where(d => InScope(d.Jurisdiction)))
        {
            var active = model.HoldingsOf(duty).Where(h => h.Role == Role.Lead && h.UnitId is { } u
                && model.UnitById.TryGetValue(u, out var unit) && model.IsActive(unit)
                && (h.SectionId is not { } s || (model.SectionById.TryGetValue(s, out var section) && model.IsActive(section)))).ToList();
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

    /// <summary>Connected groups of the scored pairs (union–find).</summary>
    private static IEnumerable<List<int>> Join(int count, List<(int A, int B, PairScore Score)> edges)
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
        return edges.SelectMany(e => new[] { e.A, e.B }).Distinct().GroupBy(Root).Select(g => g.Order().ToList());
    }

    private static DuplicateCluster Cluster(List<int> members, List<DutyProfile> profiles, Dictionary<long, List<Holding>> leads,
        List<(int A, int B, PairScore Score)> edges)
    {
        var inside = members.ToHashSet();
        var joining = edges.Where(e => inside.Contains(e.A)).ToList();
        var duties = members.Select(m => profiles[m].Duty).ToList();
        var kind = joining.All(e => e.Score.Kind == DuplicateKind.Exact) ? DuplicateKind.Exact : DuplicateKind.Near;
        return new DuplicateCluster(KeyOf(duties), kind, Math.Round(joining.Average(e => e.Score.Score), 4),
            [.. duties.SelectMany(d => leads[d.Id].Select(h => new ClusterMember(d, h)))],
            [.. joining.SelectMany(e => e.Score.Explanation).Distinct()]);
    }

    /// <summary>One duty led by two different holders at once (多头牵头) is an exact overlap by itself.</summary>
    private static IEnumerable<DuplicateCluster> SharedLeads(List<DutyProfile> profiles, Dictionary<long, List<Holding>> leads)
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
