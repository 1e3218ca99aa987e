using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Mutations;

/// <summary>Assign and unassign holdings; add and remove correspondences.</summary>
public static class HoldingMutations
{
    public static ResolverMap AddHoldingMutations(this ResolverMap map, ApiContext api) => map
        .Add("Mutation", "assignHolding", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () =>
            {
                var (unit, section, unitId, sectionId) = await HolderAsync(api, input, c.Cancellation);
                var holding = await HoldingEdits.AssignAsync(api.Store, new Holding
                {
                    DutyId = input.Id("duty", "Duty"), Unit = unit, Section = section, UnitId = unitId, SectionId = sectionId,
                    Role = RoleNames.Parse(input.Text("role")),
                    ValidFrom = input.Date("validFrom"), ValidTo = input.Date("validTo"), Source = input.Text("source"),
                }, c.Cancellation);
                return HoldingResult(holding);
            }, HoldingResult(null), Payloads.Renamed(("dutyId", "duty"), ("unit", input.Has("holder") ? "holder" : "unitName")));
        })
        .Add("Mutation", "unassignHolding", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () =>
            {
                var id = input.Id("holding", "Holding");
                if (input.Date("on") is { } on)
                {
                    return HoldingResult(await HoldingEdits.EndAsync(api.Store, id, on, c.Cancellation));
                }
                var holding = (await api.Store.ListHoldingsByAsync(HoldingLink.Holding, [id], c.Cancellation)).FirstOrDefault();
                await HoldingEdits.RemoveAsync(api.Store, id, c.Cancellation);
                return HoldingResult(holding);
            }, HoldingResult(null), Payloads.Renamed(("id", "holding")));
        })
        .Add("Mutation", "addCorrespondence", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () => CorrespondenceResult(await CorrespondenceEdits.AddAsync(api.Store, new Correspondence
            {
                Township = input.Text("township"), TownshipOffice = input.Text("officeName"), CountyUnit = input.Text("countyUnitName"),
                Note = input.Get<string>("note"), Source = input.Text("source"),
            }, c.Cancellation)), CorrespondenceResult(null), Payloads.Renamed(("townshipOffice", "officeName"), ("countyUnit", "countyUnitName")));
        })
        .Add("Mutation", "removeCorrespondence", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () =>
            {
                await CorrespondenceEdits.RemoveAsync(api.Store, input.Id("id", "Correspondence"), c.Cancellation);
                return new Dictionary<string, object?> { ["removedId"] = input.Text("id") };
            }, new Dictionary<string, object?> { ["removedId"] = null });
        });

    /// <summary>The holder: a unit or section by id (names and ids), or the names as written (to be resolved, or to dangle).</summary>
    private static async Task<(string Unit, string? Section, long? UnitId, long? SectionId)> HolderAsync(ApiContext api, Input input, CancellationToken ct)
    {
        if (input.Get<string>("holder") is { } holder)
        {
            var (type, id) = Input.IdOf(holder, ["Unit", "Section"], ["holder"]);
            if (type == "Section")
            {
                var section = await api.Store.GetSectionAsync(id, ct)
                    ?? throw new InputException("NOT_FOUND", ["input", "holder"], $"no section has id {holder}");
                return (section.Unit, section.Name, section.UnitId, section.Id);
            }
            var unit = await api.Store.GetUnitAsync(id, ct) ?? throw new InputException("NOT_FOUND", ["input", "holder"], $"no unit has id {holder}");
            return (unit.Name, null, unit.Id, null);
        }
        return input.Get<string>("unitName") is { } name && !string.IsNullOrWhiteSpace(name)
            ? (name, input.Get<string>("sectionName"), null, null)
            : throw new InputException("INVALID_ARGUMENT", ["input", "holder"], "say who holds the duty: give holder (an id) or unitName");
    }

    private static Dictionary<string, object?> HoldingResult(Holding? holding) => new() { ["holding"] = holding };

    private static Dictionary<string, object?> CorrespondenceResult(Correspondence? k) => new() { ["correspondence"] = k };
}
