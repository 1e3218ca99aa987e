using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Store;

/// <summary>
/// The rows of a jurisdiction (null: the whole store) with those above and below it, of every
/// date: what its read models are built from (<see cref="On"/>), and what a change is applied
/// to (<see cref="With"/>) so that a model is brought up to date without reading the lists again.
/// </summary>
public sealed record ModelRows(
    string? Scope, IReadOnlyList<Jurisdiction> Jurisdictions, IReadOnlyList<Unit> Units, IReadOnlyList<Section> Sections,
    IReadOnlyList<Duty> Duties, IReadOnlyList<Holding> Holdings, IReadOnlyList<Correspondence> Correspondences)
{
    /// <summary>The read model of a date.</summary>
    public ReadModel On(DateOnly asOf) => ReadModel.Build(Scope, asOf, Jurisdictions, Units, Sections, Duties, Holdings, Correspondences);

    /// <summary>These rows with the changed ones replaced, added or (where the store no longer has them) removed; rows outside the scope are left out.</summary>
    public ModelRows With(RowDelta delta)
    {
        bool InScope(string jurisdiction) => ReadModel.InScope(Scope, jurisdiction);
        var jurisdictions = delta.Jurisdictions is { } all ? [.. all.Where(j => InScope(j.Name))] : Jurisdictions;
        var units = Replace(Units, u => u.Id, delta.Rows.Units, delta.Units.Where(u => InScope(u.Jurisdiction)));
        var sections = Replace(Sections, s => s.Id, delta.Rows.Sections, delta.Sections.Where(s => InScope(s.Jurisdiction)));
        var duties = Replace(Duties, d => d.Id, delta.Rows.Duties, delta.Duties.Where(d => InScope(d.Jurisdiction)));
        var kept = duties.Select(d => d.Id).ToHashSet();
        // The holdings of a changed duty are all fetched again: those it has now replace those it had.
        var holdings = Holdings.Where(h => !delta.Rows.HoldingsOfDuties.Contains(h.DutyId) && !delta.Rows.Duties.Contains(h.DutyId))
            .Concat(delta.Holdings).Where(h => kept.Contains(h.DutyId)).ToList();
        var correspondences = Replace(Correspondences, c => c.Id, delta.Rows.Correspondences, delta.Correspondences.Where(c => InScope(c.Township)));
        return this with
        {
            Jurisdictions = jurisdictions, Units = units, Sections = sections, Duties = duties, Holdings = holdings, Correspondences = correspondences,
        };
    }

    private static List<T> Replace<T>(IReadOnlyList<T> rows, Func<T, long> id, IReadOnlySet<long> changed, IEnumerable<T> now) =>
        changed.Count == 0 ? [.. rows] : [.. rows.Where(r => !changed.Contains(id(r))).Concat(now)];
}

/// <summary>
/// The rows a change touched, as the store has them now: those it no longer has were removed.
/// Jurisdictions are all given again when any changed.
/// </summary>
public sealed record RowDelta(
    ChangedRows Rows, IReadOnlyList<Jurisdiction>? Jurisdictions, IReadOnlyList<Unit> Units, IReadOnlyList<Section> Sections,
    IReadOnlyList<Duty> Duties, IReadOnlyList<Holding> Holdings, IReadOnlyList<Correspondence> Correspondences)
{
    /// <summary>Fetches the changed rows from the store.</summary>
    public static async Task<RowDelta> FetchAsync(IGraphStore store, ChangedRows rows, CancellationToken ct)
    {
        var dutiesWithHoldings = rows.HoldingsOfDuties.Union(rows.Duties).ToList();
        return new RowDelta(rows,
            rows.Jurisdictions ? await store.ListJurisdictionsAsync(ct) : null,
            rows.Units.Count == 0 ? [] : await store.GetUnitsAsync([.. rows.Units], ct),
            rows.Sections.Count == 0 ? [] : await store.GetSectionsAsync([.. rows.Sections], ct),
            rows.Duties.Count == 0 ? [] : await store.GetDutiesAsync([.. rows.Duties], ct),
            dutiesWithHoldings.Count == 0 ? [] : await store.ListHoldingsByAsync(HoldingLink.Duty, dutiesWithHoldings, ct),
            rows.Correspondences.Count == 0 ? [] : await store.ListCorrespondencesByAsync(CorrespondenceLink.Correspondence, [.. rows.Correspondences], ct));
    }
}

public static class ReadModelLoading
{
    /// <summary>A jurisdiction (null: all) with those above and below it, as it stood on a date.</summary>
    public static async Task<ReadModel> LoadReadModelAsync(this IGraphStore store, string? jurisdiction, DateOnly asOf, CancellationToken ct) =>
        (await store.LoadModelRowsAsync(jurisdiction, ct)).On(asOf);
}
