using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Analysis.Reports;

/// <summary>A section too small to stand alone: the 大科室 rule merges sections under 3 staff.</summary>
public sealed record StaffingFinding(Section Section, int Staff, string Message);

/// <summary>What the report says of one unit (or of a holder no list knows).</summary>
public sealed record UnitFindings(
    string UnitName, Unit? Unit, IReadOnlyList<DuplicateCluster> Overlaps, IReadOnlyList<OrphanFinding> Orphans, IReadOnlyList<StaffingFinding> Staffing);

/// <summary>
/// The cleanup report of a jurisdiction on a date, for a reform meeting: overlaps (not those a
/// reviewer marked), orphans and staffing findings, grouped by unit, with counts.
/// </summary>
public sealed record CleanupReport(string Jurisdiction, DateOnly AsOf, IReadOnlyList<UnitFindings> Units, int OverlapCount, int OrphanCount, int StaffingCount)
{
    public const int SmallestSection = 3;
    public const string NoUnit = "（无承担单位）";

    public static CleanupReport Build(AnalysisModel analysis, double minScore = DuplicateFinder.DefaultMinScore, CancellationToken ct = default)
    {
        var model = analysis.ReadModel;
        var scope = model.Jurisdiction ?? "全部";
        var overlaps = analysis.Clusters(minScore, includeMarked: false, null, ct).Select(m => m.Cluster).ToList();
        var orphans = analysis.Orphans;
        var staffing = model.Sections
            .Where(s => model.IsActive(s) && model.IsInOrBelow(s.Jurisdiction) && (s.StaffActual ?? s.StaffQuota) is < SmallestSection)
            .Select(s => new StaffingFinding(s, (s.StaffActual ?? s.StaffQuota)!.Value,
                $"{s.Unit}{s.Name}只有{s.StaffActual ?? s.StaffQuota}人，不足{SmallestSection}人：按“大科室”要求，考虑与职能相近的科室合并。"))
            .ToList();
        // Grouped by unit, not by name: two counties each have a 县自然资源局, and township offices are often named alike.
        var groups = new Dictionary<(long? UnitId, string Name), (Unit? Unit, List<DuplicateCluster> O, List<OrphanFinding> F, List<StaffingFinding> S)>();
        (Unit? Unit, List<DuplicateCluster> O, List<OrphanFinding> F, List<StaffingFinding> S) Group(Unit? unit, string name)
        {
            var key = (unit?.Id, unit is null ? name : "");
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = (unit, [], [], []);
            }
            return group;
        }
        foreach (var cluster in overlaps)
        {
            foreach (var unitId in cluster.Members.Select(m => m.Holding.UnitId!.Value).Distinct())
            {
                Group(model.UnitById[unitId], "").O.Add(cluster);
            }
        }
        foreach (var orphan in orphans)
        {
            Group(orphan.Unit, orphan.Holding?.Unit ?? NoUnit).F.Add(orphan);
        }
        foreach (var finding in staffing)
        {
            var unit = model.UnitById.GetValueOrDefault(finding.Section.UnitId);
            Group(unit, finding.Section.Unit).S.Add(finding);
        }
        string Display(Unit? unit, string name) =>
            unit is null ? name : unit.Jurisdiction == model.Jurisdiction ? unit.Name : $"{unit.Name}（{unit.Jurisdiction}）";
        var units = groups
            .Select(g => new UnitFindings(Display(g.Value.Unit, g.Key.Name), g.Value.Unit, g.Value.O, g.Value.F, g.Value.S))
            .OrderBy(u => u.Unit is null && u.UnitName == NoUnit)
            .ThenByDescending(u => u.Overlaps.Count + u.Orphans.Count + u.Staffing.Count)
            .ThenBy(u => u.UnitName, StringComparer.Ordinal)
            .ToList();
        return new CleanupReport(scope, model.AsOf, units, overlaps.Count, orphans.Count, staffing.Count);
    }
}
