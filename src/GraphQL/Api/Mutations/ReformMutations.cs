using System.Text.RegularExpressions;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Mutations;

/// <summary>
/// The reform steps: merge sections, transfer a duty, abolish a unit or section. Each works
/// out which holdings move where and hands the store one <see cref="ReformStep"/>, which
/// applies whole or not at all and refuses an abolition that would leave a duty behind.
/// </summary>
public static partial class ReformMutations
{
    public static ResolverMap AddReformMutations(this ResolverMap map, ApiContext api) => map
        .Add("Mutation", "mergeSections", c => Run(api, c, async (input, plan) =>
        {
            Input.IdOf(input.Text("into"), ["Section"], ["into"]);
            var into = await TargetAsync(api, input.Text("into"), ["into"], c.Cancellation);
            var sections = input.Strings("sections").Select((id, i) => Input.IdOf(id, ["Section"], ["sections", i.ToString(Inv)]).Id).ToList();
            if (sections.Contains(into.SectionId!.Value))
            {
                throw new InputException("INVALID_ARGUMENT", ["input", "sections"], "a section cannot be merged into itself");
            }
            var on = input.Date("on")!.Value;
            foreach (var holding in (await api.Store.ListHoldingsByAsync(HoldingLink.Section, sections, c.Cancellation)).Where(h => h.IsValidAt(on)))
            {
                plan.Move(new HoldingMove(holding.Id, into.UnitId, into.SectionId), ["into"]);
            }
            plan.AbolishSections.AddRange(sections);
            plan.Abolished = i => ["sections", i.ToString(Inv)];
        }))
        .Add("Mutation", "transferDuty", c => Run(api, c, async (input, plan) =>
        {
            var duty = input.Id("duty", "Duty");
            var (fromType, from) = Input.IdOf(input.Text("from"), ["Unit", "Section"], ["from"]);
            var to = await TargetAsync(api, input.Text("to"), ["to"], c.Cancellation);
            var on = input.Date("on")!.Value;
            var held = (await api.Store.ListHoldingsByAsync(HoldingLink.Duty, [duty], c.Cancellation))
                .Where(h => h.IsValidAt(on) && (fromType == "Unit" ? h.UnitId == from : h.SectionId == from)).ToList();
            if (held.Count == 0)
            {
                throw new InputException("NOT_FOUND", ["input", "from"], $"that holder does not hold that duty on {on:yyyy-MM-dd}");
            }
            var role = input.Get<string>("role") is { } r ? RoleNames.Parse(r) : (Role?)null;
            foreach (var holding in held)
            {
                plan.Move(new HoldingMove(holding.Id, to.UnitId, to.SectionId, role), ["to"]);
            }
        }))
        .Add("Mutation", "abolishUnit", c => Run(api, c, async (input, plan) =>
        {
            var unit = input.Id("unit", "Unit");
            await PlanTransfersAsync(api, input, plan, HoldingLink.Unit, unit, c.Cancellation);
            plan.AbolishUnits.Add(unit);
            plan.Abolished = _ => ["unit"];
        }))
        .Add("Mutation", "abolishSection", c => Run(api, c, async (input, plan) =>
        {
            var section = input.Id("section", "Section");
            await PlanTransfersAsync(api, input, plan, HoldingLink.Section, section, c.Cancellation);
            plan.AbolishSections.Add(section);
            plan.Abolished = _ => ["section"];
        }));

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    /// <summary>The named transfers, then every other holding in force on the day to transferRestTo.</summary>
    private static async Task PlanTransfersAsync(ApiContext api, Input input, ReformPlan plan, HoldingLink link, long holder, CancellationToken ct)
    {
        var transfers = input.Objects("transfers");
        for (var i = 0; i < transfers.Count; i++)
        {
            string[] at = ["transfers", i.ToString(Inv)];
            var holding = transfers[i].Id("holding", "Holding", at);
            var to = await TargetAsync(api, transfers[i].Text("to"), [.. at, "to"], ct);
            var role = transfers[i].Get<string>("role") is { } r ? RoleNames.Parse(r) : (Role?)null;
            plan.Move(new HoldingMove(holding, to.UnitId, to.SectionId, role), at);
        }
        if (input.Get<string>("transferRestTo") is not { } rest)
        {
            return;
        }
        var target = await TargetAsync(api, rest, ["transferRestTo"], ct);
        var on = input.Date("on")!.Value;
        var named = plan.Moves.Select(m => m.HoldingId).ToHashSet();
        foreach (var holding in (await api.Store.ListHoldingsByAsync(link, [holder], ct)).Where(h => h.IsValidAt(on) && !named.Contains(h.Id)))
        {
            plan.Move(new HoldingMove(holding.Id, target.UnitId, target.SectionId), ["transferRestTo"]);
        }
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

    /// <summary>Plans the step from the input, has the store apply it, and reports what changed or why nothing did.</summary>
    private static ValueTask<object?> Run(ApiContext api, ResolveContext c, Func<Input, ReformPlan, Task> planning)
    {
        var input = Input.Of(c);
        var plan = new ReformPlan();
        return Payloads.RunAsync(async () =>
        {
            await planning(input, plan);
            var outcome = await Graph.Reforms.ReformSteps.ApplyAsync(api.Store,
                new ReformStep(input.Date("on")!.Value, plan.Moves, input.Text("source"), plan.AbolishUnits, plan.AbolishSections), c.Cancellation);
            return Result(outcome.Ended, outcome.Created, outcome.AbolishedUnits, outcome.AbolishedSections);
        }, Result(Array.Empty<object>(), Array.Empty<object>(), Array.Empty<object>(), Array.Empty<object>()), plan.InputPath);
    }

    private static Dictionary<string, object?> Result(object ended, object created, object units, object sections) => new()
    {
        ["ended"] = ended, ["created"] = created, ["abolishedUnits"] = units, ["abolishedSections"] = sections,
    };

    /// <summary>The moves and abolitions of a step, and which input each came from (to name it in a refusal).</summary>
    private sealed partial class ReformPlan
    {
        private readonly List<string[]> _origins = [];

        public List<HoldingMove> Moves { get; } = [];
        public List<long> AbolishUnits { get; } = [];
        public List<long> AbolishSections { get; } = [];
        public Func<int, string[]> Abolished { get; set; } = _ => [];

        public void Move(HoldingMove move, string[] origin)
        {
            Moves.Add(move);
            _origins.Add(origin);
        }

        /// <summary>A store field (moves[2].toUnit, abolishSections[0], on) as the input path it came from.</summary>
        public IReadOnlyList<string> InputPath(string field)
        {
            var match = Indexed().Match(field);
            if (!match.Success)
            {
                return ["input", field];
            }
            var index = int.Parse(match.Groups[2].Value, Inv);
            return match.Groups[1].Value switch
            {
                "moves" when index < _origins.Count => ["input", .. _origins[index]],
                "abolishUnits" or "abolishSections" => ["input", .. Abolished(index)],
                _ => ["input", field],
            };
        }

        [GeneratedRegex(@"^(\w+)\[(\d+)\]")]
        private static partial Regex Indexed();
    }
}
