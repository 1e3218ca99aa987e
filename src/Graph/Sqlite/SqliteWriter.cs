using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Units;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using D = DutyGraph.Graph.Datasets.DateText;

namespace DutyGraph.Graph.Sqlite;

/// <summary>
/// The writes of one transaction, with prepared statements reused row after row. Both the
/// single-record operations and the bulk load write through it, so a record is written one way.
/// </summary>
internal sealed class SqliteWriter(SqliteConnection connection, SqliteTransaction tx) : IAsyncDisposable
{
    private readonly Dictionary<string, long> _jurisdictions = [];
    private readonly Dictionary<string, long> _sources = [];
    private readonly Dictionary<string, (sqlite3_stmt Handle, bool Inserts, int Parameters)> _statements = new(ReferenceEqualityComparer.Instance);

    public SqliteConnection Connection => connection;
    public SqliteTransaction Transaction => tx;

    private const string EnsureJurisdictionSql = """
        INSERT INTO jurisdictions (name, level, parent_id) VALUES ($name, $level, $parent)
        ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id
        """;

    private readonly Dictionary<string, object> _boxedJurisdictions = [];
    private readonly Dictionary<string, object> _boxedSources = [];

    /// <summary>The id as the object bound to a statement, made once per name rather than boxed per row.</summary>
    private object JurisdictionBoxed(string name)
    {
        if (!_boxedJurisdictions.TryGetValue(name, out var boxed))
        {
            _boxedJurisdictions[name] = boxed = Jurisdiction(name);
        }
        return boxed;
    }

    private object SourceBoxed(string text)
    {
        if (!_boxedSources.TryGetValue(text, out var boxed))
        {
            _boxedSources[text] = boxed = Source(text);
        }
        return boxed;
    }

    public long Jurisdiction(string name)
    {
        if (_jurisdictions.TryGetValue(name, out var id))
        {
            return id;
        }
        var j = Jurisdictions.Jurisdiction.FromName(name);
        long? parent = j.Parent is null ? null : Jurisdiction(j.Parent);
        id = Run(EnsureJurisdictionSql, j.Name, j.Level.ToString(), parent);
        _jurisdictions[name] = id;
        return id;
    }

    private const string EnsureSourceSql = """
        INSERT INTO sources (text) VALUES ($text) ON CONFLICT (text) DO UPDATE SET text = excluded.text RETURNING id
        """;

    public long Source(string text)
    {
        if (!_sources.TryGetValue(text, out var id))
        {
            id = Run(EnsureSourceSql, text);
            _sources[text] = id;
        }
        return id;
    }

    private const string InsertUnitSql = """
        INSERT INTO units (jurisdiction_id, name, name_key, kind, parent, aliases, colocated_with, staff_quota, valid_from, valid_to, source_id, extra)
        VALUES ($j, $name, $key, $kind, $parent, $aliases, $colocated, $quota, $from, $to, $source, $extra)
        """;
    private const string UpsertUnitSql = InsertUnitSql + """
         ON CONFLICT (jurisdiction_id, name_key) DO UPDATE SET name = excluded.name, kind = excluded.kind,
            parent = excluded.parent, aliases = excluded.aliases, colocated_with = excluded.colocated_with,
            staff_quota = excluded.staff_quota, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
            source_id = excluded.source_id, extra = excluded.extra, parent_unit_id = NULL, colocated_unit_id = NULL
         RETURNING id
        """;

    /// <summary>Inserts a unit (or, with <paramref name="upsert"/>, updates the one with its key) and returns its id.</summary>
    public long Unit(Unit u, bool upsert) =>
        Run(upsert ? UpsertUnitSql : InsertUnitSql,
            Jurisdiction(u.Jurisdiction), u.Name, NameKey.Of(u.Name), u.Kind, u.Parent, RecordReaders.AliasesText(u),
            u.ColocatedWith, u.StaffQuota, D.Format(u.ValidFrom), D.Format(u.ValidTo), Source(u.Source), ExtrasJson.Serialize(u.Extra));

    private const string InsertSectionSql = """
        INSERT INTO sections (unit_id, name, name_key, kind, staff_quota, staff_actual, valid_from, valid_to, source_id, extra)
        VALUES ($unit, $name, $key, $kind, $quota, $actual, $from, $to, $source, $extra)
        """;
    private const string UpsertSectionSql = InsertSectionSql + """
         ON CONFLICT (unit_id, name_key) DO UPDATE SET name = excluded.name, kind = excluded.kind,
            staff_quota = excluded.staff_quota, staff_actual = excluded.staff_actual, valid_from = excluded.valid_from,
            valid_to = excluded.valid_to, source_id = excluded.source_id, extra = excluded.extra
         RETURNING id
        """;

