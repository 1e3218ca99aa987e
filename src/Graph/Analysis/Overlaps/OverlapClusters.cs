using System.Security.Cryptography;
using System.Text;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Duties;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>
/// Joins the overlapping pairs of one list into clusters: cliques that never chain for overlaps,
/// stars round the permit for 审管分离, and a duty led by two holders at once by itself; each with
/// its matter, its members and why each is in.
/// </summary>
public static class OverlapClusters
{
    /// <summary>
    /// 审管分离 clusters: the 行政审批局's permit with every duty that supervises after it on the
    /// permit's matter (a star, so every member is there because of the permit).
    /// </summary>
    internal static IEnumerable<(List<int> Members, List<PairVerdict> Verdicts)> Separations(List<(int A, int B, PairVerdict Verdict)> edges, LeadDuty[] list)
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
    internal static List<(List<int> Members, List<PairVerdict> Verdicts)> Cliques(List<(int A, int B, PairVerdict Verdict)> edges, int count)
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

    internal static DuplicateCluster Cluster((List<int> Members, List<PairVerdict> Verdicts) found, LeadDuty[] list, MatterCatalogue catalogue)
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
            : matterName.Contains(DuplicateFinder.BoundarySeparator, StringComparison.Ordinal) ? $"事项：{matterName}（事项目录的职责边界）"
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

    internal static List<Clause> SharedClauses(List<LeadDuty> duties)
    {
        var cited = duties.Select(d => LegalBasis.Parse(d.Duty.Basis).Where(c => c.Article is not null).ToList()).ToList();
        var shared = cited.Skip(1).Aggregate(cited[0].Select(c => c.ToString()).ToHashSet(), (acc, next) => [.. acc.Intersect(next.Select(c => c.ToString()))]);
        return [.. cited[0].Where(c => shared.Contains(c.ToString())).Distinct()];
    }

    /// <summary>One duty led by two different holders at once (多头牵头) is an exact overlap by itself.</summary>
    internal static DuplicateCluster? SharedLead(LeadDuty duty)
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
