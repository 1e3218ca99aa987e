using DutyGraph.Graph.Analysis.Overlaps;

namespace DutyGraph.Graph.Analysis.Evaluation;

/// <summary>
/// Why a planted overlap was not found, or what kind of overlap a wrong finding was: a few words
/// per pair, so that a set's misses can be counted by cause without reading them one by one.
/// </summary>
public sealed class OverlapDiagnosis
{
    private readonly Dictionary<string, LeadDuty> _leads = new(StringComparer.Ordinal);

    public OverlapDiagnosis(AnalysisModel model, Func<Duties.Duty, Duties.Holding, string> key)
    {
        foreach (var lead in DuplicateFinder.LeadDuties(model.ReadModel, model.Meanings))
        {
            foreach (var (holding, _) in lead.Leads)
            {
                _leads.TryAdd(key(lead.Duty, holding), lead);
            }
        }
    }

    /// <summary>The cause of a planted pair not being found at that minimum score.</summary>
    public string WhyMissed(string a, string b, double minScore)
    {
        if (!_leads.TryGetValue(a, out var x) || !_leads.TryGetValue(b, out var y))
        {
            return "no lead in force";
        }
        if (x == y)
        {
            return "one duty";
        }
        if (!DuplicateFinder.KeysOf(x).Intersect(DuplicateFinder.KeysOf(y)).Any())
        {
            return "never compared";
        }
        return OverlapRule.Judge(x, y) is not { } verdict ? OverlapRule.WhyNot(x, y)!
            : verdict.Score < minScore ? "below the minimum score"
            : $"judged {verdict.Kind}, kept out of a cluster";
    }

    /// <summary>What the rule made of a pair (its kind), for findings that were not planted.</summary>
    public string KindOf(string a, string b) =>
        _leads.TryGetValue(a, out var x) && _leads.TryGetValue(b, out var y) && x != y && OverlapRule.Judge(x, y) is { } verdict
            ? verdict.Kind.ToString() : "shared lead";
}
