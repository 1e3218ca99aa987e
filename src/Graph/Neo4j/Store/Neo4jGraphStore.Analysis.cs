using System.Globalization;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Store;
using M = System.Collections.Generic.IReadOnlyDictionary<string, object?>;

namespace DutyGraph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    public async Task<long> ChangeStampAsync(CancellationToken ct) =>
        (await ReadAsync(Cypher.ChangeStamp.With(), r => (long)r["stamp"]!, ct))[0];

    /// <summary>The graph keeps only the stamp, not what each write touched: any change may have touched anything.</summary>
    public async Task<StoreChanges> ChangesSinceAsync(long stamp, CancellationToken ct)
    {
        var now = await ChangeStampAsync(ct);
        return now == stamp ? StoreChanges.None(now) : StoreChanges.Anything(now);
    }

    public Task<IReadOnlyList<ThesaurusEntry>> ListThesaurusAsync(CancellationToken ct) =>
        ReadAsync(Cypher.ListThesaurus.With(), r => new ThesaurusEntry((string)r["everyday"]!, (string)r["listTerm"]!, r["note"] as string), ct);

    public Task<int> AddThesaurusAsync(IReadOnlyCollection<ThesaurusEntry> entries, CancellationToken ct)
    {
        foreach (var entry in entries)
        {
            Check.Required(entry.Everyday, "everyday");
            Check.Required(entry.ListTerm, "listTerm");
        }
        return WriteAsync(async w =>
        {
            if (entries.Count == 0)
            {
                return 0;
            }
            var first = await w.TakeIdsAsync("thesaurus", entries.Count);
            var rows = entries.Select((e, i) => Neo4jWriter.Row(("id", first + i), ("everyday", e.Everyday.Trim()), ("listTerm", e.ListTerm.Trim()),
                ("note", e.Note))).ToList();
            return (int)(await w.RunAsync(Cypher.AddThesaurus.With(("rows", rows)))).Counter("nodesCreated");
        }, ct);
    }

    public Task<StaffFeedback> AddFeedbackAsync(StaffFeedback feedback, CancellationToken ct)
    {
        Check.Required(feedback.Question, "question");
        return WriteAsync(async w =>
        {
            var id = await w.TakeIdsAsync("feedback", 1);
            var added = await w.ListAsync(Cypher.AddFeedback.With(("id", id), ("question", feedback.Question.Trim()),
                ("jurisdiction", feedback.Jurisdiction), ("unit", feedback.UnitId), ("at", feedback.At.ToString("O", CultureInfo.InvariantCulture))),
                FeedbackOf);
            return added.Count == 0 ? throw StoreException.NotFound("unit", feedback.UnitId) : added[0];
        }, ct);
    }

    public Task<IReadOnlyList<StaffFeedback>> ListFeedbackAsync(CancellationToken ct) =>
        RecordsAsync(Cypher.ListFeedback.With(), FeedbackOf, ct);

    private static StaffFeedback FeedbackOf(M m) => new(
        Neo4jRecords.Long(m, "id"), Neo4jRecords.Text(m, "question"), Neo4jRecords.Maybe(m, "jurisdiction"), Neo4jRecords.Long(m, "unitId"),
        Neo4jRecords.Text(m, "unitName"), DateTimeOffset.Parse(Neo4jRecords.Text(m, "at"), CultureInfo.InvariantCulture));

    public Task<ClusterMark> MarkClusterAsync(ClusterMark mark, CancellationToken ct)
    {
        Check.Required(mark.Key, "key");
        Check.Required(mark.Reason, "reason");
        return WriteAsync(async w =>
        {
            await w.RunAsync(Cypher.MarkCluster.With(("key", mark.Key), ("status", mark.Status.ToString()), ("reason", mark.Reason.Trim()),
                ("by", mark.By), ("at", mark.At.ToString("O", CultureInfo.InvariantCulture))));
            return mark with { Reason = mark.Reason.Trim() };
        }, ct);
    }

    public Task<bool> UnmarkClusterAsync(string key, CancellationToken ct)
    {
        Check.Required(key, "key");
        return WriteAsync(async w => (await w.ListAsync(Cypher.UnmarkCluster.With(("key", key)), m => Neo4jRecords.Long(m, "removed"))).Sum() > 0, ct);
    }

    public Task<DutyCorrection> CorrectDutyAsync(DutyCorrection correction, CancellationToken ct)
    {
        Check.Required(correction.Jurisdiction, "jurisdiction");
        Check.Required(correction.ListKey, "listKey");
        return WriteAsync(async w =>
        {
            await w.RunAsync(Cypher.CorrectDuty.With(("jurisdiction", correction.Jurisdiction), ("listKey", correction.ListKey),
                ("matter", correction.Matter), ("action", correction.Action?.ToString()), ("scope", correction.Scope?.ToString()),
                ("by", correction.By), ("at", correction.At.ToString("O", CultureInfo.InvariantCulture))));
            return correction;
        }, ct);
    }

    public Task<IReadOnlyList<DutyCorrection>> ListCorrectionsAsync(CancellationToken ct) =>
        ReadAsync(Cypher.ListCorrections.With(), r => new DutyCorrection((string)r["jurisdiction"]!, (string)r["listKey"]!, r["matter"] as string,
            r["action"] is string action ? Enum.Parse<DutyAction>(action) : null, r["scope"] is string scope ? Enum.Parse<DutyScope>(scope) : null,
            r["by"] as string, DateTimeOffset.Parse((string)r["at"]!, CultureInfo.InvariantCulture)), ct);

    public Task<IReadOnlyList<ClusterMark>> ListClusterMarksAsync(CancellationToken ct) =>
        ReadAsync(Cypher.ListClusterMarks.With(), r => new ClusterMark((string)r["key"]!, Enum.Parse<ClusterStatus>((string)r["status"]!),
            (string)r["reason"]!, r["by"] as string, DateTimeOffset.Parse((string)r["at"]!, CultureInfo.InvariantCulture)), ct);
}