    public long Section(Section s, long unitId, bool upsert) =>
        Run(upsert ? UpsertSectionSql : InsertSectionSql,
            unitId, s.Name, NameKey.Of(s.Name), s.Kind, s.StaffQuota, s.StaffActual, D.Format(s.ValidFrom), D.Format(s.ValidTo),
            Source(s.Source), ExtrasJson.Serialize(s.Extra));

    private const string InsertDutySql = """
        INSERT INTO duties (jurisdiction_id, list_key, code, title, category, description, basis, source_id, extra, cancelled_on)
        VALUES ($j, $key, $code, $title, $category, $description, $basis, $source, $extra, $cancelled)
        """;
    private const string UpsertDutySql = InsertDutySql + """
         ON CONFLICT (jurisdiction_id, list_key) DO UPDATE SET code = excluded.code, title = excluded.title,
            category = excluded.category, description = excluded.description, basis = excluded.basis,
            source_id = excluded.source_id, extra = excluded.extra, cancelled_on = excluded.cancelled_on
         RETURNING id
        """;

    public long Duty(Duty d, bool upsert) => Run(upsert ? UpsertDutySql : InsertDutySql, DutyValues(d, null));

    private object?[] DutyValues(Duty d, long? id)
    {
        var values = new object?[id is null ? 10 : 11];
        FillDuty(values, d, id);
        return values;
    }

    private void FillDuty(Span<object?> v, Duty d, long? id)
    {
        var i = 0;
        if (id is not null)
        {
            v[i++] = id;
        }
        v[i++] = JurisdictionBoxed(d.Jurisdiction);
        v[i++] = d.ListKey;
        v[i++] = d.Code;
        v[i++] = d.Title;
        v[i++] = d.Category;
        v[i++] = d.Description;
        v[i++] = d.Basis;
        v[i++] = SourceBoxed(d.Source);
        v[i++] = ExtrasJson.Serialize(d.Extra);
        v[i] = D.Format(d.CancelledOn);
    }

    private const string CancelDutySql = "UPDATE duties SET cancelled_on = $on WHERE id = $id";

    /// <summary>Records that a duty was cancelled on a day (a later row of it said 取消).</summary>
    public void CancelDuty(long id, DateOnly on) => Run(CancelDutySql, D.Format(on), id);

    private const string InsertDutyRowsSql =
        "INSERT INTO duties (id, jurisdiction_id, list_key, code, title, category, description, basis, source_id, extra, cancelled_on) VALUES ";
    private static readonly BatchedInsert DutyRows = new(InsertDutyRowsSql, columns: 11);

    /// <summary>Queues a duty with the id the caller gives it, for a store known to have none; <see cref="FlushBatches"/> writes the rest.</summary>
    public void QueueDuty(Duty d, long id)
    {
        FillDuty(Slot(DutyRows), d, id);
        Queued(DutyRows);
    }

    private const string InsertHoldingSql = """
        INSERT INTO holdings (duty_id, unit_name, section_name, role, valid_from, valid_to, source_id, extra, unit_id, section_id)
        VALUES ($duty, $unit, $section, $role, $from, $to, $source, $extra, $unitId, $sectionId)
        """;

    public long Holding(Holding h, long dutyId, long? unitId, long? sectionId) =>
        Run(InsertHoldingSql, HoldingValues(h, dutyId, unitId, sectionId));

    private object?[] HoldingValues(Holding h, long dutyId, long? unitId, long? sectionId)
    {
        var values = new object?[10];
        FillHolding(values, h, dutyId, unitId, sectionId);
        return values;
    }

    private void FillHolding(Span<object?> v, Holding h, long dutyId, long? unitId, long? sectionId)
    {
        v[0] = dutyId;
        v[1] = h.Unit;
        v[2] = h.Section;
        v[3] = RecordReaders.RoleText(h.Role);
        v[4] = D.Format(h.ValidFrom);
        v[5] = D.Format(h.ValidTo);
        v[6] = SourceBoxed(h.Source);
        v[7] = ExtrasJson.Serialize(h.Extra);
        v[8] = unitId;
        v[9] = sectionId;
    }

    private const string InsertHoldingRowsSql =
        "INSERT INTO holdings (duty_id, unit_name, section_name, role, valid_from, valid_to, source_id, extra, unit_id, section_id) VALUES ";
    private static readonly BatchedInsert HoldingRows = new(InsertHoldingRowsSql, columns: 10);

    /// <summary>Queues a holding; it is written with others in one multi-row INSERT.</summary>
    public void QueueHolding(Holding h, long dutyId, long? unitId, long? sectionId)
    {
        FillHolding(Slot(HoldingRows), h, dutyId, unitId, sectionId);
        Queued(HoldingRows);
    }

    private readonly Dictionary<BatchedInsert, (object?[] Values, int Rows)> _queues = [];

