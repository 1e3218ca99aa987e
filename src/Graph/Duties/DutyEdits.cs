using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Duties;

/// <summary>An edit of a duty, once for every store (<see cref="RecordEdit"/>): a duty stays on its list.</summary>
public static class DutyEdits
{
    public static Task<Duty> CreateAsync(IGraphStore store, Duty duty, CancellationToken ct)
    {
        Check.Duty(duty);
        return store.WriteInTransactionAsync("CreateDuty", w => w.InsertDutyAsync(duty with { Jurisdiction = Jurisdiction.Canonical(duty.Jurisdiction) }), ct);
    }

    public static Task<Duty> UpdateAsync(IGraphStore store, long id, Func<Duty, Duty> change, CancellationToken ct) =>
        RecordEdit.ApplyAsync(store, "duty", id, (w, i) => w.DutyAsync(i), change, async (w, old, changed) =>
        {
            var duty = changed with { Id = id };
            Check.Duty(duty);
            var jurisdiction = Check.StaysIn(old.Jurisdiction, duty.Jurisdiction,
                $"a duty belongs to the list of {old.Jurisdiction}: create it in the other list instead");
            return await w.WriteDutyAsync(duty with { Jurisdiction = jurisdiction });
        }, ct);
}
