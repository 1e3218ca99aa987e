using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Types;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Queries;

/// <summary>node(id:): any record by its global id, and which GraphQL type a record is.</summary>
public static class Nodes
{
    /// <summary>How many ids one nodes(ids:) may ask for.</summary>
    public const int MaxIds = 100;

    public static async Task<object?> ResolveAsync(ApiContext api, ResolveContext c, string globalId)
    {
        if (GlobalId.Parse(globalId) is not var (type, id))
        {
            throw new FieldException($"\"{globalId}\" is not a DutyGraph id.");
        }
        return type switch
        {
            "Unit" => await api.Load.Unit(c, id),
            "Section" => await api.Load.Section(c, id),
            "Duty" => await api.Load.Duty(c, id),
            "Holding" => await api.Load.Holding(c, id),
            "Correspondence" => await api.Load.Correspondence(c, id),
            "Jurisdiction" => (await api.Load.Jurisdictions(c)).FirstOrDefault(j => j.Id == id),
            _ => null,
        };
    }

    /// <summary>The object type of a record that stands where an interface (Node) is expected.</summary>
    public static ObjectGraphType? TypeOf(object value, NamedGraphType abstractType, Schema schema) => schema.GetType(value switch
    {
        Unit => "Unit",
        Section => "Section",
        Duty => "Duty",
        Holding => "Holding",
        Correspondence => "Correspondence",
        Jurisdiction => "Jurisdiction",
        _ => "",
    }) as ObjectGraphType;
}
