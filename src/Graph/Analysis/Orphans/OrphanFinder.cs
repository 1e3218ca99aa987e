using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Analysis.Orphans;

/// <summary>
/// Finds the duties and township offices of a jurisdiction (and those below it) that nobody
/// answers for on the read model's date: one finding per problem, in list order.
/// </summary>
public static class OrphanFinder
{
    /// <param name="reader">Reads whether a duty is its holder's own affair (本单位…, internal scope): such a duty ends with its unit.</param>
    public static IReadOnlyList<OrphanFinding> Find(ReadModel model, DutyReader reader, CancellationToken ct = default)
    {
        bool ownAffair(Duty duty) => reader.Read(duty).Scope == DutyScope.Internal;
        var findings = new List<OrphanFinding>();
        // A duty cancelled on purpose (状态 取消) is nobody's from that day, by design: not an orphan.
        foreach (var duty in model.Duties.Where(d => model.IsInOrBelow(d.Jurisdiction) && !d.IsCancelledAt(model.AsOf)))
        {
            ct.ThrowIfCancellationRequested();
            findings.AddRange(OfDuty(model, duty, ownAffair));
        }
        // Townships answer to their county through the correspondence table; so do districts of a city that have one.
        var withTable = model.Correspondences.Select(k => k.Township).ToHashSet(StringComparer.Ordinal);
        var townships = model.Jurisdictions.Where(j => model.IsInOrBelow(j.Name)
            && (j.Level == JurisdictionLevel.Township || (j.Parent is not null && withTable.Contains(j.Name)))).Select(j => j.Name).ToHashSet();
        foreach (var correspondence in model.Correspondences.Where(k => townships.Contains(k.Township)))
        {
            if (Broken(model, correspondence) is { } finding)
            {
                findings.Add(finding);
            }
        }
        findings.AddRange(Unmapped(model, townships));
        return findings;
    }

    private static IEnumerable<OrphanFinding> OfDuty(ReadModel model, Duty duty, Func<Duty, bool> ownAffair)
    {
        var holdings = model.HoldingsOf(duty).ToList();
        var on = DateText.Format(model.AsOf);
        if (holdings.Count == 0 && WentWithItsUnit(model, duty, ownAffair))
        {
            yield break;
        }
        if (holdings.Count == 0)
        {
            yield return new OrphanFinding(OrphanKind.Unheld, duty, null, null, null, null,
                $"{Name(duty)}在{on}无人承担：没有任何单位或科室牵头或配合。请在清单中明确承担单位。");
            yield break;
        }
        foreach (var holding in holdings)
        {
            if (holding.UnitId is null)
            {
                yield return new OrphanFinding(OrphanKind.MissingUnit, duty, null, null, holding, null,
                    $"{Name(duty)}的{Roles.ChineseName(holding.Role)}单位“{holding.Unit}”在{duty.Jurisdiction}及上级的单位名单中都不存在。请核对单位名称，或改由现有单位承担。");
            }
            else if (holding.Section is not null && holding.SectionId is null)
            {
                var unit = model.UnitById.GetValueOrDefault(holding.UnitId.Value);
                yield return new OrphanFinding(OrphanKind.MissingSection, duty, unit, null, holding, null,
                    $"{Name(duty)}由“{holding.Unit}”的“{holding.Section}”承办，但该单位没有这个科室。请核对科室名称，或明确由哪个科室承办。");
            }
        }
        var leads = holdings.Where(h => h.Role == Role.Lead).ToList();
        if (leads.Count == 0)
        {
            var supporters = string.Join("、", holdings.Select(h => h.Section is null ? h.Unit : $"{h.Unit}{h.Section}").Distinct());
            yield return new OrphanFinding(OrphanKind.NoLead, duty, null, null, holdings[0], null,
                $"{Name(duty)}只有配合单位（{supporters}），没有牵头单位。请明确牵头单位。");
            yield break;
        }
        var resolved = leads.Where(h => h.UnitId is not null && (h.Section is null || h.SectionId is not null)).ToList();
        if (resolved.Count > 0 && !resolved.Any(model.HolderIsActive))
        {
            var holding = resolved[0];
            var unit = model.UnitById.GetValueOrDefault(holding.UnitId!.Value);
            var section = holding.SectionId is { } s ? model.SectionById.GetValueOrDefault(s) : null;
            var holder = section is not null && !model.IsActive(section) ? $"{holding.Unit}{holding.Section}" : holding.Unit;
            var end = section is not null && !model.IsActive(section) ? section.ValidTo : unit?.ValidTo;
            var state = end is { } day && day <= model.AsOf ? $"已于{DateText.Format(day)}撤销" : "在该日尚未设立";
            yield return new OrphanFinding(OrphanKind.AbolishedHolder, duty, unit, section, holding, null,
                $"{Name(duty)}的牵头单位{holder}{state}，职责没有随之划转。请按“先立后破”明确承接单位。");
        }
    }

