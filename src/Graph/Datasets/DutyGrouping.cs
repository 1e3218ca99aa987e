using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Datasets;

/// <summary>
/// Gathers the rows of duties.csv into duties: rows with the same jurisdiction and code (or
/// title, where there is no code) are one duty with several holders.
/// </summary>
internal static class DutyGrouping
{
    public static List<DutyEntry> Group(List<Row<(Duty Duty, Holding? Holding)>> rows, List<Problem> problems)
    {
        var byKey = new Dictionary<(string, string), Builder>();
        var ordered = new List<Builder>();
        foreach (var row in rows)
        {
            var (duty, holding) = row.Value;
            var key = (duty.Jurisdiction, duty.ListKey);
            if (!byKey.TryGetValue(key, out var builder))
            {
                builder = new Builder(new Row<Duty>(duty, row.Line));
                byKey[key] = builder;
                ordered.Add(builder);
            }
            else
            {
                builder.Merge(duty, row.Line, problems);
            }
            if (holding is not null)
            {
                builder.Add(new Row<Holding>(holding, row.Line), problems);
            }
        }
        return ordered.ConvertAll(b => b.Build());
    }

    private sealed class Builder(Row<Duty> first)
    {
        private Row<Duty> _duty = first;
        private readonly List<Row<Holding>> _holdings = [];
        private readonly Dictionary<(string, string, Role, DateOnly?), int> _seen = [];

        public void Merge(Duty other, int line, List<Problem> problems)
        {
            var d = _duty.Value;
            _duty = _duty with
            {
                Value = d with
                {
                    Title = Pick(d.Title, other.Title, "事项名称 (title)", line, problems)!,
                    Category = Pick(d.Category, other.Category, "事项类型 (category)", line, problems),
                    Description = Pick(d.Description, other.Description, "职责内容 (description)", line, problems),
                    Basis = Pick(d.Basis, other.Basis, "实施依据 (basis)", line, problems),
                    Extra = d.Extra.IsEmpty ? other.Extra : d.Extra,
                },
            };
        }

        public void Add(Row<Holding> row, List<Problem> problems)
        {
            var h = row.Value;
            var key = (NameKey.Of(h.Unit), NameKey.Of(h.Section ?? ""), h.Role, h.ValidFrom);
            if (_seen.TryAdd(key, row.Line))
            {
                _holdings.Add(row);
                return;
            }
            problems.Add(Problem.Warning(DatasetFiles.Duties, row.Line, null,
                $"repeats line {_seen[key]} (same duty, holder and role); the repeat is ignored"));
        }

        public DutyEntry Build() => new(_duty, _holdings);

        private string? Pick(string? kept, string? other, string field, int line, List<Problem> problems)
        {
            if (kept is null)
            {
                return other;
            }
            if (other is not null && other != kept)
            {
                problems.Add(Problem.Warning(DatasetFiles.Duties, line, null,
                    $"{field} differs from line {_duty.Line} for the same duty; line {_duty.Line}'s value is kept"));
            }
            return kept;
        }
    }
}
