using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Queries;

/// <summary>The fields of Query: lookups by id and name, and the filtered, ordered lists.</summary>
public static class QueryFields
{
    public static ResolverMap AddQueryFields(this ResolverMap map, ApiContext api) => map
        .Add("Query", "node", async c => await Nodes.ResolveAsync(api, c, c.Argument<string>("id")))
        .Add("Query", "nodes", async c =>
        {
            var ids = c.Argument<List<object?>>("ids");
            if (ids.Count > Nodes.MaxIds)
            {
                throw new FieldException($"Argument \"ids\" may hold at most {Nodes.MaxIds} ids; it holds {ids.Count}.");
            }
            return await Task.WhenAll(ids.Select(id => GlobalId.Parse((string)id!) is null ? Task.FromResult<object?>(null) : Nodes.ResolveAsync(api, c, (string)id!)));
        })
        .Add("Query", "jurisdictions", async c => await api.Load.Jurisdictions(c))
        .Add("Query", "jurisdiction", async c => await api.Load.Jurisdiction(c, c.Argument<string>("name")))
        .Add("Query", "unit", async c => await api.Load.Unit(c, GlobalId.IdOf("Unit", c.Argument<string>("id"), "id")))
        .Add("Query", "findUnit", async c =>
            await api.Store.FindUnitAsync(c.Argument<string>("jurisdiction"), c.Argument<string>("name"), c.Cancellation))
        .Add("Query", "units", async c =>
        {
            var page = Connections.PageOf(c);
            var filter = new UnitFilter(c.Argument<string?>("jurisdiction"), c.Argument<string?>("kind"), c.Argument<string?>("nameContains"),
                c.Argument<DateOnly?>("validAt"), c.Argument<bool>("includeLower"));
            return Connections.Of(await api.Store.ListUnitsAsync(filter, page, c.Cancellation), page);
        })
        .Add("Query", "section", async c => await api.Load.Section(c, GlobalId.IdOf("Section", c.Argument<string>("id"), "id")))
        .Add("Query", "sections", async c =>
        {
            var page = Connections.PageOf(c);
            var unit = c.Argument<string?>("unit") is { } unitId ? GlobalId.IdOf("Unit", unitId, "unit") : (long?)null;
            var filter = new SectionFilter(unit, c.Argument<string?>("jurisdiction"), c.Argument<string?>("kind"),
                c.Argument<string?>("nameContains"), c.Argument<DateOnly?>("validAt"));
            return Connections.Of(await api.Store.ListSectionsAsync(filter, page, c.Cancellation), page);
        })
        .Add("Query", "duty", async c => await api.Load.Duty(c, GlobalId.IdOf("Duty", c.Argument<string>("id"), "id")))
        .Add("Query", "duties", async c =>
        {
            var page = Connections.PageOf(c);
            var filter = new DutyFilter(c.Argument<string?>("jurisdiction"), c.Argument<string?>("category"), c.Argument<string?>("textContains"),
                c.Argument<bool>("includeLower"), c.Argument<DateOnly?>("validAt"));
            return Connections.Of(await api.Store.ListDutiesAsync(filter, page, c.Cancellation), page);
        })
        .Add("Query", "correspondences", async c =>
        {
            var page = Connections.PageOf(c);
            return Connections.Of(await api.Store.ListCorrespondencesAsync(new CorrespondenceFilter(c.Argument<string?>("township")), page, c.Cancellation), page);
        });
}
