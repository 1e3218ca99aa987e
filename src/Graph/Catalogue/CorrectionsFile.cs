using System.Globalization;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;
using DutyGraph.Graph.Duties;

namespace DutyGraph.Graph.Catalogue;

/// <summary>
/// A dataset folder's <c>corrections.csv</c>: staff corrections of how duties are read — 行政区划,
/// 事项编码 and 事项名称 (the duty, by the keys of duties.csv), 事项对象 (a matter of the catalogue),
/// 行为 (PERMIT … or 许可 …), 范围 (EXTERNAL, INTERNAL, GUIDANCE or 对外, 内部事务, 指导下级), 记录人, 时间.
/// An export writes it and an import reads it back.
/// </summary>
public static class CorrectionsFile
{
    public const string Name = "corrections.csv";

    private static readonly string[] Header = ["行政区划", "事项编码", "事项名称", "事项对象", "行为", "范围", "记录人", "时间"];

    /// <summary>The corrections of a file; any error (a matter the catalogue does not have among them) refuses the whole file, each naming its line and column.</summary>
    public static IReadOnlyList<DutyCorrection> Read(string path, MatterCatalogue catalogue)
    {
        var problems = new List<Problem>();
        var rows = CsvTable.Read(path, ["行政区划", "事项名称"], problems);
        var corrections = new List<DutyCorrection>();
        foreach (var row in rows)
        {
            var action = Parse<DutyAction>(row, "行为", 5, DutyActions.ChineseName, problems);
            var scope = Parse<DutyScope>(row, "范围", 6, DutyActions.ChineseName, problems);
            var at = DateTimeOffset.UnixEpoch;
            if (row.Optional("时间") is { } time && !DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at))
            {
                problems.Add(Problem.Error(row.File, row.Line, 8, $"'{time}' is not a time such as 2025-06-30T08:00:00Z"));
            }
            var matter = row.Optional("事项对象");
            if (matter is not null && catalogue.Find(matter) is null)
            {
                problems.Add(Problem.Error(row.File, row.Line, 4, $"事项对象 '{matter}' is not a matter of the catalogue (the catalogue search of the API or the command line finds the names it has)"));
            }
            if (row.Optional("行政区划") is { } jurisdiction && row.Optional("事项名称") is { } title)
            {
                corrections.Add(new DutyCorrection(Jurisdictions.Jurisdiction.Canonical(jurisdiction), DutyKey.Of(row.Optional("事项编码"), title),
                    matter is null ? null : catalogue.Find(matter)?.Name ?? matter, action, scope, row.Optional("记录人"), at));
            }
            else
            {
                problems.Add(Problem.Error(row.File, row.Line, row.Optional("行政区划") is null ? 1 : 3, "a correction names the duty by 行政区划 and 事项名称"));
            }
        }
        return problems.Count > 0 ? throw new DatasetRejectedException(problems) : corrections;
    }

    private static T? Parse<T>(CsvTableRow row, string column, int number, Func<T, string> chinese, List<Problem> problems) where T : struct, Enum
    {
        if (row.Optional(column) is not { } text)
        {
            return null;
        }
        var value = Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => chinese(v!.Value) == text
            || string.Equals(v.Value.ToString(), text.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        if (value is null)
        {
            problems.Add(Problem.Error(row.File, row.Line, number, $"'{text}' is not one of {string.Join(", ", Enum.GetValues<T>().Select(v => chinese(v)))}"));
        }
        return value;
    }

    /// <summary>The rows an export writes, header first: each correction with its duty's code and title (from the duty where it still exists).</summary>
    public static IEnumerable<string?[]> Rows(IEnumerable<DutyCorrection> corrections, IReadOnlyDictionary<(string Jurisdiction, string Key), Duty> duties) =>
        new[] { Header.Select(h => (string?)h).ToArray() }.Concat(corrections.Select(c =>
        {
            var duty = duties.GetValueOrDefault((c.Jurisdiction, c.ListKey));
            var (code, title) = duty is not null ? (duty.Code, duty.Title)
                : c.ListKey.StartsWith("C:", StringComparison.Ordinal) ? (c.ListKey[2..], c.ListKey[2..]) : (null, c.ListKey[2..]);
            return new[]
            {
                c.Jurisdiction, code, title, c.Matter, c.Action is { } a ? DutyActions.ChineseName(a) : null,
                c.Scope is { } s ? DutyActions.ChineseName(s) : null, c.By, c.At.ToString("O", CultureInfo.InvariantCulture),
            };
        }));
}
