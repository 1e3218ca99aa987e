using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Analysis.Search;

/// <summary>
/// Where answers sit: how much each list counts for a question asked in a jurisdiction (its own
/// fully; for a township, its county's a little less), a unit's level, and the county unit a
/// township office answers to.
/// </summary>
internal sealed class Placement(ReadModel model, DutyIndex index)
{
    private const double HigherListFactor = 0.5;

    private readonly Dictionary<string, Jurisdiction> _jurisdictions = model.Jurisdictions.ToDictionary(j => j.Name);

    /// <summary>
    /// How much each list counts: the asked jurisdiction's own list fully; for a township, its
    /// county's list a little less (a county unit may hold what the township list does not name).
    /// </summary>
    public Func<string, double> ListWeights(string? scope)
    {
        if (scope is null)
        {
            return _ => 1;
        }
        var parent = _jurisdictions.TryGetValue(scope, out var j) && j.Level == JurisdictionLevel.Township ? j.Parent : null;
        return name => name == scope ? 1 : name == parent ? HigherListFactor : 0;
    }

    public JurisdictionLevel LevelOf(Unit unit) => _jurisdictions.TryGetValue(unit.Jurisdiction, out var j) ? j.Level : JurisdictionLevel.County;

    /// <summary>
    /// For a township office: the county unit it answers to; of several, the one of a kind that
    /// leads (then shares) the matter, then the one whose own list matches the question best.
    /// </summary>
    public Unit? CountyCounterpart(Unit office, long? sectionId, IReadOnlyDictionary<int, double> scores, Func<Unit, int> concern)
    {
        // A township office answers to its county; a district's unit of a city answers to the city's, where the district keeps a table.
        if (!_jurisdictions.TryGetValue(office.Jurisdiction, out var list) || list.Parent is null)
        {
            return null;
        }
        var counterparts = model.Correspondences
            .Where(k => k.OfficeUnitId == office.Id || (sectionId is not null && k.OfficeSectionId == sectionId))
            .Select(k => k.CountyUnitId is { } id ? model.UnitById.GetValueOrDefault(id) : null)
            .OfType<Unit>().Where(model.IsActive).Distinct().ToList();
        if (counterparts.Count <= 1)
        {
            return counterparts.FirstOrDefault();
        }
        double Best(Unit unit) => scores.Where(s => model.HoldingsOf(index.Duties[s.Key]).Any(h => h.UnitId == unit.Id))
            .Select(s => s.Value).DefaultIfEmpty(0).Max();
        return counterparts.OrderByDescending(concern).ThenByDescending(Best).ThenBy(u => u.Id).First();
    }

    /// <summary>Whether the unit holds a duty on a list the question reads (a county unit named on a township's list).</summary>
    public bool HoldsInScope(Unit unit, Func<string, double> lists) =>
        model.Holdings.Any(h => h.UnitId == unit.Id && model.DutyById.TryGetValue(h.DutyId, out var d) && lists(d.Jurisdiction) > 0);
}
