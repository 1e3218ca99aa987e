using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Units;
using D = DutyGraph.Graph.Datasets.DateText;

namespace DutyGraph.Graph.Sqlite;

/// <summary>How each record is written: its table's columns, each named beside the value it takes (<see cref="TableWrite{T}"/>).</summary>
internal sealed partial class SqliteWriter
{
    private static readonly TableWrite<Unit> UnitTable = new("units", ["jurisdiction_id"], ["name_key"],
        alsoOnChange: "parent_unit_id = NULL, colocated_unit_id = NULL",
        ("jurisdiction_id", (w, u) => w.JurisdictionBoxed(u.Jurisdiction)), ("name", (_, u) => u.Name), ("name_key", (_, u) => NameKey.Of(u.Name)),
        ("kind", (_, u) => u.Kind), ("parent", (_, u) => u.Parent), ("aliases", (_, u) => RecordReaders.AliasesText(u)),
        ("colocated_with", (_, u) => u.ColocatedWith), ("staff_quota", (_, u) => u.StaffQuota), ("valid_from", (_, u) => D.Format(u.ValidFrom)),
        ("valid_to", (_, u) => D.Format(u.ValidTo)), ("source_id", (w, u) => w.SourceBoxed(u.Source)), ("extra", (_, u) => ExtrasJson.Serialize(u.Extra)));

    /// <summary>Inserts a unit (or, with <paramref name="upsert"/>, updates the one with its key) and returns its id.</summary>
    public long Unit(Unit u, bool upsert) => Run(upsert ? UnitTable.UpsertSql : UnitTable.InsertSql, UnitTable.Values(this, u));

    /// <summary>Writes a unit over the row with its id; its links to parent and colocated units are made again.</summary>
    public void UpdateUnit(Unit u) => Run(UnitTable.UpdateSql, UnitTable.UpdateValues(this, u, u.Id));

    private static readonly TableWrite<(Section Section, long UnitId)> SectionTable = new("sections", ["unit_id"], ["name_key"], alsoOnChange: null,
        ("unit_id", (_, s) => s.UnitId), ("name", (_, s) => s.Section.Name), ("name_key", (_, s) => NameKey.Of(s.Section.Name)),
        ("kind", (_, s) => s.Section.Kind), ("staff_quota", (_, s) => s.Section.StaffQuota), ("staff_actual", (_, s) => s.Section.StaffActual),
        ("valid_from", (_, s) => D.Format(s.Section.ValidFrom)), ("valid_to", (_, s) => D.Format(s.Section.ValidTo)),
        ("source_id", (w, s) => w.SourceBoxed(s.Section.Source)), ("extra", (_, s) => ExtrasJson.Serialize(s.Section.Extra)));

    public long Section(Section s, long unitId, bool upsert) => Run(upsert ? SectionTable.UpsertSql : SectionTable.InsertSql, SectionTable.Values(this, (s, unitId)));

    /// <summary>Writes a section over the row with its id (it stays in its unit).</summary>
    public void UpdateSection(Section s) => Run(SectionTable.UpdateSql, SectionTable.UpdateValues(this, (s, s.UnitId), s.Id));

    private static readonly TableWrite<Duty> DutyTable = new("duties", ["jurisdiction_id"], ["list_key"], alsoOnChange: null,
    [
        ("jurisdiction_id", (w, d) => w.JurisdictionBoxed(d.Jurisdiction)), ("list_key", (_, d) => d.ListKey), ("title", (_, d) => d.Title),
        .. Duties.Duty.TextFields.Select(f => (f.Column, (Func<SqliteWriter, Duty, object?>)((_, d) => f.Get(d)))),
        ("source_id", (w, d) => w.SourceBoxed(d.Source)), ("extra", (_, d) => ExtrasJson.Serialize(d.Extra)),
        ("cancelled_on", (_, d) => D.Format(d.CancelledOn)),
    ]);

    public long Duty(Duty d, bool upsert) => Run(upsert ? DutyTable.UpsertSql : DutyTable.InsertSql, DutyTable.Values(this, d));

    /// <summary>Writes a duty over the row with its id (it stays in its jurisdiction's list).</summary>
    public void UpdateDuty(Duty d) => Run(DutyTable.UpdateSql, DutyTable.UpdateValues(this, d, d.Id));

    private const string CancelDutySql = "UPDATE duties SET cancelled_on = $on WHERE id = $id";

    /// <summary>Records that a duty was cancelled on a day (a later row of it said 取消).</summary>
    public void CancelDuty(long id, DateOnly on) => Run(CancelDutySql, ("$on", D.Format(on)), ("$id", id));

    /// <summary>Queues a duty with the id the caller gives it, for a store known to have none; <see cref="FlushBatches"/> writes the rest.</summary>
    public void QueueDuty(Duty d, long id) => _dutyBatch.Queue(this, d, id);

