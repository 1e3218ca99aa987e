using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Sections;

/// <summary>The fields of Section: its facts, its unit, its holdings and its correspondences.</summary>
public static class SectionFields
{
    public static ResolverMap AddSectionFields(this ResolverMap map, ApiContext api) => map
        .Read<Section>("Section", "id", s => GlobalId.Of("Section", s.Id))
        .Read<Section>("Section", "name", s => s.Name)
        .Add("Section", "unit", async c => await api.Load.Unit(c, ((Section)c.Source!).UnitId))
        .Add("Section", "jurisdiction", async c => await api.Load.Jurisdiction(c, ((Section)c.Source!).Jurisdiction))
        .Read<Section>("Section", "kind", s => s.Kind)
        .Read<Section>("Section", "staffQuota", s => s.StaffQuota)
        .Read<Section>("Section", "staffActual", s => s.StaffActual)
        .Read<Section>("Section", "validFrom", s => s.ValidFrom)
        .Read<Section>("Section", "validTo", s => s.ValidTo)
        .Add("Section", "isActive", c => ((Section)c.Source!).IsValidAt(api.DayOf(c, "on")))
        .Read<Section>("Section", "source", s => s.Source)
        .Add("Section", "holdings", async c => ApiContext.Narrow(await api.Load.Holdings(c, HoldingLink.Section, ((Section)c.Source!).Id), c))
        .Add("Section", "answersTo", async c => await api.Load.Correspondences(c, CorrespondenceLink.OfficeSection, ((Section)c.Source!).Id));
}
