using System.Text.RegularExpressions;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Reforms;
using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Mutations;

/// <summary>
/// The reform steps: merge sections, transfer a duty, abolish a unit or section. Each reads its
/// input, has the domain plan which holdings move where (<see cref="ReformPlan"/>) and the reform
/// use case apply it whole or not at all (<see cref="ReformSteps"/>).
/// </summary>
public static partial class ReformMutations
{
    public static ResolverMap AddReformMutations(this ResolverMap map, ApiContext api) => map
        .Add("Mutation", "mergeSections", c => Run(api, c, async input =>
        {
            Input.IdOf(input.Text("into"), ["Section"], ["into"]);
            var into = await TargetAsync(api, input.Text("into"), ["into"], c.Cancellation);
            var sections = input.Strings("sections").Select((id, i) => Input.IdOf(id, ["Section"], ["sections", i.ToString(Inv)]).Id).ToList();
            var plan = await ReformPlan.MergeSectionsAsync(api.Store, (into.UnitId, into.SectionId!.Value), sections, input.Date("on")!.Value, c.Cancellation);
            return (plan, i => ["sections", i.ToString(Inv)]);
        }))
        .Add("Mutation", "transferDuty", c => Run(api, c, async input =>
        {
            var duty = input.Id("duty", "Duty");
            var (fromType, from) = Input.IdOf(input.Text("from"), ["Unit", "Section"], ["from"]);
            var to = await TargetAsync(api, input.Text("to"), ["to"], c.Cancellation);
            var role = input.Get<string>("role") is { } r ? RoleNames.Parse(r) : (Role?)null;
            var plan = await ReformPlan.TransferDutyAsync(api.Store, duty, fromType == "Unit" ? HoldingLink.Unit : HoldingLink.Section, from, to, role,
                input.Date("on")!.Value, c.Cancellation);
            return (plan, _ => []);
        }))
        .Add("Mutation", "abolishUnit", c => Run(api, c, async input =>
            (await AbolishAsync(api, input, HoldingLink.Unit, input.Id("unit", "Unit"), c.Cancellation), _ => ["unit"])))
        .Add("Mutation", "abolishSection", c => Run(api, c, async input =>
            (await AbolishAsync(api, input, HoldingLink.Section, input.Id("section", "Section"), c.Cancellation), _ => ["section"])));

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    /// <summary>The named transfers and transferRestTo of an abolition, read from the input, planned by the domain.</summary>
    private static async Task<ReformPlan> AbolishAsync(ApiContext api, Input input, HoldingLink kind, long holder, CancellationToken ct)
    {
        var transfers = new List<(HoldingMove, IReadOnlyList<string>)>();
        var given = input.Objects("transfers");
        for (var i = 0; i < given.Count; i++)
        {
            string[] at = ["transfers", i.ToString(Inv)];
            var holding = given[i].Id("holding", "Holding", at);
            var to = await TargetAsync(api, given[i].Text("to"), [.. at, "to"], ct);
            var role = given[i].Get<string>("role") is { } r ? RoleNames.Parse(r) : (Role?)null;
            transfers.Add((new HoldingMove(holding, to.UnitId, to.SectionId, role), at));
        }
        var rest = input.Get<string>("transferRestTo") is { } restTo ? await TargetAsync(api, restTo, ["transferRestTo"], ct) : ((long, long?)?)null;
        return await ReformPlan.AbolishAsync(api.Store, kind, holder, transfers, rest, input.Date("on")!.Value, ct);
    }

    /// <summary>Where holdings go: a unit, or a section and its unit.</summary>
    private static async Task<(long UnitId, long? SectionId)> TargetAsync(ApiContext api, string globalId, string[] at, CancellationToken ct)
    {
        var (type, id) = Input.IdOf(globalId, ["Unit", "Section"], at);
        if (type == "Unit")
        {
            return (id, null);
        }
        var section = await api.Store.GetSectionAsync(id, ct) ?? throw new InputException("NOT_FOUND", ["input", .. at], $"no section has id {globalId}");
        return (section.UnitId, section.Id);
    }

    /// <summary>
    /// Plans the step from the input (the domain's <see cref="ReformPlan"/>), has the reform use case
    /// apply it, and reports what changed or why nothing did, naming the input at fault.
    /// </summary>
    private static ValueTask<object?> Run(ApiContext api, ResolveContext c, Func<Input, Task<(ReformPlan Plan, Func<int, string[]> Abolished)>> planning)
    {
        var input = Input.Of(c);
        ReformPlan? planned = null;
        Func<int, string[]> abolished = _ => [];
        return Payloads.RunAsync(async () =>
        {
            (planned, abolished) = await planning(input);
            var outcome = await ReformSteps.ApplyAsync(api.Store, planned.Step(input.Date("on")!.Value, input.Text("source")), c.Cancellation);
            return Result(outcome.Ended, outcome.Created, outcome.AbolishedUnits, outcome.AbolishedSections);
        }, Result(Array.Empty<object>(), Array.Empty<object>(), Array.Empty<object>(), Array.Empty<object>()), field => InputPath(field, planned, abolished));
    }

    private static Dictionary<string, object?> Result(object ended, object created, object units, object sections) => new()
    {
        ["ended"] = ended, ["created"] = created, ["abolishedUnits"] = units, ["abolishedSections"] = sections,
    };

    /// <summary>A field of a refusal (moves[2].toUnit, abolishSections[0], sections, on) as the input path it came from.</summary>
    private static IReadOnlyList<string> InputPath(string field, ReformPlan? plan, Func<int, string[]> abolished)
    {
        var match = Indexed().Match(field);
        if (!match.Success)
        {
            return ["input", field];
        }
        var index = int.Parse(match.Groups[2].Value, Inv);
        return match.Groups[1].Value switch
        {
            "moves" when plan is not null && index < plan.Origins.Count => ["input", .. plan.Origins[index]],
            "abolishUnits" or "abolishSections" => ["input", .. abolished(index)],
            _ => ["input", field],
        };
    }

    [GeneratedRegex(@"^(\w+)\[(\d+)\]")]
    private static partial Regex Indexed();
}
