using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Jurisdictions;

/// <summary>The fields of Jurisdiction: its place in the hierarchy and its lists.</summary>
public static class JurisdictionFields
{
    public static ResolverMap AddJurisdictionFields(this ResolverMap map, ApiContext api) => map
        .Read<Jurisdiction>("Jurisdiction", "id", j => GlobalId.Of("Jurisdiction", j.Id))
        .Read<Jurisdiction>("Jurisdiction", "name", j => j.Name)
        .Read<Jurisdiction>("Jurisdiction", "shortName", j => j.ShortName)
        .Read<Jurisdiction>("Jurisdiction", "level", j => Jurisdiction.LevelName(j.Level))
        .Add("Jurisdiction", "parent", async c => ((Jurisdiction)c.Source!).Parent is { } parent ? await api.Load.Jurisdiction(c, parent) : null)
        .Add("Jurisdiction", "children", async c =>
        {
            var name = ((Jurisdiction)c.Source!).Name;
            return (await api.Load.Jurisdictions(c)).Where(j => j.Parent == name).ToList();
        })
        .Add("Jurisdiction", "units", async c =>
        {
            var page = Connections.PageOf(c);
            return Connections.Of(await api.Store.ListUnitsAsync(new UnitFilter(((Jurisdiction)c.Source!).Name, c.Argument<string?>("kind"),
                ValidAt: c.Argument<DateOnly?>("validAt")), page, c.Cancellation), page);
        })
        .Add("Jurisdiction", "duties", async c =>
        {
            var page = Connections.PageOf(c);
            return Connections.Of(await api.Store.ListDutiesAsync(new DutyFilter(((Jurisdiction)c.Source!).Name, c.Argument<string?>("category"),
                c.Argument<string?>("textContains"), ValidAt: c.Argument<DateOnly?>("validAt")), page, c.Cancellation), page);
        })
        .Add("Jurisdiction", "correspondences", async c => (await api.Store.ListCorrespondencesAsync(
            new CorrespondenceFilter(((Jurisdiction)c.Source!).Name), PageRequest.All, c.Cancellation)).Items);
}
