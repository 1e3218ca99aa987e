using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Units;

/// <summary>The fields of Unit: its own facts, and its sections, holdings and correspondences both ways.</summary>
public static class UnitFields
{
    public static ResolverMap AddUnitFields(this ResolverMap map, ApiContext api) => map
        .Read<Unit>("Unit", "id", u => GlobalId.Of("Unit", u.Id))
        .Read<Unit>("Unit", "name", u => u.Name)
        .Add("Unit", "jurisdiction", async c => await api.Load.Jurisdiction(c, ((Unit)c.Source!).Jurisdiction))
        .Read<Unit>("Unit", "kind", u => u.Kind)
        .Read<Unit>("Unit", "aliases", u => u.Aliases)
        .Read<Unit>("Unit", "parentName", u => u.Parent)
        .Read<Unit>("Unit", "colocatedWith", u => u.ColocatedWith)
        .Read<Unit>("Unit", "staffQuota", u => u.StaffQuota)
        .Read<Unit>("Unit", "validFrom", u => u.ValidFrom)
        .Read<Unit>("Unit", "validTo", u => u.ValidTo)
        .Add("Unit", "isActive", c => ((Unit)c.Source!).IsValidAt(api.DayOf(c, "on")))
        .Read<Unit>("Unit", "source", u => u.Source)
        .Add("Unit", "sections", async c =>
        {
            var sections = await api.Load.SectionsOfUnit(c, ((Unit)c.Source!).Id);
            return c.Argument<DateOnly?>("validAt") is { } at ? sections.Where(s => s.IsValidAt(at)).ToList() : sections;
        })
        .Add("Unit", "holdings", async c => ApiContext.Narrow(await api.Load.Holdings(c, HoldingLink.Unit, ((Unit)c.Source!).Id), c))
        .Add("Unit", "answersTo", async c => await api.Load.Correspondences(c, CorrespondenceLink.OfficeUnit, ((Unit)c.Source!).Id))
        .Add("Unit", "answeredBy", async c => await api.Load.Correspondences(c, CorrespondenceLink.CountyUnit, ((Unit)c.Source!).Id));
}
