using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Analysis;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Duties;

/// <summary>The fields of Duty (its text fields as <see cref="Duty.TextFields"/> lists them) and of Holding: a duty's list, its holders, and from a holding back to both.</summary>
public static class DutyFields
{
    public static ResolverMap AddDutyFields(this ResolverMap map, ApiContext api) => Duty.TextFields
        .Aggregate(map, (m, field) => m.Read<Duty>("Duty", field.Name, field.Get))
        .Read<Duty>("Duty", "id", d => GlobalId.Of("Duty", d.Id))
        .Add("Duty", "jurisdiction", async c => await api.Load.Jurisdiction(c, ((Duty)c.Source!).Jurisdiction))
        .Read<Duty>("Duty", "title", d => d.Title)
        .Read<Duty>("Duty", "source", d => d.Source)
        .Add("Duty", "holdings", async c => ApiContext.Narrow(await api.Load.Holdings(c, HoldingLink.Duty, ((Duty)c.Source!).Id), c))
        .Add("Duty", "matter", async c => (await MeaningAsync(api, c)).Matter)
        .Add("Duty", "action", async c => EnumNames.Of((await MeaningAsync(api, c)).Action))
        .Add("Duty", "scope", async c => EnumNames.Of((await MeaningAsync(api, c)).Scope))
        .Add("Duty", "meaningSource", async c => EnumNames.Of((await MeaningAsync(api, c)).Source))
        .Read<Duty>("Duty", "status", d => d.CancelledOn is null ? "ACTIVE" : "CANCELLED")
        .Read<Duty>("Duty", "cancelledOn", d => d.CancelledOn)
        .Read<Holding>("Holding", "id", h => GlobalId.Of("Holding", h.Id))
        .Add("Holding", "duty", async c => await api.Load.Duty(c, ((Holding)c.Source!).DutyId))
        .Read<Holding>("Holding", "role", h => RoleNames.Of(h.Role))
        .Read<Holding>("Holding", "unitName", h => h.Unit)
        .Read<Holding>("Holding", "sectionName", h => h.Section)
        .Add("Holding", "unit", async c => ((Holding)c.Source!).UnitId is { } id ? await api.Load.Unit(c, id) : null)
        .Add("Holding", "section", async c => ((Holding)c.Source!).SectionId is { } id ? await api.Load.Section(c, id) : null)
        .Read<Holding>("Holding", "isDangling", h => h.UnitId is null || (h.Section is not null && h.SectionId is null))
        .Read<Holding>("Holding", "validFrom", h => h.ValidFrom)
        .Read<Holding>("Holding", "validTo", h => h.ValidTo)
        .Read<Holding>("Holding", "source", h => h.Source);

    /// <summary>How the catalogue (with staff additions and corrections, at the store's present stamp) reads the field's duty.</summary>
    private static async Task<DutyMeaning> MeaningAsync(ApiContext api, ResolveContext c) =>
        (await api.Models.KnowledgeAsync(c.Cancellation)).Reader.Read((Duty)c.Source!);
}