    /// <summary>
    /// A unit's own affair (本单位安全生产, 本部门保密…) whose lead holders all gave it up and were
    /// abolished by the date ended with its unit: nobody is missing from it.
    /// </summary>
    private static bool WentWithItsUnit(ReadModel model, Duty duty, Func<Duty, bool> ownAffair)
    {
        var ended = model.EndedHoldingsOf(duty).Where(h => h.Role == Role.Lead).ToList();
        return ended.Count > 0 && ended.All(h => h.UnitId is not null && !model.HolderIsActive(h)) && ownAffair(duty);
    }

    private static OrphanFinding? Broken(ReadModel model, Correspondence k)
    {
        var section = k.OfficeSectionId is { } sid ? model.SectionById.GetValueOrDefault(sid) : null;
        var office = k.OfficeUnitId is { } id ? model.UnitById.GetValueOrDefault(id)
            : section is not null ? model.UnitById.GetValueOrDefault(section.UnitId) : null;
        if (office is null && section is null)
        {
            return new OrphanFinding(OrphanKind.BrokenCorrespondence, null, null, null, null, k,
                $"{k.Township}的衔接对应表中的乡镇机构“{k.TownshipOffice}”在该乡镇的单位和科室中都不存在。请核对名称，或按现行机构更新衔接对应表。");
        }
        if (k.CountyUnitId is not { } countyId || !model.UnitById.TryGetValue(countyId, out var county))
        {
            return new OrphanFinding(OrphanKind.BrokenCorrespondence, null, office, section, null, k,
                $"{k.Township}的{k.TownshipOffice}对应的县直部门“{k.CountyUnit}”不存在。请按现行机构更新衔接对应表。");
        }
        if (!model.IsActive(county))
        {
            var state = county.ValidTo is { } end && end <= model.AsOf ? $"已于{DateText.Format(end)}撤销" : "在该日尚未设立";
            return new OrphanFinding(OrphanKind.BrokenCorrespondence, null, office, section, null, k,
                $"{k.Township}的{k.TownshipOffice}对应的县直部门{county.Name}{state}。请按现行机构更新衔接对应表。");
        }
        return null;
    }

    private static bool TownshipGovernment(Unit unit) =>
        unit.Name.EndsWith("人民政府", StringComparison.Ordinal) || unit.Name.EndsWith("办事处", StringComparison.Ordinal);

    private static IEnumerable<OrphanFinding> Unmapped(ReadModel model, HashSet<string> townships)
    {
        var mapped = model.Correspondences.Select(k => k.OfficeUnitId)
            .Concat(model.Correspondences.Select(k => k.OfficeSectionId is { } s ? model.SectionById.GetValueOrDefault(s)?.UnitId : null))
            .OfType<long>().ToHashSet();
        // The township's own government (营前镇人民政府, 东城街道办事处) is the township, not one of its offices.
        foreach (var office in model.Units.Where(u => townships.Contains(u.Jurisdiction) && model.IsActive(u) && !mapped.Contains(u.Id)
            && !TownshipGovernment(u)))
        {
            yield return new OrphanFinding(OrphanKind.UnmappedTownshipOffice, null, office, null, null, null,
                $"{office.Jurisdiction}的{office.Name}在衔接对应表中没有对应的县直部门。请补充它对应的县直部门。");
        }
    }

    private static string Name(Duty duty) => $"“{duty.Title}”（{duty.Jurisdiction}）";
}
