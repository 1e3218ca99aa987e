using DutyGraph.Graph.Analysis;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Analysis;

namespace DutyGraph.Server.Api.Common;

/// <summary>What the resolvers are built over: the store, its batch loaders, the analyses' models and their options, and the clock.</summary>
public sealed record ApiContext(IGraphStore Store, StoreLoaders Load, AnalysisModels Models, AnalysisOptions Analysis, TimeProvider Clock)
{
    /// <summary>Staff feedback and reviewers' marks, with their rules (the pages use the same one).</summary>
    public Graph.Analysis.Reviews.ReviewRecording Reviews { get; init; } = new(Store, Clock);

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>The day a field's date argument gives, or today.</summary>
    public DateOnly DayOf(ResolveContext c, string argument) => c.Argument<DateOnly?>(argument) ?? Today;

    /// <summary>Holdings narrowed by the field's role and validAt arguments.</summary>
    public static IReadOnlyList<Holding> Narrow(IReadOnlyList<Holding> holdings, ResolveContext c)
    {
        var role = c.Argument<string?>("role") is { } r ? RoleNames.Parse(r) : (Role?)null;
        var at = c.Argument<DateOnly?>("validAt");
        return role is null && at is null ? holdings
            : [.. holdings.Where(h => (role is null || h.Role == role) && (at is null || h.IsValidAt(at.Value)))];
    }
}

/// <summary>The Role enum's names in the API.</summary>
public static class RoleNames
{
    public static string Of(Role role) => role == Role.Lead ? "LEAD" : "SUPPORT";

    public static Role Parse(string name) => name == "SUPPORT" ? Role.Support : Role.Lead;
}
