using System.Security.Cryptography;
using System.Text;
using DutyGraph.Graph.Analysis.Meanings;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>
/// Finds the duties of one list led by different holders that are about one matter
/// (<see cref="OverlapRule"/>). Only duties that share a matter (or, unknown to the catalogue,
/// the same words) are compared, list by list. Pairs are joined into clusters that never chain:
/// a duty joins a cluster only when it overlaps every member on the cluster's matter. A duty
/// led by two holders at once (多头牵头) is an exact overlap by itself.
/// </summary>
public static class DuplicateFinder
{
    /// <summary>Every overlap the rule finds scores at least this; a higher minimum keeps only the surer ones.</summary>
    public const double DefaultMinScore = 0.4;

    /// <summary>What joins the two matters of a 职责边界 in a cluster's matter (河道采砂／矿产资源开采).</summary>
    public const string BoundarySeparator = "／";

    /// <summary>The lowest minimum score a caller may ask for.</summary>
    public const double LowestMinScore = 0.2;

    /// <summary>Why a minimum score is refused, or null when it may be used (NaN is refused too).</summary>
    public static string? MinScoreProblem(double minScore) =>
        minScore is >= LowestMinScore and <= 1 ? null
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must be between {LowestMinScore} and 1; it was {minScore}");

    public static IReadOnlyList<DuplicateCluster> Find(ReadModel model, ModelMeanings meanings, double minScore = DefaultMinScore,
        CancellationToken ct = default)
    {
        var leads = LeadDuties(model, meanings);
        var clusters = new List<DuplicateCluster>();
        var gate = new Lock();
        var lists = leads.GroupBy(l => l.Duty.Jurisdiction).Select(g => g.ToArray()).ToList();
        Parallel.ForEach(lists, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct }, list =>
        {
            var found = Clusters(list, minScore, meanings.Catalogue, ct);
            lock (gate)
            {
                clusters.AddRange(found);
            }
        });
        return [.. clusters.OrderByDescending(c => c.Score).ThenBy(c => c.Members[0].Duty.Id).ThenBy(c => c.Key, StringComparer.Ordinal)];
    }

    /// <summary>The scored pairs of one model at or above the minimum score (what the clusters are made of), for measuring.</summary>
    public static IReadOnlyList<(LeadDuty A, LeadDuty B, PairVerdict Verdict)> Pairs(ReadModel model, ModelMeanings meanings, double minScore)
    {
        var pairs = new List<(LeadDuty, LeadDuty, PairVerdict)>();
        foreach (var list in LeadDuties(model, meanings).GroupBy(l => l.Duty.Jurisdiction).Select(g => g.ToArray()))
        {
            pairs.AddRange(Edges(list, minScore, CancellationToken.None).Select(e => (list[e.A], list[e.B], e.Verdict)));
        }
        return pairs;
    }

    /// <summary>The duties in the model's jurisdiction (or below) with a lead holder in force whose unit and section are active on the date.</summary>
    public static List<LeadDuty> LeadDuties(ReadModel model, ModelMeanings meanings)
    {
        var leads = new List<LeadDuty>();
        var citations = new Dictionary<string, Citations>(StringComparer.Ordinal);
        foreach (var duty in model.Duties.Where(d => model.IsInOrBelow(d.Jurisdiction)))
        {
            var active = model.HoldingsOf(duty).Where(h => h.Role == Role.Lead && model.HolderIsActive(h))
                .Select(h => (h, model.UnitById[h.UnitId!.Value])).ToList();
            if (active.Count > 0)
            {
                leads.Add(new LeadDuty(duty, active, meanings.Of(duty), SearchText.Core(duty.Title), active.Any(x => meanings.IsApprovalBody(x.Item2)))
                {
                    Kinds = active.Count == 1 ? meanings.KindsOf(active[0].Item2) : [.. active.SelectMany(x => meanings.KindsOf(x.Item2)).Distinct()],
                    Cited = duty.Basis is not { Length: > 0 } basis ? Citations.None
                        : citations.TryGetValue(basis, out var cited) ? cited : citations[basis] = Citations.Of(basis),
                });
            }
        }
        return leads;
    }

    /// <summary>What a duty is found under: only duties sharing a key are compared.</summary>
    public static IEnumerable<string> KeysOf(LeadDuty duty)
    {
        var meaning = duty.Meaning;
        // A duty is found under its matters and those the rest of its title names (诉求 beside 12345热线).
        foreach (var name in meaning.Matters.Concat(meaning.RestMatters).Select(m => m.Name).Distinct())
        {
            yield return name;
        }
        if (meaning.Matters.Count == 0)
        {
            yield return "~" + meaning.LocalKey;
        }
        // Two matters on a 职责边界 (河道采砂, 矿产资源开采) are compared too.
        foreach (var (name, others) in meaning.Bordering)
        {
            foreach (var other in others)
            {
                yield return string.CompareOrdinal(name, other) < 0 ? $"≈{name}|{other}" : $"≈{other}|{name}";
            }
        }
        yield return "#" + duty.Core;
        // Duties citing one article are compared too: that article can join a broader and a narrower matter (扬尘污染, 施工扬尘).
        foreach (var article in duty.Cited.Articles)
        {
            yield return "§" + article;
        }
    }

    private static List<(int A, int B, PairVerdict Verdict)> Edges(LeadDuty[] list, double minScore, CancellationToken ct)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void Index(string key, int i)
        {
            if (!byKey.TryGetValue(key, out var members))
            {
                byKey[key] = members = [];
            }
            members.Add(i);
        }
        for (var i = 0; i < list.Length; i++)
        {
            foreach (var key in KeysOf(list[i]))
            {
                Index(key, i);
            }
        }
        var seen = new HashSet<(int, int)>();
        var edges = new List<(int, int, PairVerdict)>();
        foreach (var members in byKey.Values.Where(m => m.Count > 1))
        {
            ct.ThrowIfCancellationRequested();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (a, b) = (members[x], members[y]);
                    if (seen.Add((a, b)) && OverlapRule.Judge(list[a], list[b]) is { } verdict && verdict.Score >= minScore)
                    {
                        edges.Add((a, b, verdict));
                    }
                }
            }
        }
        return edges;
    }

    private static List<DuplicateCluster> Clusters(LeadDuty[] list, double minScore, MatterCatalogue catalogue, CancellationToken ct)
    {
        var edges = Edges(list, minScore, ct);
        var clusters = Cliques([.. edges.Where(e => e.Verdict.Kind != DuplicateKind.Separated)], list.Length).Select(c => Cluster(c, list, catalogue)).ToList();
        var clustered = clusters.SelectMany(c => c.Members.Select(m => m.Duty.Id)).ToHashSet();
        clusters.AddRange(Separations([.. edges.Where(e => e.Verdict.Kind == DuplicateKind.Separated)], list).Select(c => Cluster(c, list, catalogue)));
        clusters.AddRange(list.Where(l => !clustered.Contains(l.Duty.Id)).Select(SharedLead).OfType<DuplicateCluster>());
        return clusters;
    }

    /// <summary>
    /// 审管分离 clusters: the 行政审批局's permit with every duty that supervises after it on the
    /// permit's matter (a star, so every member is there because of the permit).
    /// </summary>
    private static IEnumerable<(List<int> Members, List<PairVerdict> Verdicts)> Separations(List<(int A, int B, PairVerdict Verdict)> edges, LeadDuty[] list)
    {
        int Permit((int A, int B, PairVerdict Verdict) e) => list[e.A].ApprovalBody && DutyActions.IsApproval(list[e.A].Meaning.Action) ? e.A : e.B;
        foreach (var star in edges.GroupBy(e => (Permit(e), e.Verdict.Matter)).OrderBy(g => g.Key.Item1))
        {
            var permit = star.Key.Item1;
            yield return ([permit, .. star.Select(e => e.A == permit ? e.B : e.A).Distinct()], [.. star.Select(e => e.Verdict)]);
        }
    }

    /// <summary>
    /// Joins pairs into clusters that never chain: surest pairs first, a duty joins a cluster only
    /// when it overlaps every member on the cluster's matter; each duty is in one cluster.
    /// </summary>
    private static List<(List<int> Members, List<PairVerdict> Verdicts)> Cliques(List<(int A, int B, PairVerdict Verdict)> edges, int count)
    {
        var pairs = edges.ToDictionary(e => (e.A, e.B), e => e.Verdict);
        PairVerdict? Between(int x, int y) => pairs.GetValueOrDefault(x < y ? (x, y) : (y, x));
        var clusterOf = new int[count];
        Array.Fill(clusterOf, -1);
        var clusters = new List<(List<int> Members, List<PairVerdict> Verdicts, string Matter)>();
        foreach (var (a, b, verdict) in edges.OrderByDescending(e => e.Verdict.Score).ThenBy(e => e.A).ThenBy(e => e.B))
        {
            if (clusterOf[a] < 0 && clusterOf[b] < 0)
            {
                clusterOf[a] = clusterOf[b] = clusters.Count;
                clusters.Add(([a, b], [verdict], verdict.Matter));
                continue;
            }
            var (inside, outside) = clusterOf[a] >= 0 ? (a, b) : (b, a);
            if (clusterOf[outside] >= 0)
            {
                continue;
            }
            var cluster = clusters[clusterOf[inside]];
            var joining = cluster.Members.Select(m => Between(m, outside)).ToList();
            if (joining.All(v => v is not null && v.Matter == cluster.Matter))
            {
                cluster.Members.Add(outside);
                cluster.Verdicts.AddRange(joining!);
                clusterOf[outside] = clusterOf[inside];
            }
        }
        return [.. clusters.Select(c => (c.Members, c.Verdicts))];
    }

    private static DuplicateCluster Cluster((List<int> Members, List<PairVerdict> Verdicts) found, LeadDuty[] list, MatterCatalogue catalogue)
    {
        var duties = found.Members.Order().Select(i => list[i]).ToList();
        var verdicts = found.Verdicts;
        var kind = verdicts.Any(v => v.Kind == DuplicateKind.Separated) ? DuplicateKind.Separated
            : verdicts.Any(v => v.Kind == DuplicateKind.Cross) ? DuplicateKind.Cross
            : verdicts.All(v => v.Kind == DuplicateKind.Exact) ? DuplicateKind.Exact : DuplicateKind.Near;
        var matterName = verdicts[0].Matter;
        var matter = catalogue.Find(matterName);
        var members = duties.SelectMany(d => d.Leads.Select(l => new ClusterMember(d.Duty, l.Holding,
            $"{LeadDuty.Name(l.Holding)}：{DutyActions.ChineseName(d.Meaning.Action)}（“{d.Duty.Title}”）"))).ToList();
        List<string> explanation = [matter is not null ? $"事项：{matter.Name}（{matter.Field}）"
            : matterName.Contains(BoundarySeparator, StringComparison.Ordinal) ? $"事项：{matterName}（事项目录的职责边界）"
            : $"事项：{matterName}（事项目录未收录，按事项名称比对）"];
        explanation.AddRange(members.Select(m => m.Why).Distinct());
        explanation.AddRange(verdicts.Select(v => v.Reason).Distinct());
        if (SharedClauses(duties) is { Count: > 0 } clauses)
        {
            explanation.Add($"共同依据：{string.Join("；", clauses)}");
        }
        return new DuplicateCluster(KeyOf(duties.Select(d => d.Duty)), kind, Math.Round(verdicts.Average(v => v.Score), 4), matter?.Name ?? matterName,
            members, explanation);
    }

    private static List<Clause> SharedClauses(List<LeadDuty> duties)
    {
        var all = duties.Select(d => LegalBasis.Parse(d.Duty.Basis).Where(c => c.Article is not null).Select(c => c.ToString()).ToHashSet()).ToList();
        var shared = all.Skip(1).Aggregate(all[0], (acc, next) => [.. acc.Intersect(next)]);
        return [.. LegalBasis.Parse(duties[0].Duty.Basis).Where(c => shared.Contains(c.ToString())).Distinct()];
    }

    /// <summary>One duty led by two different holders at once (多头牵头) is an exact overlap by itself.</summary>
    private static DuplicateCluster? SharedLead(LeadDuty duty)
    {
        if (duty.Leads.Select(l => LeadDuty.Holder(l.Holding)).Distinct().Count() <= 1)
        {
            return null;
        }
        var holders = string.Join("、", duty.Leads.Select(l => LeadDuty.Name(l.Holding)).Distinct());
        var matter = duty.Meaning.Matter?.Name;
        return new DuplicateCluster(KeyOf([duty.Duty]), DuplicateKind.Exact, 1.0, matter ?? duty.Core,
            [.. duty.Leads.Select(l => new ClusterMember(duty.Duty, l.Holding, $"{LeadDuty.Name(l.Holding)}：牵头（“{duty.Duty.Title}”）"))],
            [$"同一事项“{duty.Duty.Title}”由{holders}同时牵头"]);
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
