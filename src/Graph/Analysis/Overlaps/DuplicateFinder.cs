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
        var townships = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var duty in model.Duties.Where(d => model.IsInOrBelow(d.Jurisdiction)))
        {
            var active = model.HoldingsOf(duty).Where(h => h.Role == Role.Lead && model.HolderIsActive(h))
                .Select(h => (h, model.UnitById[h.UnitId!.Value])).ToList();
            if (active.Count > 0)
            {
                leads.Add(new LeadDuty(duty, active, meanings.Of(duty), SearchText.Core(duty.Title), active.Any(x => meanings.IsApprovalBody(x.Item2)))
                {
                    Kinds = active.Count == 1 ? meanings.KindsOf(active[0].Item2) : [.. active.SelectMany(x => meanings.KindsOf(x.Item2)).Distinct()],
                    GeneralOffice = active.All(x => x.h.Section is { } section && meanings.Catalogue.IsGeneralOffice(section)),
                    InTownshipList = townships.TryGetValue(duty.Jurisdiction, out var township) ? township
                        : townships[duty.Jurisdiction] = Jurisdictions.Jurisdiction.FromName(duty.Jurisdiction).Level == Jurisdictions.JurisdictionLevel.Township,
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
        var clusters = OverlapClusters.Cliques([.. edges.Where(e => e.Verdict.Kind != DuplicateKind.Separated)], list.Length)
            .Select(c => OverlapClusters.Cluster(c, list, catalogue)).ToList();
        var clustered = clusters.SelectMany(c => c.Members.Select(m => m.Duty.Id)).ToHashSet();
        clusters.AddRange(OverlapClusters.Separations([.. edges.Where(e => e.Verdict.Kind == DuplicateKind.Separated)], list)
            .Select(c => OverlapClusters.Cluster(c, list, catalogue)));
        clusters.AddRange(list.Where(l => !clustered.Contains(l.Duty.Id)).Select(OverlapClusters.SharedLead).OfType<DuplicateCluster>());
        return clusters;
    }
}
