using DutyGraph.Graph.Common;
using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Store;

/// <summary>
/// A jurisdiction (with those above and below it) as it stood on one date, in memory, for
/// the analyses. Every unit and section is kept, so that whatever a holding or correspondence
/// links to can be looked up; <see cref="IsActive(Unit)"/> says whether one existed on the
/// date (not yet set up, or abolished, are not active). Only holdings in force on that date
/// are kept. Every store builds it with <see cref="Build"/>, so every store yields the same model.
/// </summary>
public sealed class ReadModel
{
    private static readonly IReadOnlyList<Holding> NoHoldings = [];

    private ReadModel(string? jurisdiction, DateOnly asOf)
    {
        Jurisdiction = jurisdiction;
        AsOf = asOf;
    }

    public string? Jurisdiction { get; }
    public DateOnly AsOf { get; }
    public IReadOnlyList<Jurisdiction> Jurisdictions { get; private init; } = [];
    public IReadOnlyList<Unit> Units { get; private init; } = [];
    public IReadOnlyList<Section> Sections { get; private init; } = [];
    public IReadOnlyList<Duty> Duties { get; private init; } = [];
    public IReadOnlyList<Holding> Holdings { get; private init; } = [];
    public IReadOnlyList<Correspondence> Correspondences { get; private init; } = [];

    public IReadOnlyDictionary<long, Unit> UnitById { get; private init; } = new Dictionary<long, Unit>();
    public IReadOnlyDictionary<long, Section> SectionById { get; private init; } = new Dictionary<long, Section>();
    public IReadOnlyDictionary<long, Duty> DutyById { get; private init; } = new Dictionary<long, Duty>();

    private ILookup<long, Holding> HoldingsByDuty { get; init; } = Array.Empty<Holding>().ToLookup(h => h.DutyId);
    private ILookup<long, Holding> EndedByDuty { get; init; } = Array.Empty<Holding>().ToLookup(h => h.DutyId);

    public IEnumerable<Holding> HoldingsOf(Duty duty) => HoldingsByDuty.Contains(duty.Id) ? HoldingsByDuty[duty.Id] : NoHoldings;

    /// <summary>The holdings that had ended by the date, kept only for duties nobody holds on it (who held them last).</summary>
    public IEnumerable<Holding> EndedHoldingsOf(Duty duty) => EndedByDuty.Contains(duty.Id) ? EndedByDuty[duty.Id] : NoHoldings;

    public bool IsActive(Unit unit) => unit.IsValidAt(AsOf);

    public bool IsActive(Section section) => section.IsValidAt(AsOf);

    /// <summary>Whether a holding's unit (and its section, when it names one that resolves) exist and are in being on the date.</summary>
    public bool HolderIsActive(Holding holding) =>
        holding.UnitId is { } unitId && UnitById.TryGetValue(unitId, out var unit) && IsActive(unit)
        && (holding.SectionId is not { } sectionId || (SectionById.TryGetValue(sectionId, out var section) && IsActive(section)));

    /// <summary>Whether a jurisdiction is the model's own or below it: what the analyses report on (those above are here only to look names up).</summary>
    public bool IsInOrBelow(string jurisdiction) =>
        Jurisdiction is not { } scope || jurisdiction == scope
        || jurisdiction.StartsWith(scope + Graph.Jurisdictions.Jurisdiction.Separator, StringComparison.Ordinal);

    public static ReadModel Build(
        string? jurisdiction, DateOnly asOf, IEnumerable<Jurisdiction> jurisdictions,
        IEnumerable<Unit> units, IEnumerable<Section> sections, IEnumerable<Duty> duties,
        IEnumerable<Holding> holdings, IEnumerable<Correspondence> correspondences)
    {
        var keptUnits = units.OrderBy(u => u.Id).ToList();
        var keptSections = sections.OrderBy(s => s.Id).ToList();
        var keptDuties = duties.OrderBy(d => d.Id).ToList();
        var dutyIds = keptDuties.Select(d => d.Id).ToHashSet();
        var ofDuties = holdings.Where(h => dutyIds.Contains(h.DutyId)).ToList();
        var keptHoldings = ofDuties.Where(h => h.IsValidAt(asOf)).OrderBy(h => h.Id).ToList();
        var held = keptHoldings.Select(h => h.DutyId).ToHashSet();
        var ended = ofDuties.Where(h => !held.Contains(h.DutyId) && h.ValidTo is { } end && end <= asOf).OrderBy(h => h.Id).ToList();
        return new ReadModel(jurisdiction, asOf)
        {
            Jurisdictions = [.. jurisdictions.OrderBy(j => j.Name, StringComparer.Ordinal)],
            Units = keptUnits,
            Sections = keptSections,
            Duties = keptDuties,
            Holdings = keptHoldings,
            Correspondences = [.. correspondences.OrderBy(c => c.Id)],
            UnitById = keptUnits.ToDictionary(u => u.Id),
            SectionById = keptSections.ToDictionary(s => s.Id),
            DutyById = keptDuties.ToDictionary(d => d.Id),
            HoldingsByDuty = keptHoldings.ToLookup(h => h.DutyId),
            EndedByDuty = ended.ToLookup(h => h.DutyId),
        };
    }

    /// <summary>Whether a jurisdiction is in the scope of a read model of <paramref name="scope"/>: itself, above or below it.</summary>
    public static bool InScope(string? scope, string jurisdiction) =>
        scope is null
        || jurisdiction == scope
        || jurisdiction.StartsWith(scope + Graph.Jurisdictions.Jurisdiction.Separator, StringComparison.Ordinal)
        || scope.StartsWith(jurisdiction + Graph.Jurisdictions.Jurisdiction.Separator, StringComparison.Ordinal);
}