    private static readonly TableWrite<(Holding Holding, long DutyId, long? UnitId, long? SectionId)> HoldingTable = new(
        "holdings", ["duty_id"], [], alsoOnChange: null,
        ("duty_id", (_, h) => h.DutyId), ("unit_name", (_, h) => h.Holding.Unit), ("section_name", (_, h) => h.Holding.Section),
        ("role", (_, h) => RecordReaders.RoleText(h.Holding.Role)), ("valid_from", (_, h) => D.Format(h.Holding.ValidFrom)),
        ("valid_to", (_, h) => D.Format(h.Holding.ValidTo)), ("source_id", (w, h) => w.SourceBoxed(h.Holding.Source)),
        ("extra", (_, h) => ExtrasJson.Serialize(h.Holding.Extra)), ("unit_id", (_, h) => h.UnitId), ("section_id", (_, h) => h.SectionId));

    public long Holding(Holding h, long dutyId, long? unitId, long? sectionId) =>
        Run(HoldingTable.InsertSql, HoldingTable.Values(this, (h, dutyId, unitId, sectionId)));

    /// <summary>Queues a holding (SQLite gives it its id); it is written with others in one multi-row INSERT.</summary>
    public void QueueHolding(Holding h, long dutyId, long? unitId, long? sectionId) => _holdingBatch.Queue(this, (h, dutyId, unitId, sectionId), null);

    private readonly Batch<Duty> _dutyBatch = new(DutyTable);
    private readonly Batch<(Holding, long, long?, long?)> _holdingBatch = new(HoldingTable);

    /// <summary>Writes what is still queued, a row at a time.</summary>
    public void FlushBatches()
    {
        _dutyBatch.Flush(this);
        _holdingBatch.Flush(this);
    }

    /// <summary>Rows queued for one multi-row INSERT of a table, written when <see cref="TableWrite{T}.BatchRows"/> are in.</summary>
    private sealed class Batch<T>(TableWrite<T> table)
    {
        private readonly (string Name, object? Value)[] _values = new (string, object?)[table.BatchWidth * TableWrite<T>.BatchRows];
        private int _rows;

        public void Queue(SqliteWriter w, T record, long? id)
        {
            table.FillBatchRow(_values.AsSpan(_rows * table.BatchWidth, table.BatchWidth), _rows, w, record, id);
            if (++_rows == TableWrite<T>.BatchRows)
            {
                w.Run(table.BatchSql, _values);
                _rows = 0;
            }
        }

        public void Flush(SqliteWriter w)
        {
            var names = table.RowZeroNames;
            for (var r = 0; r < _rows; r++)
            {
                var row = _values.AsSpan(r * table.BatchWidth, table.BatchWidth).ToArray();
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = (names[i], row[i].Value);
                }
                w.Run(table.BatchRowSql, row);
            }
            _rows = 0;
        }
    }

    private const string DeleteHoldingsOfDutySql = "DELETE FROM holdings WHERE duty_id = $duty";

    public void DeleteHoldingsOf(long dutyId) => Run(DeleteHoldingsOfDutySql, ("$duty", dutyId));

    private static readonly TableWrite<(Correspondence Correspondence, long? OfficeUnit, long? OfficeSection, long? CountyUnit)> CorrespondenceTable = new(
        "correspondences", ["township_id"], ["office_key", "county_unit_key"], alsoOnChange: null,
        ("township_id", (w, k) => w.JurisdictionBoxed(k.Correspondence.Township)), ("office_name", (_, k) => k.Correspondence.TownshipOffice),
        ("office_key", (_, k) => NameKey.Of(k.Correspondence.TownshipOffice)), ("county_unit_name", (_, k) => k.Correspondence.CountyUnit),
        ("county_unit_key", (_, k) => NameKey.Of(k.Correspondence.CountyUnit)), ("note", (_, k) => k.Correspondence.Note),
        ("source_id", (w, k) => w.SourceBoxed(k.Correspondence.Source)), ("extra", (_, k) => ExtrasJson.Serialize(k.Correspondence.Extra)),
        ("office_unit_id", (_, k) => k.OfficeUnit), ("office_section_id", (_, k) => k.OfficeSection), ("county_unit_id", (_, k) => k.CountyUnit));

    /// <summary>Inserts a correspondence, or updates the one of that office and county unit, linked to the parties the names find.</summary>
    public long Correspondence(Correspondence c, NameIndex names)
    {
        var (officeUnit, officeSection) = names.ResolveOffice(c.Township, c.TownshipOffice);
        return Run(CorrespondenceTable.UpsertSql, CorrespondenceTable.Values(this, (c, officeUnit, officeSection, names.ResolveCountyUnit(c.Township, c.CountyUnit))));
    }
}