    /// <summary>The place of the next queued row's values.</summary>
    private Span<object?> Slot(BatchedInsert insert)
    {
        if (!_queues.TryGetValue(insert, out var queue))
        {
            _queues[insert] = queue = (new object?[insert.Columns * BatchedInsert.Rows], 0);
        }
        return queue.Values.AsSpan(queue.Rows * insert.Columns, insert.Columns);
    }

    /// <summary>Counts the row just filled in; a full batch is written at once.</summary>
    private void Queued(BatchedInsert insert)
    {
        var (values, rows) = _queues[insert];
        if (++rows == BatchedInsert.Rows)
        {
            Run(insert.FullSql, values);
            rows = 0;
        }
        _queues[insert] = (values, rows);
    }

    /// <summary>Writes what is still queued, a row at a time.</summary>
    public void FlushBatches()
    {
        foreach (var (insert, (values, rows)) in _queues)
        {
            for (var r = 0; r < rows; r++)
            {
                Run(insert.OneRowSql, values[(r * insert.Columns)..((r + 1) * insert.Columns)]);
            }
            _queues[insert] = (values, 0);
        }
    }

    private const string DeleteHoldingsOfDutySql = "DELETE FROM holdings WHERE duty_id = $duty";

    public void DeleteHoldingsOf(long dutyId) => Run(DeleteHoldingsOfDutySql, dutyId);

    private const string UpsertCorrespondenceSql = """
        INSERT INTO correspondences (township_id, office_name, office_key, county_unit_name, county_unit_key, note, source_id, extra,
            office_unit_id, office_section_id, county_unit_id)
        VALUES ($township, $office, $okey, $county, $ckey, $note, $source, $extra, $officeUnit, $officeSection, $countyUnit)
        ON CONFLICT (township_id, office_key, county_unit_key) DO UPDATE SET office_name = excluded.office_name,
            county_unit_name = excluded.county_unit_name, note = excluded.note, source_id = excluded.source_id,
            extra = excluded.extra, office_unit_id = excluded.office_unit_id, office_section_id = excluded.office_section_id,
            county_unit_id = excluded.county_unit_id
        RETURNING id
        """;

    public long Correspondence(Correspondence c, NameIndex names)
    {
        var (officeUnit, officeSection) = names.ResolveOffice(c.Township, c.TownshipOffice);
        return Run(UpsertCorrespondenceSql,
            Jurisdiction(c.Township), c.TownshipOffice, NameKey.Of(c.TownshipOffice), c.CountyUnit, NameKey.Of(c.CountyUnit), c.Note,
            Source(c.Source), ExtrasJson.Serialize(c.Extra), officeUnit, officeSection, names.ResolveCountyUnit(c.Township, c.CountyUnit));
    }

    /// <summary>
    /// Runs a single statement, prepared once per transaction (statements are the constants
    /// beside the methods, so they are looked up by reference, not by hashing their text), with positional values; returns
    /// its first column (for RETURNING), the new row's id (for a plain INSERT) or the rows it changed. Goes straight to SQLite's C API:
    /// the bulk load runs it a million times, and ADO.NET's per-call cost would dominate.
    /// </summary>
    public long Run(string sql, params object?[] values)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out var stmt));
            statement = (stmt, sql.TrimStart().StartsWith("INSERT", StringComparison.Ordinal), raw.sqlite3_bind_parameter_count(stmt));
            _statements[sql] = statement;
        }
        var (handle, inserts, count) = statement;
        if (values.Length != count)
        {
            throw new ArgumentException($"the statement takes {count} values, not {values.Length}", nameof(values));
        }
        var pointer = handle.DangerousGetHandle();
        for (var i = 0; i < values.Length; i++)
        {
            Check(values[i] switch
            {
                null => NativeBind.Null(pointer, i + 1),
                string text => NativeBind.Text(pointer, i + 1, text, ref _utf8),
                long number => NativeBind.Int64(pointer, i + 1, number),
                int number => NativeBind.Int64(pointer, i + 1, number),
                var other => throw new ArgumentException($"cannot bind a {other.GetType().Name}", nameof(values)),
            });
        }
        try
        {
            var rc = raw.sqlite3_step(handle);
            if (rc == raw.SQLITE_ROW)
            {
                var id = raw.sqlite3_column_int64(handle, 0);
                while (rc == raw.SQLITE_ROW)
                {
                    rc = raw.sqlite3_step(handle);
                }
                Check(rc);
                return id;
            }
            Check(rc);
            return inserts ? raw.sqlite3_last_insert_rowid(connection.Handle) : raw.sqlite3_changes(connection.Handle);
        }
        finally
        {
            raw.sqlite3_reset(handle);
        }
    }

    private byte[] _utf8 = new byte[1024];

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc,
                raw.sqlite3_extended_errcode(connection.Handle));
        }
    }

    public ValueTask DisposeAsync()
    {
        foreach (var (handle, _, _) in _statements.Values)
        {
            handle.Dispose();
        }
        _statements.Clear();
        return ValueTask.CompletedTask;
    }
}
