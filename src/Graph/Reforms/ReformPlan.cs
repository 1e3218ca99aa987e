using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Reforms;

/// <summary>
/// A reform step planned from what staff asked for: which holdings move where (each move with the
/// part of the request it came from, to name it in a refusal) and what is abolished. The
/// planning rules live here: merged sections give up every holding in force that day, a
/// transfer needs the holder to hold the duty, an abolition moves the named holdings and then,
/// if asked, all the others to one place. <see cref="ReformSteps"/> then applies the step.
/// </summary>
public sealed class ReformPlan
{
    private readonly List<IReadOnlyList<string>> _origins = [];

    public List<HoldingMove> Moves { get; } = [];
    public List<long> AbolishUnits { get; } = [];
    public List<long> AbolishSections { get; } = [];

    /// <summary>The part of the request each move came from, in the order of <see cref="Moves"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Origins => _origins;

    public void Move(HoldingMove move, IReadOnlyList<string> origin)
    {
        Moves.Add(move);
        _origins.Add(origin);
    }

    public ReformStep Step(DateOnly on, string source) => new(on, Moves, source, AbolishUnits, AbolishSections);

    /// <summary>Sections merged into one (大科室): every holding of theirs in force on the day moves to it, and they are abolished.</summary>
    public static async Task<ReformPlan> MergeSectionsAsync(IGraphStore store, (long UnitId, long SectionId) into, IReadOnlyList<long> sections, DateOnly on,
        CancellationToken ct)
    {
        if (sections.Contains(into.SectionId))
        {
            throw new StoreException(StoreErrorCode.InvalidArgument, "sections", "a section cannot be merged into itself");
        }
        var plan = new ReformPlan();
        foreach (var holding in (await store.ListHoldingsByAsync(HoldingLink.Section, sections, ct)).Where(h => h.IsValidAt(on)))
        {
            plan.Move(new HoldingMove(holding.Id, into.UnitId, into.SectionId), ["into"]);
        }
        plan.AbolishSections.AddRange(sections);
        return plan;
    }

    /// <summary>A duty moves from a holder (a unit, or a section) to another on a day; refused when that holder does not hold it then.</summary>
    public static async Task<ReformPlan> TransferDutyAsync(IGraphStore store, long dutyId, HoldingLink fromKind, long from, (long UnitId, long? SectionId) to,
        Role? role, DateOnly on, CancellationToken ct)
    {
        var held = (await store.ListHoldingsByAsync(HoldingLink.Duty, [dutyId], ct))
            .Where(h => h.IsValidAt(on) && (fromKind == HoldingLink.Unit ? h.UnitId == from : h.SectionId == from)).ToList();
        if (held.Count == 0)
        {
            throw new StoreException(StoreErrorCode.NotFound, "from", $"that holder does not hold that duty on {DateText.Format(on)}");
        }
        var plan = new ReformPlan();
        foreach (var holding in held)
        {
            plan.Move(new HoldingMove(holding.Id, to.UnitId, to.SectionId, role), ["to"]);
        }
        return plan;
    }

    /// <summary>A unit or section abolished (撤销): the named transfers, then every other holding in force on the day to <paramref name="restTo"/> if given.</summary>
    public static async Task<ReformPlan> AbolishAsync(IGraphStore store, HoldingLink kind, long holder,
        IReadOnlyList<(HoldingMove Move, IReadOnlyList<string> Origin)> transfers, (long UnitId, long? SectionId)? restTo, DateOnly on, CancellationToken ct)
    {
        var plan = new ReformPlan();
        foreach (var (move, origin) in transfers)
        {
            plan.Move(move, origin);
        }
        if (restTo is { } rest)
        {
            var named = plan.Moves.Select(m => m.HoldingId).ToHashSet();
            foreach (var holding in (await store.ListHoldingsByAsync(kind, [holder], ct)).Where(h => h.IsValidAt(on) && !named.Contains(h.Id)))
            {
                plan.Move(new HoldingMove(holding.Id, rest.UnitId, rest.SectionId), ["transferRestTo"]);
            }
        }
        (kind == HoldingLink.Unit ? plan.AbolishUnits : plan.AbolishSections).Add(holder);
        return plan;
    }
}
