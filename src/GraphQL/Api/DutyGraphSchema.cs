using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.Server.Api;

/// <summary>The DutyGraph schema (<c>schema.graphql</c>) and its resolvers over the store: one registration for the host and the tests.</summary>
public sealed class DutyGraphSchema
{
    public DutyGraphSchema(IGraphStore store)
    {
        using var stream = typeof(DutyGraphSchema).Assembly.GetManifestResourceStream("schema.graphql")
            ?? throw new InvalidOperationException("schema.graphql is missing from the executable");
        using var reader = new StreamReader(stream);
        Schema = SchemaBuilder.Build(reader.ReadToEnd());
        Resolvers = new ResolverMap()
            .Add("Query", "jurisdictions", async c => (object?)await store.ListJurisdictionsAsync(c.Cancellation))
            .Add("Query", "jurisdiction", async c => await store.GetJurisdictionAsync(c.Argument<string>("name"), c.Cancellation))
            .Add("Query", "units", async c => Connection(await store.ListUnitsAsync(
                new UnitFilter(c.Argument<string?>("jurisdiction"), c.Argument<string?>("kind"), c.Argument<string?>("nameContains")),
                Page(c), c.Cancellation)))
            .Add("Jurisdiction", "name", c => ((Jurisdiction)c.Source!).Name)
            .Add("Jurisdiction", "level", c => Jurisdiction.LevelName(((Jurisdiction)c.Source!).Level))
            .Add("Jurisdiction", "parent", async c => ((Jurisdiction)c.Source!).Parent is { } parent
                ? await store.GetJurisdictionAsync(parent, c.Cancellation) : null)
            .Add("Jurisdiction", "units", async c => Connection(await store.ListUnitsAsync(
                new UnitFilter(((Jurisdiction)c.Source!).Name), Page(c), c.Cancellation)))
            .Add("Unit", "id", c => GlobalId.Of("Unit", ((Unit)c.Source!).Id))
            .Add("Unit", "name", c => ((Unit)c.Source!).Name)
            .Add("Unit", "jurisdiction", async c => await store.GetJurisdictionAsync(((Unit)c.Source!).Jurisdiction, c.Cancellation))
            .Add("Unit", "kind", c => ((Unit)c.Source!).Kind)
            .Add("Unit", "aliases", c => ((Unit)c.Source!).Aliases)
            .Add("Unit", "staffQuota", c => ((Unit)c.Source!).StaffQuota)
            .Add("Unit", "validFrom", c => ((Unit)c.Source!).ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Add("Unit", "validTo", c => ((Unit)c.Source!).ValidTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Add("Unit", "source", c => ((Unit)c.Source!).Source);
    }

    public Schema Schema { get; }

    public ResolverMap Resolvers { get; }

    private static PageRequest Page(ResolveContext c) => new(c.Argument<int>("first"), c.Argument<string?>("after"));

    private static Dictionary<string, object?> Connection<T>(Page<T> page) where T : class => new()
    {
        ["edges"] = page.Items.Select(item => new Dictionary<string, object?>
        {
            ["cursor"] = Cursor.Encode(item is Unit u ? u.Id : 0),
            ["node"] = item,
        }).ToList(),
        ["pageInfo"] = new Dictionary<string, object?> { ["hasNextPage"] = page.HasNextPage, ["endCursor"] = page.EndCursor },
        ["totalCount"] = page.TotalCount,
    };
}

/// <summary>Global ids: the type name and the record's id, base64-encoded, so node(id:) can tell what an id is.</summary>
public static class GlobalId
{
    public static string Of(string type, long id) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{type}:{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
}
