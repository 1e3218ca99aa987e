using DutyGraph.Graph.Analysis;
using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Types;
using DutyGraph.Server.Api.Analysis;
using DutyGraph.Server.Api.Common;
using DutyGraph.Server.Api.Correspondences;
using DutyGraph.Server.Api.Duties;
using DutyGraph.Server.Api.Jurisdictions;
using DutyGraph.Server.Api.Mutations;
using DutyGraph.Server.Api.Queries;
using DutyGraph.Server.Api.Sections;
using DutyGraph.Server.Api.Units;

namespace DutyGraph.Server.Api;

/// <summary>The DutyGraph schema (<c>schema.graphql</c>) and its resolvers over the store: one registration for the host and the tests.</summary>
public sealed class DutyGraphSchema : IDisposable
{
    public DutyGraphSchema(IGraphStore store, TimeProvider clock, Microsoft.Extensions.Options.IOptions<AnalysisOptions>? analysis = null,
        Microsoft.Extensions.Options.IOptions<GraphQLOptions>? graphQL = null, Hosting.ServerTelemetry? telemetry = null)
    {
        using var stream = typeof(DutyGraphSchema).Assembly.GetManifestResourceStream("schema.graphql")
            ?? throw new InvalidOperationException("schema.graphql is missing from the executable");
        using var reader = new StreamReader(stream);
        Schema = SchemaBuilder.Build(reader.ReadToEnd(), new Dictionary<string, ScalarCodec> { ["Date"] = DateScalar.Codec });
        Documents = new DocumentCache(Schema);
        Models = new AnalysisModels(store, (analysis?.Value ?? new AnalysisOptions()).Snapshots, telemetry: telemetry?.Analysis);
        var limits = graphQL?.Value ?? new GraphQLOptions();
        var settings = analysis?.Value ?? new AnalysisOptions();
        Reviews = new Graph.Analysis.Reviews.ReviewRecording(store, clock, settings.MaxQuestionLength, limits.MaxTextLength);
        var api = new ApiContext(store, new StoreLoaders(store), Models, settings, clock) { Reviews = Reviews };
        var lengths = new ArgumentLimits(api.Analysis.MaxQuestionLength, limits.MaxNameLength, limits.MaxTextLength);
        Resolvers = new ResolverMap { ResolveType = Nodes.TypeOf, DescribeError = Describe, CheckArguments = lengths.Check }
            .AddQueryFields(api)
            .AddJurisdictionFields(api)
            .AddUnitFields(api)
            .AddSectionFields(api)
            .AddDutyFields(api)
            .AddCorrespondenceFields(api)
            .AddRecordMutations(api)
            .AddHoldingMutations(api)
            .AddImportMutation(api)
            .AddReformMutations(api)
            .AddAnalysisFields(api)
            .AddAnalysisMutations(api)
            .ByKey(ReadByKey);
        // A field the schema names but nothing resolves would be null without a word: refuse to start instead.
        if (Resolvers.Mismatches(Schema) is { Count: > 0 } mismatches)
        {
            throw new InvalidOperationException("schema.graphql and its resolvers do not match: " + string.Join("; ", mismatches));
        }
    }

    /// <summary>The types whose values the resolvers build as dictionaries keyed by field name: connections, edges, payloads and their errors.</summary>
    private static readonly string[] ReadByKey =
    [
        "PageInfo", "UserError",
        "UnitConnection", "UnitEdge", "SectionConnection", "SectionEdge", "DutyConnection", "DutyEdge", "CorrespondenceConnection", "CorrespondenceEdge",
        "UnitPayload", "SectionPayload", "DutyPayload", "HoldingPayload", "CorrespondencePayload", "RemoveCorrespondencePayload", "ReformPayload",
        "ImportDatasetPayload", "FeedbackPayload", "ClusterMarkPayload", "UnmarkPayload", "ThesaurusPayload",
    ];

    public Schema Schema { get; }

    /// <summary>Staff feedback and reviewers' marks, with their rules and limits: the API's mutations and the pages share it.</summary>
    public Graph.Analysis.Reviews.ReviewRecording Reviews { get; }

    /// <summary>The analyses' snapshots, kept current off the request path.</summary>
    public AnalysisModels Models { get; }

    public void Dispose() => Models.Dispose();

    /// <summary>Parsed and validated documents, by text.</summary>
    public DocumentCache Documents { get; }

    public ResolverMap Resolvers { get; }

    public const string StoreUnavailable = "The store is busy or cannot be reached; try again shortly.";

    public const string OutcomeUnknown = "The store did not confirm the change (its answer was lost): look whether it was made before trying again.";

    /// <summary>A store's refusal reads as its message; the store being busy or gone, or not confirming a change, says only that.</summary>
    private static string? Describe(Exception e) => e switch
    {
        StoreException { Code: StoreErrorCode.Unavailable } => StoreUnavailable,
        StoreException { Code: StoreErrorCode.OutcomeUnknown } => OutcomeUnknown,
        StoreException refusal => refusal.Message,
        _ => null,
    };
}
