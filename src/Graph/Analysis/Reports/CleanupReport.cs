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

    public static CleanupReport Build(AnalysisModel analysis, double minScore = DuplicateFinder.DefaultMinScore)
    {
        var model = analysis.ReadModel;
        var scope = model.Jurisdiction ?? "全部";
        var overlaps = analysis.Duplicates(minScore).Where(c => !analysis.Marks.ContainsKey(c.Key)).ToList();
        var orphans = analysis.Orphans;
        var staffing = model.Sections
            .Where(s => model.IsActive(s) && InScope(model.Jurisdiction, s.Jurisdiction) && (s.StaffActual ?? s.StaffQuota) is < SmallestSection)
            .Select(s => new StaffingFinding(s, (s.StaffActual ?? s.StaffQuota)!.Value,
                $"{s.Unit}{s.Name}只有{s.StaffActual ?? s.StaffQuota}人，不足{SmallestSection}人：按“大科室”要求，考虑与职能相近的科室合并。"))
            .ToList();
        var names = new SortedDictionary<string, (Unit? Unit, List<DuplicateCluster> O, List<OrphanFinding> F, List<StaffingFinding> S)>(StringComparer.Ordinal);
        (Unit? Unit, List<DuplicateCluster> O, List<OrphanFinding> F, List<StaffingFinding> S) Group(string name, Unit? unit)
        {
            if (!names.TryGetValue(name, out var group))
            {
                names[name] = group = (unit, [], [], []);
            }
            return group;
        }
        foreach (var cluster in overlaps)
        {
            foreach (var unitId in cluster.Members.Select(m => m.Holding.UnitId!.Value).Distinct())
            {
                var unit = model.UnitById[unitId];
                Group(unit.Name, unit).O.Add(cluster);
            }
        }
        foreach (var orphan in orphans)
        {
            var name = orphan.Unit?.Name ?? orphan.Holding?.Unit ?? NoUnit;
            Group(name, orphan.Unit).F.Add(orphan);
        }
        foreach (var finding in staffing)
        {
            Group(finding.Section.Unit, model.UnitById.GetValueOrDefault(finding.Section.UnitId)).S.Add(finding);
        }
        var units = names.OrderBy(n => n.Key == NoUnit).ThenByDescending(n => n.Value.O.Count + n.Value.F.Count + n.Value.S.Count).ThenBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => new UnitFindings(n.Key, n.Value.Unit, n.Value.O, n.Value.F, n.Value.S)).ToList();
        return new CleanupReport(scope, model.AsOf, units, overlaps.Count, orphans.Count, staffing.Count);
    }

    private static bool InScope(string? scope, string jurisdiction) =>
        scope is null || jurisdiction == scope || jurisdiction.StartsWith(scope + Jurisdictions.Jurisdiction.Separator, StringComparison.Ordinal);
}
