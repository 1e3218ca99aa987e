using DutyGraph.Graph.Common;
using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Mutations;

/// <summary>Create, update and rename units, sections and duties.</summary>
public static class RecordMutations
{
    public static ResolverMap AddRecordMutations(this ResolverMap map, ApiContext api) => map
        .Add("Mutation", "createUnit", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () => UnitResult(await UnitEdits.CreateAsync(api.Store, new Unit
            {
                Jurisdiction = input.Text("jurisdiction"), Name = input.Text("name"), Kind = input.Get<string>("kind"),
                Aliases = input.Strings("aliases"), Parent = input.Get<string>("parentName"), ColocatedWith = input.Get<string>("colocatedWith"),
                StaffQuota = input.Int("staffQuota"), ValidFrom = input.Date("validFrom"), ValidTo = input.Date("validTo"), Source = input.Text("source"),
            }, c.Cancellation)), UnitResult(null));
        })
        .Add("Mutation", "updateUnit", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () =>
            {
                var existing = await ExistingUnitAsync(api, input, "id", c.Cancellation);
                // The patch is applied to the unit as stored when it is written: a concurrent edit of another field stays.
                return UnitResult(await UnitEdits.UpdateAsync(api.Store, existing.Id, unit => unit with
                {
                    Kind = input.Patch("kind", unit.Kind), Aliases = input.Has("aliases") ? input.Strings("aliases") : unit.Aliases,
                    Parent = input.Patch("parentName", unit.Parent), ColocatedWith = input.Patch("colocatedWith", unit.ColocatedWith),
                    StaffQuota = input.Patch("staffQuota", unit.StaffQuota), ValidFrom = input.Patch("validFrom", unit.ValidFrom),
                    ValidTo = input.Patch("validTo", unit.ValidTo), Source = input.Get<string>("source") ?? unit.Source,
                }, c.Cancellation));
            }, UnitResult(null));
        })
        .Add("Mutation", "renameUnit", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () =>
            {
                var existing = await ExistingUnitAsync(api, input, "id", c.Cancellation);
                var name = input.Text("name");
                var keepOldName = input.Get<bool>("keepOldNameAsAlias");
                return UnitResult(await UnitEdits.UpdateAsync(api.Store, existing.Id, unit =>
                {
                    var keep = keepOldName && !unit.Aliases.Contains(unit.Name) && unit.Name != name.Trim();
                    return unit with { Name = name, Aliases = keep ? [.. unit.Aliases, unit.Name] : unit.Aliases };
                }, c.Cancellation));
            }, UnitResult(null));
        })
        .Add("Mutation", "createSection", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () =>
            {
                var unit = await ExistingUnitAsync(api, input, "unit", c.Cancellation);
                return SectionResult(await SectionEdits.CreateAsync(api.Store, new Section
                {
                    UnitId = unit.Id, Jurisdiction = unit.Jurisdiction, Unit = unit.Name, Name = input.Text("name"), Kind = input.Get<string>("kind"),
                    StaffQuota = input.Int("staffQuota"), StaffActual = input.Int("staffActual"), ValidFrom = input.Date("validFrom"),
                    ValidTo = input.Date("validTo"), Source = input.Text("source"),
                }, c.Cancellation));
            }, SectionResult(null));
        })
        .Add("Mutation", "updateSection", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () =>
            {
                var existing = await ExistingSectionAsync(api, input, c.Cancellation);
                return SectionResult(await SectionEdits.UpdateAsync(api.Store, existing.Id, section => section with
                {
                    Kind = input.Patch("kind", section.Kind), StaffQuota = input.Patch("staffQuota", section.StaffQuota),
                    StaffActual = input.Patch("staffActual", section.StaffActual), ValidFrom = input.Patch("validFrom", section.ValidFrom),
                    ValidTo = input.Patch("validTo", section.ValidTo), Source = input.Get<string>("source") ?? section.Source,
                }, c.Cancellation));
            }, SectionResult(null));
        })
        .Add("Mutation", "renameSection", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () =>
            {
                var existing = await ExistingSectionAsync(api, input, c.Cancellation);
                var name = input.Text("name");
                return SectionResult(await SectionEdits.UpdateAsync(api.Store, existing.Id, section => section with { Name = name }, c.Cancellation));
            }, SectionResult(null));
        })
        .Add("Mutation", "createDuty", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () => DutyResult(await DutyEdits.CreateAsync(api.Store, TextField<Duty>.SetAll(Duty.TextFields, new Duty
            {
                Jurisdiction = input.Text("jurisdiction"), Title = input.Text("title"), Source = input.Text("source"),
                CancelledOn = input.Date("cancelledOn"),
            }, field => input.Get<string>(field.Name)), c.Cancellation)), DutyResult(null));
        })
        .Add("Mutation", "updateDuty", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () =>
            {
                var existing = await ExistingAsync(api.Store.GetDutyAsync, input, "id", "Duty", c.Cancellation);
                return DutyResult(await DutyEdits.UpdateAsync(api.Store, existing.Id, duty => TextField<Duty>.SetAll(Duty.TextFields, duty with
                {
                    Title = input.Get<string>("title") ?? duty.Title, Source = input.Get<string>("source") ?? duty.Source,
                    CancelledOn = input.Patch("cancelledOn", duty.CancelledOn),
                }, field => input.Patch(field.Name, field.Get(duty))), c.Cancellation));
            }, DutyResult(null));
        });

    private static Task<Unit> ExistingUnitAsync(ApiContext api, Input input, string field, CancellationToken ct) =>
        ExistingAsync(api.Store.GetUnitAsync, input, field, "Unit", ct);

    private static Task<Section> ExistingSectionAsync(ApiContext api, Input input, CancellationToken ct) =>
        ExistingAsync(api.Store.GetSectionAsync, input, "id", "Section", ct);

    /// <summary>The record the input field's global id names; NOT_FOUND naming the field when there is none.</summary>
    private static async Task<T> ExistingAsync<T>(Func<long, CancellationToken, Task<T?>> get, Input input, string field, string type, CancellationToken ct)
        where T : class =>
        await get(input.Id(field, type), ct)
            ?? throw new InputException("NOT_FOUND", ["input", field], $"no {type.ToLowerInvariant()} has id {input.Text(field)}");

    private static Dictionary<string, object?> UnitResult(Unit? unit) => new() { ["unit"] = unit };

    private static Dictionary<string, object?> SectionResult(Section? section) => new() { ["section"] = section };

    private static Dictionary<string, object?> DutyResult(Duty? duty) => new() { ["duty"] = duty };
}
