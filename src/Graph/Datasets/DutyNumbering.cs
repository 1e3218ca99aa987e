using DutyGraph.Graph.Common;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Datasets;

/// <summary>
/// Numbers the rows of duties.csv by duty: rows with the same jurisdiction and code (or title,
/// where there is no code) are one duty. The first row's duty fields count; a later row that
/// words them differently, or repeats a holder, gets a warning. Keeps only keys and hashes.
/// </summary>
internal sealed class DutyNumbering(List<Problem> problems)
{
    private readonly Dictionary<(string Jurisdiction, string Key), Seen> _duties = [];

    private sealed class Seen(int index, int line, int fieldsHash)
    {
        public int Index { get; } = index;
        public int Line { get; } = line;
        public int FieldsHash { get; } = fieldsHash;
        private (string, string, Role, DateOnly?)? _firstHolder;
        private HashSet<(string, string, Role, DateOnly?)>? _moreHolders;

        /// <summary>Records a holder; false when this duty already had it. Most duties have one holder, so no set is made for them.</summary>
        public bool AddHolder((string, string, Role, DateOnly?) holder)
        {
            if (_firstHolder is null)
            {
                _firstHolder = holder;
                return true;
            }
            if (_firstHolder.Value.Equals(holder))
            {
                return false;
            }
            _moreHolders ??= [];
            return _moreHolders.Add(holder);
        }
    }

    public IEnumerable<DutyRow> Number(IEnumerable<Row<(Duty Duty, Holding? Holding)>> rows)
    {
        foreach (var row in rows)
        {
            var (duty, holding) = row.Value;
            var hash = FieldsHash(duty);
            var first = !_duties.TryGetValue((duty.Jurisdiction, duty.ListKey), out var seen);
            if (first)
            {
                seen = new Seen(_duties.Count, row.Line, hash);
                _duties[(duty.Jurisdiction, duty.ListKey)] = seen;
            }
            else if (seen!.FieldsHash != hash)
            {
                problems.Add(Problem.Warning(DatasetFiles.Duties, row.Line, null,
                    $"this duty's {Fields} differ from line {seen.Line}, its first row; line {seen.Line}'s are kept"));
            }
            if (holding is not null && !seen!.AddHolder((NameKey.Of(holding.Unit), NameKey.Of(holding.Section ?? ""), holding.Role, holding.ValidFrom)))
            {
                problems.Add(Problem.Warning(DatasetFiles.Duties, row.Line, null,
                    "repeats an earlier row of this duty (same holder and role); the repeat is ignored"));
                continue;
            }
            yield return new DutyRow(duty, holding, row.Line, seen!.Index, first);
        }
    }

    /// <summary>The fields every row of a duty repeats, which must agree (the code is the key): its text fields but the code.</summary>
    private static readonly TextField<Duty>[] Compared = [.. Duty.TextFields.Where(f => f != Duty.CodeField)];

    /// <summary>事项名称, 事项类型, 职责内容 or 实施依据.</summary>
    private static readonly string Fields = string.Join(", ", ["事项名称", .. Compared[..^1].Select(f => f.Chinese)]) + " or " + Compared[^1].Chinese;

    private static int FieldsHash(Duty duty)
    {
        var hash = new HashCode();
        hash.Add(duty.Title);
        foreach (var field in Compared)
        {
            hash.Add(field.Get(duty));
        }
        return hash.ToHashCode();
    }
}
