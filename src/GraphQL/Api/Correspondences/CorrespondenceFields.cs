using DutyGraph.Graph.Correspondences;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Correspondences;

/// <summary>The fields of Correspondence: the township, its office and the county unit it answers to.</summary>
public static class CorrespondenceFields
{
    public static ResolverMap AddCorrespondenceFields(this ResolverMap map, ApiContext api) => map
        .Read<Correspondence>("Correspondence", "id", k => GlobalId.Of("Correspondence", k.Id))
        .Add("Correspondence", "township", async c => await api.Load.Jurisdiction(c, ((Correspondence)c.Source!).Township))
        .Read<Correspondence>("Correspondence", "officeName", k => k.TownshipOffice)
        .Read<Correspondence>("Correspondence", "countyUnitName", k => k.CountyUnit)
        .Read<Correspondence>("Correspondence", "note", k => k.Note)
        .Read<Correspondence>("Correspondence", "source", k => k.Source)
        .Add("Correspondence", "officeUnit", async c => ((Correspondence)c.Source!).OfficeUnitId is { } id ? await api.Load.Unit(c, id) : null)
        .Add("Correspondence", "officeSection", async c => ((Correspondence)c.Source!).OfficeSectionId is { } id ? await api.Load.Section(c, id) : null)
        .Add("Correspondence", "countyUnit", async c => ((Correspondence)c.Source!).CountyUnitId is { } id ? await api.Load.Unit(c, id) : null);
}
