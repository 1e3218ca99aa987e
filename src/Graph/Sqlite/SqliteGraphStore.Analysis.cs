using System.Globalization;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string ChangesSql = "SELECT changes FROM store_state WHERE id = 1";

    public Task<long> ChangeStampAsync(CancellationToken ct) => ReadAsync(c => Sql.ScalarAsync(c, null, ChangesSql, ct), ct);

    /// <summary>How many change stamps the change log keeps: asked about an older stamp, the store says anything may have changed.</summary>
    internal const long LoggedChanges = 10_000;

    /// <summary>More changed rows than this are fetched again list by list.</summary>
    internal const int MostRowsFetched = 20_000;

    private const string ChangedScopesSql = "SELECT DISTINCT scope FROM change_log WHERE stamp > $since";
    private const string ChangedRowsSql = "SELECT DISTINCT kind, id FROM changed_rows WHERE stamp > $since LIMIT $limit";

    public Task<StoreChanges> ChangesSinceAsync(long stamp, CancellationToken ct) => ReadAsync(async c =>
    {
        await using var tx = c.BeginTransaction(deferred: true);
        var now = await Sql.ScalarAsync(c, tx, ChangesSql, ct);
        if (now == stamp)
        {
            return StoreChanges.None(now);
        }
        if (stamp < now - LoggedChanges || stamp > now)
        {
            return StoreChanges.Anything(now);
        }
        var scopes = await Sql.ListAsync(c, tx, ChangedScopesSql, r => r.String("scope"), ct, ("$since", stamp));
        if (scopes.Contains("*"))
        {
            return StoreChanges.Anything(now);
        }
        var rows = await Sql.ListAsync(c, tx, ChangedRowsSql, r => (Kind: r.String("kind"), Id: r.Long("id")), ct, ("$since", stamp), ("$limit", MostRowsFetched + 1));
        HashSet<long> Of(string kind) => [.. rows.Where(r => r.Kind == kind).Select(r => r.Id)];
        const string list = "list:";
        return new StoreChanges(now, scopes.Where(s => s.StartsWith(list, StringComparison.Ordinal)).Select(s => s[list.Length..]).ToHashSet(StringComparer.Ordinal),
            scopes.Contains("#knowledge"), scopes.Contains("#reviews"))
        {
            Rows = rows.Count > MostRowsFetched ? null
                : new ChangedRows(Of("unit"), Of("section"), Of("duty"), Of("holdings"), Of("correspondence"), rows.Any(r => r.Kind == "jurisdiction")),
        };
    }, ct);

    private const string ListThesaurusSql = "SELECT everyday, list_term, note FROM thesaurus ORDER BY id";
    private const string AddThesaurusSql = "INSERT INTO thesaurus (everyday, list_term, note) VALUES ($everyday, $term, $note) ON CONFLICT DO NOTHING";

    public Task<IReadOnlyList<ThesaurusEntry>> ListThesaurusAsync(CancellationToken ct) =>
        ReadAsync<IReadOnlyList<ThesaurusEntry>>(async c =>
            await Sql.ListAsync(c, null, ListThesaurusSql, r => new ThesaurusEntry(r.String("everyday"), r.String("list_term"), r.Text("note")), ct), ct);

    public Task<int> AddThesaurusAsync(IReadOnlyCollection<ThesaurusEntry> entries, CancellationToken ct)
    {
        foreach (var entry in entries)
        {
            Check.Required(entry.Everyday, "everyday");
            Check.Required(entry.ListTerm, "listTerm");
        }
        return InTransactionAsync(async w =>
        {
            var added = 0;
            foreach (var entry in entries)
            {
                added += await Sql.ExecuteAsync(w.Connection, w.Transaction, AddThesaurusSql, ct,
                    ("$everyday", entry.Everyday.Trim()), ("$term", entry.ListTerm.Trim()), ("$note", entry.Note));
            }
            return added;
        }, ct);
    }

    private const string AddFeedbackSql = """
        INSERT INTO feedback (question, jurisdiction, unit_id, unit_jurisdiction, unit_name, unit_key, at)
        SELECT $question, $jurisdiction, u.id, j.name, u.name, u.name_key, $at
        FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id WHERE u.id = $unit
        RETURNING id
        """;
    private const string SelectFeedback = "SELECT id, question, jurisdiction, unit_id, unit_name, at FROM feedback";
    private const string ListFeedbackSql = SelectFeedback + " WHERE unit_id IS NOT NULL ORDER BY id";

    /// <summary>
    /// After a load (a replace gives units new ids), feedback finds its unit again by
    /// jurisdiction and name; feedback whose unit is gone is kept, unlinked, and not used.
    /// </summary>
    internal const string RelinkFeedbackSql = """
        UPDATE feedback SET unit_id = (SELECT u.id FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id
                                       WHERE j.name = feedback.unit_jurisdiction AND u.name_key = feedback.unit_key)
        """;
    private const string GetFeedbackSql = SelectFeedback + " WHERE id = $id";

    public Task<StaffFeedback> AddFeedbackAsync(StaffFeedback feedback, CancellationToken ct)
    {
        Check.Required(feedback.Question, "question");
        return InTransactionAsync(async w =>
        {
            var id = await Sql.ScalarAsync(w.Connection, w.Transaction, AddFeedbackSql, ct,
                ("$question", feedback.Question.Trim()), ("$jurisdiction", feedback.Jurisdiction), ("$unit", feedback.UnitId),
                ("$at", feedback.At.ToString("O", CultureInfo.InvariantCulture)));
            return id == 0
                ? throw StoreException.NotFound("unit", feedback.UnitId)
                : (await Sql.ListAsync(w.Connection, w.Transaction, GetFeedbackSql, ReadFeedback, ct, ("$id", id)))[0];
        }, ct);
    }

    public Task<IReadOnlyList<StaffFeedback>> ListFeedbackAsync(CancellationToken ct) =>
        ReadAsync<IReadOnlyList<StaffFeedback>>(async c => await Sql.ListAsync(c, null, ListFeedbackSql, ReadFeedback, ct), ct);

    private static StaffFeedback ReadFeedback(SqlRow r) =>
        new(r.Long("id"), r.String("question"), r.Text("jurisdiction"), r.Long("unit_id"), r.String("unit_name"), DateTimeOffset.Parse(r.String("at"), CultureInfo.InvariantCulture));

    private const string MarkClusterSql = """
        INSERT INTO cluster_marks (key, status, reason, by, at) VALUES ($key, $status, $reason, $by, $at)
        ON CONFLICT (key) DO UPDATE SET status = excluded.status, reason = excluded.reason, by = excluded.by, at = excluded.at
        """;
    private const string ListClusterMarksSql = "SELECT key, status, reason, by, at FROM cluster_marks ORDER BY key";

    public Task<ClusterMark> MarkClusterAsync(ClusterMark mark, CancellationToken ct)
    {
        Check.Required(mark.Key, "key");
        Check.Required(mark.Reason, "reason");
        return InTransactionAsync(async w =>
        {
            await Sql.ExecuteAsync(w.Connection, w.Transaction, MarkClusterSql, ct, ("$key", mark.Key), ("$status", mark.Status.ToString()),
                ("$reason", mark.Reason.Trim()), ("$by", mark.By), ("$at", mark.At.ToString("O", CultureInfo.InvariantCulture)));
            return mark with { Reason = mark.Reason.Trim() };
        }, ct);
    }

    private const string UnmarkClusterSql = "DELETE FROM cluster_marks WHERE key = $key";

    public Task<bool> UnmarkClusterAsync(string key, CancellationToken ct)
    {
        Check.Required(key, "key");
        return InTransactionAsync(async w => await Sql.ExecuteAsync(w.Connection, w.Transaction, UnmarkClusterSql, ct, ("$key", key)) > 0, ct);
    }

    private const string CorrectDutySql = """
        INSERT INTO duty_corrections (jurisdiction, list_key, matter, action, scope, by, at) VALUES ($j, $key, $matter, $action, $scope, $by, $at)
        ON CONFLICT (jurisdiction, list_key) DO UPDATE SET matter = excluded.matter, action = excluded.action, scope = excluded.scope,
            by = excluded.by, at = excluded.at
        """;
    private const string ListCorrectionsSql = "SELECT jurisdiction, list_key, matter, action, scope, by, at FROM duty_corrections ORDER BY jurisdiction, list_key";

    public Task<DutyCorrection> CorrectDutyAsync(DutyCorrection correction, CancellationToken ct)
    {
        Check.Required(correction.Jurisdiction, "jurisdiction");
        Check.Required(correction.ListKey, "listKey");
        return InTransactionAsync(async w =>
        {
            await Sql.ExecuteAsync(w.Connection, w.Transaction, CorrectDutySql, ct, ("$j", correction.Jurisdiction), ("$key", correction.ListKey),
                ("$matter", correction.Matter), ("$action", correction.Action?.ToString()), ("$scope", correction.Scope?.ToString()),
                ("$by", correction.By), ("$at", correction.At.ToString("O", CultureInfo.InvariantCulture)));
            return correction;
        }, ct);
    }

    public Task<IReadOnlyList<DutyCorrection>> ListCorrectionsAsync(CancellationToken ct) =>
        ReadAsync<IReadOnlyList<DutyCorrection>>(async c => await Sql.ListAsync(c, null, ListCorrectionsSql, r => new DutyCorrection(
            r.String("jurisdiction"), r.String("list_key"), r.Text("matter"), r.Text("action") is { } action ? Enum.Parse<DutyAction>(action) : null,
            r.Text("scope") is { } scope ? Enum.Parse<DutyScope>(scope) : null, r.Text("by"), DateTimeOffset.Parse(r.String("at"), CultureInfo.InvariantCulture)), ct), ct);

    public Task<IReadOnlyList<ClusterMark>> ListClusterMarksAsync(CancellationToken ct) =>
        ReadAsync<IReadOnlyList<ClusterMark>>(async c => await Sql.ListAsync(c, null, ListClusterMarksSql, r => new ClusterMark(
            r.String("key"), Enum.Parse<ClusterStatus>(r.String("status")), r.String("reason"), r.Text("by"),
            DateTimeOffset.Parse(r.String("at"), CultureInfo.InvariantCulture)), ct), ct);
}
