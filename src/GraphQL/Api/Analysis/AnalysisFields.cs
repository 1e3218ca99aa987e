using DutyGraph.Graph.Analysis;
using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Reports;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Store;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Analysis;

/// <summary>The three answers (who is responsible, overlaps, orphans), the cleanup report and the thesaurus.</summary>
public static class AnalysisFields
{
    public const int MaxAnswers = 50;

    public static ResolverMap AddAnalysisFields(this ResolverMap map, ApiContext api) => map
        .Add("Query", "whoIsResponsible", async c => (await AskAsync(api, c)).Answers)
        .Add("Query", "responsibility", async c => await AskAsync(api, c))
        .Read<ResponsibilityResult>("ResponsibilityResult", "answers", r => r.Answers)
        .Read<ResponsibilityResult>("ResponsibilityResult", "unheld", r => r.Unheld)
        .Read<ResponsibilityResult>("ResponsibilityResult", "matters", r => r.Reading.Matters)
        .Read<ResponsibilityResult>("ResponsibilityResult", "intents", r => r.Reading.Intents.Select(i => EnumNames.Of(i.Action)).Distinct().ToList())
        .Read<ResponsibilityResult>("ResponsibilityResult", "guess", r => r.Confidence < api.Analysis.GuessBelow)
        .Read<ResponsibilityResult>("ResponsibilityResult", "snapshot", r => r.Snapshot)
        .Read<(long Stamp, DateTimeOffset BuiltAt)>("AnalysisSnapshot", "changeStamp", s => (double)s.Stamp)
        .Read<(long Stamp, DateTimeOffset BuiltAt)>("AnalysisSnapshot", "builtAt", s => s.BuiltAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
        .Read<UnheldMatch>("UnheldMatch", "duty", u => u.Duty)
        .Read<UnheldMatch>("UnheldMatch", "kind", u => EnumNames.Of(u.Kind))
        .Read<UnheldMatch>("UnheldMatch", "message", u => u.Message)
        .Read<QuestionMatter>("QuestionMatter", "matter", m => m.Matter)
        .Read<QuestionMatter>("QuestionMatter", "words", m => m.Words)
        .Add("Query", "duplicateDuties", async c =>
        {
            var minScore = c.Argument<double?>("minScore") ?? DuplicateFinder.DefaultMinScore;
            if (DuplicateFinder.MinScoreProblem(minScore) is { } problem)
            {
                throw new FieldException($"Argument \"minScore\" {problem}.");
            }
            var kinds = c.Argument<List<object?>?>("kinds")?.Cast<string>().Select(EnumNames.Parse<DuplicateKind>).ToList();
            var model = await SnapshotAsync(api, c, c.Argument<string?>("jurisdiction"));
            return model.Clusters(minScore, c.Argument<bool>("includeMarked"), kinds, c.Cancellation);
        })
        .Add("Query", "orphanedDuties", async c => (await SnapshotAsync(api, c, c.Argument<string?>("jurisdiction"))).Orphans)
        .Add("Query", "cleanupReport", async c => CleanupReport.Build(await ModelAsync(api, c, c.Argument<string>("jurisdiction")), ct: c.Cancellation))
        .Read<CleanupReport>("CleanupReport", "jurisdiction", r => r.Jurisdiction)
        .Read<CleanupReport>("CleanupReport", "asOf", r => r.AsOf)
        .Read<CleanupReport>("CleanupReport", "overlapCount", r => r.OverlapCount)
        .Read<CleanupReport>("CleanupReport", "orphanCount", r => r.OrphanCount)
        .Read<CleanupReport>("CleanupReport", "staffingCount", r => r.StaffingCount)
        .Read<CleanupReport>("CleanupReport", "units", r => r.Units)
        .Read<CleanupReport>("CleanupReport", "markdown", ReportWriter.Markdown)
        .Read<CleanupReport>("CleanupReport", "html", ReportWriter.Html)
        .Read<UnitFindings>("UnitFindings", "unitName", u => u.UnitName)
        .Read<UnitFindings>("UnitFindings", "unit", u => u.Unit)
        .Read<UnitFindings>("UnitFindings", "overlaps", u => u.Overlaps.Select(o => new MarkedCluster(o, null)).ToList())
        .Read<UnitFindings>("UnitFindings", "orphans", u => u.Orphans)
        .Read<UnitFindings>("UnitFindings", "staffing", u => u.Staffing)
        .Read<StaffingFinding>("StaffingFinding", "section", f => f.Section)
        .Read<StaffingFinding>("StaffingFinding", "staff", f => f.Staff)
        .Read<StaffingFinding>("StaffingFinding", "message", f => f.Message)
        .Add("Query", "thesaurus", async c =>
        {
            var entries = (await api.Models.KnowledgeAsync(c.Cancellation)).Additions;
            return c.Argument<string?>("everyday") is { } word ? entries.Where(e => e.Everyday == word.Trim()).ToList() : entries;
        })
        .Add("Query", "matters", async c => CatalogueSearch.Find((await api.Models.KnowledgeAsync(c.Cancellation)).Catalogue,
            c.Argument<string?>("search"), c.Argument<string?>("field"), c.Argument<int>("first")))
        .Add("Query", "matter", async c => (await api.Models.KnowledgeAsync(c.Cancellation)).Catalogue.Find(c.Argument<string>("name")))
        .Read<Matter>("Matter", "name", m => m.Name)
        .Read<Matter>("Matter", "field", m => m.Field)
        .Read<Matter>("Matter", "wordings", m => m.Wordings)
        .Read<Matter>("Matter", "everyday", m => m.Everyday)
        .Read<Matter>("Matter", "leadUnitKinds", m => m.Leads)
        .Read<Matter>("Matter", "relatedUnitKinds", m => m.Related)
        .Add("Matter", "parent", async c => (await api.Models.KnowledgeAsync(c.Cancellation)).Catalogue.ParentOf((Matter)c.Source!))
        .Read<Matter>("Matter", "addedByStaff", m => m.AddedByStaff)
        .Read<ResponsibilityAnswer>("ResponsibilityAnswer", "unit", a => a.Unit)
        .Read<ResponsibilityAnswer>("ResponsibilityAnswer", "section", a => a.Section)
        .Read<ResponsibilityAnswer>("ResponsibilityAnswer", "duty", a => a.Duty)
        .Read<ResponsibilityAnswer>("ResponsibilityAnswer", "role", a => RoleNames.Of(a.Role))
        .Read<ResponsibilityAnswer>("ResponsibilityAnswer", "level", a => a.Level.ToString())
        .Read<ResponsibilityAnswer>("ResponsibilityAnswer", "countyUnit", a => a.CountyUnit)
        .Read<ResponsibilityAnswer>("ResponsibilityAnswer", "score", a => a.Score)
        .Read<ResponsibilityAnswer>("ResponsibilityAnswer", "confidence", a => a.Confidence)
        .Read<ResponsibilityAnswer>("ResponsibilityAnswer", "guess", a => a.Confidence < api.Analysis.GuessBelow)
        .Read<ResponsibilityAnswer>("ResponsibilityAnswer", "matter", a => a.Matter)
        .Read<ResponsibilityAnswer>("ResponsibilityAnswer", "reasons", a => a.Reasons)
        .Read<MarkedCluster>("DuplicateCluster", "key", m => m.Cluster.Key)
        .Read<MarkedCluster>("DuplicateCluster", "kind", m => EnumNames.Of(m.Cluster.Kind))
        .Read<MarkedCluster>("DuplicateCluster", "score", m => m.Cluster.Score)
        .Read<MarkedCluster>("DuplicateCluster", "matter", m => m.Cluster.Matter)
        .Read<MarkedCluster>("DuplicateCluster", "intentional", m => m.Cluster.Intentional)
        .Read<MarkedCluster>("DuplicateCluster", "members", m => m.Cluster.Members.Select(x => x.Holding).ToList())
        .Read<MarkedCluster>("DuplicateCluster", "explanation", m => m.Cluster.Explanation)
        .Read<MarkedCluster>("DuplicateCluster", "mark", m => m.Mark)
        .Read<ClusterMark>("ClusterMark", "key", m => m.Key)
        .Read<ClusterMark>("ClusterMark", "status", m => EnumNames.Of(m.Status))
        .Read<ClusterMark>("ClusterMark", "reason", m => m.Reason)
        .Read<ClusterMark>("ClusterMark", "by", m => m.By)
        .Read<ClusterMark>("ClusterMark", "at", m => m.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
        .Read<OrphanFinding>("OrphanFinding", "kind", o => EnumNames.Of(o.Kind))
        .Read<OrphanFinding>("OrphanFinding", "duty", o => o.Duty)
        .Read<OrphanFinding>("OrphanFinding", "unit", o => o.Unit)
        .Read<OrphanFinding>("OrphanFinding", "section", o => o.Section)
        .Read<OrphanFinding>("OrphanFinding", "holding", o => o.Holding)
        .Read<OrphanFinding>("OrphanFinding", "correspondence", o => o.Correspondence)
        .Read<OrphanFinding>("OrphanFinding", "message", o => o.Message)
        .Read<ThesaurusEntry>("ThesaurusEntry", "everyday", e => e.Everyday)
        .Read<ThesaurusEntry>("ThesaurusEntry", "listTerm", e => e.ListTerm)
        .Read<ThesaurusEntry>("ThesaurusEntry", "note", e => e.Note);

    /// <summary>Asks the question of the field's arguments; an empty question or a bad count is refused naming the argument (a too long one never gets here: <see cref="ArgumentLimits"/>).</summary>
    private static async Task<ResponsibilityResult> AskAsync(ApiContext api, ResolveContext c)
    {
        var question = c.Argument<string>("question");
        var first = c.Argument<int>("first");
        if (string.IsNullOrWhiteSpace(question) || SearchText.Normalize(question).Length == 0)
        {
            throw new FieldException("Argument \"question\" must say something: it is empty or only punctuation.");
        }
        if (first is < 0 or > MaxAnswers)
        {
            throw new FieldException($"Argument \"first\" must be between 0 and {MaxAnswers}; it was {first}.");
        }
        var jurisdiction = c.Argument<string?>("jurisdiction");
        var model = await SnapshotAsync(api, c, jurisdiction);
        return model.Ask(question, jurisdiction, first, c.Cancellation) with { Snapshot = (model.Stamp, model.BuiltAt) };
    }

    /// <summary>The snapshot the answers of the field's jurisdiction (null: the whole store) and date (asOf, or today) are asked of.</summary>
    public static async Task<IAnalysisSnapshot> SnapshotAsync(ApiContext api, ResolveContext c, string? jurisdiction)
    {
        try
        {
            return await api.Models.SnapshotAsync(jurisdiction, api.DayOf(c, "asOf"), c.Cancellation);
        }
        catch (StoreException e) when (e.Code == StoreErrorCode.NotFound)
        {
            throw new FieldException($"No jurisdiction is named \"{jurisdiction}\".");
        }
    }

    /// <summary>The analysis model of the field's jurisdiction and date (asOf, or today).</summary>
    public static async Task<AnalysisModel> ModelAsync(ApiContext api, ResolveContext c, string? jurisdiction)
    {
        try
        {
            return await api.Models.GetAsync(jurisdiction, api.DayOf(c, "asOf"), c.Cancellation);
        }
        catch (StoreException e) when (e.Code == StoreErrorCode.NotFound)
        {
            throw new FieldException($"No jurisdiction is named \"{jurisdiction}\".");
        }
    }
}
