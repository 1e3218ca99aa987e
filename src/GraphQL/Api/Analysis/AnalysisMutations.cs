using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;
using DutyGraph.Server.Api.Mutations;

namespace DutyGraph.Server.Api.Analysis;

/// <summary>What staff tell the analyses: which unit was right, which overlaps are deliberate or done, and new thesaurus words.</summary>
public static class AnalysisMutations
{
    public static ResolverMap AddAnalysisMutations(this ResolverMap map, ApiContext api) => map
        .Add("Mutation", "recordFeedback", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () =>
            {
                var saved = await api.Reviews.RecordFeedbackAsync(input.Text("question"), input.Get<string>("jurisdiction"), input.Id("unit", "Unit"), c.Cancellation);
                return new Dictionary<string, object?> { ["question"] = saved.Question, ["unit"] = await api.Store.GetUnitAsync(saved.UnitId, c.Cancellation) };
            }, new Dictionary<string, object?> { ["question"] = null, ["unit"] = null });
        })
        .Add("Mutation", "markDuplicateCluster", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () => new Dictionary<string, object?>
            {
                ["mark"] = await api.Reviews.MarkClusterAsync(input.Text("key"), EnumNames.Parse<ClusterStatus>(input.Text("status")),
                    input.Text("reason"), null, c.Cancellation),
            }, new Dictionary<string, object?> { ["mark"] = null });
        })
        .Add("Mutation", "unmarkDuplicateCluster", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () => new Dictionary<string, object?>
            {
                ["unmarked"] = await api.Reviews.UnmarkClusterAsync(input.Text("key"), c.Cancellation),
            }, new Dictionary<string, object?> { ["unmarked"] = false });
        })
        .Add("Mutation", "correctDuty", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () =>
            {
                var duty = await api.Store.GetDutyAsync(input.Id("duty", "Duty"), c.Cancellation)
                    ?? throw new InputException("NOT_FOUND", ["input", "duty"], $"no duty has id {input.Text("duty")}");
                var matter = input.Get<string>("matter");
                var catalogue = (await api.Models.KnowledgeAsync(c.Cancellation)).Catalogue;
                if (matter is not null && catalogue.Find(matter) is null)
                {
                    var near = CatalogueSearch.Find(catalogue, matter, null, 5).Select(m => m.Name).ToList();
                    throw new InputException("INVALID_ARGUMENT", ["input", "matter"],
                        $"the catalogue has no matter named '{matter}'" + (near.Count > 0 ? $"; did you mean {string.Join("、", near)}?" : ""));
                }
                await api.Store.CorrectDutyAsync(new DutyCorrection(duty.Jurisdiction, duty.ListKey, matter is null ? null : catalogue.Find(matter)!.Name,
                    input.Get<string>("action") is { } action ? EnumNames.Parse<DutyAction>(action) : null,
                    input.Get<string>("scope") is { } scope ? EnumNames.Parse<DutyScope>(scope) : null, null, api.Clock.GetUtcNow()), c.Cancellation);
                return new Dictionary<string, object?> { ["duty"] = duty };
            }, new Dictionary<string, object?> { ["duty"] = null });
        })
        .Add("Mutation", "addThesaurusEntries", c =>
        {
            var input = Input.Of(c);
            return Payloads.RunAsync(async () =>
            {
                var entries = input.Objects("entries").Select((e, i) => new ThesaurusEntry(
                    Words(e, "everyday", i), Words(e, "listTerm", i), e.Get<string>("note"))).ToList();
                return new Dictionary<string, object?> { ["added"] = await api.Store.AddThesaurusAsync(entries, c.Cancellation) };
            }, new Dictionary<string, object?> { ["added"] = 0 });
        });

    /// <summary>A thesaurus word: something search can use, refused naming the entry's field otherwise.</summary>
    private static string Words(Input entry, string field, int index) =>
        SearchText.Normalize(entry.Text(field)).Length > 0 ? entry.Text(field).Trim()
            : throw new InputException("INVALID_ARGUMENT", ["input", "entries", index.ToString(System.Globalization.CultureInfo.InvariantCulture), field],
                $"{field} is empty or only punctuation");
}
