using System.Reflection;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Catalogue;

/// <summary>
/// Reads the catalogue's files: <c>matters/*.csv</c> (one per field), <c>unit-kinds.csv</c>,
/// <c>actions.csv</c>, <c>cues.csv</c> and <c>boundaries.csv</c> (职责边界). The shipped ones are resources of this assembly, so
/// the server, the command line and the tests all read the same bytes. Every problem names the
/// file, line and column; a catalogue with problems is refused.
/// </summary>
public static class CatalogueReader
{
    private const string Prefix = "catalogue/";
    public const string UnitKindsFile = "unit-kinds.csv";
    public const string ActionsFile = "actions.csv";
    public const string CuesFile = "cues.csv";
    public const string BoundariesFile = "boundaries.csv";
    private const string OwnAffairsKind = "自身事务";
    public const string MattersFolder = "matters/";

    private static readonly string[] MatterColumns = ["事项", "领域", "清单用语", "口语", "主管", "相关", "上级事项", "备注"];

    /// <summary>The shipped catalogue's files, by name (<c>matters/市场监管.csv</c>, <c>actions.csv</c> …), in name order.</summary>
    public static IEnumerable<(string Name, Func<TextReader> Open)> ShippedFiles()
    {
        var assembly = typeof(CatalogueReader).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(n => (n[Prefix.Length..], (Func<TextReader>)(() => new StreamReader(Open(assembly, n)))));
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"the resource {name} is missing");

    /// <summary>Reads catalogue files into a catalogue, adding every problem found.</summary>
    public static MatterCatalogue Read(IEnumerable<(string Name, Func<TextReader> Open)> files, ICollection<Problem> problems)
    {
        var matters = new List<(CsvTableRow Row, Matter Matter)>();
        List<UnitKind> kinds = [];
        List<ActionCue> actions = [];
        var cues = CatalogueCues.None;
        var boundaries = new List<CsvTableRow>();
        List<CsvTableRow> cueRows = [];
        foreach (var (name, open) in files)
        {
            using var reader = open();
            if (name.StartsWith(MattersFolder, StringComparison.Ordinal))
            {
                matters.AddRange(CsvTable.Read(reader, name, MatterColumns[..5], problems).Select(r => (r, MatterOf(r, problems))));
            }
            else if (name == UnitKindsFile)
            {
                kinds = [.. CsvTable.Read(reader, name, ["类型", "名称用语"], problems).Select(r => new UnitKind(r["类型"], r.List("名称用语"), r.Optional("备注")))];
            }
            else if (name == ActionsFile)
            {
                actions = [.. CsvTable.Read(reader, name, ["行为", "名称", "清单用语", "口语"], problems).Select(r => ActionOf(r, problems)).OfType<ActionCue>()];
            }
            else if (name == BoundariesFile)
            {
                boundaries.AddRange(CsvTable.Read(reader, name, ["事项甲", "事项乙"], problems));
            }
            else if (name == CuesFile)
            {
                cueRows = CsvTable.Read(reader, name, ["类别", "词语"], problems);
                cues = CuesOf(cueRows);
            }
        }
        Check(matters, kinds, problems);
        var names = matters.Select(m => SearchText.Normalize(m.Matter.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var row in cueRows.Where(r => r.Optional("类别") == OwnAffairsKind))
        {
            foreach (var unknown in row.List("词语").Where(n => !names.Contains(SearchText.Normalize(n))))
            {
                problems.Add(Problem.Error(row.File, row.Line, 2, $"自身事务 names '{unknown}', which is not a matter of the catalogue"));
            }
        }
        return new MatterCatalogue([.. matters.Select(m => m.Matter)], kinds, actions, cues, BoundariesOf(boundaries, names, problems));
    }

    private static Matter MatterOf(CsvTableRow r, ICollection<Problem> problems)
    {
        var name = r.Optional("事项") ?? "";
        if (name.Length == 0)
        {
            problems.Add(Problem.Error(r.File, r.Line, 1, "事项 is empty"));
        }
        var wordings = r.List("清单用语");
        if (wordings.Count == 0)
        {
            problems.Add(Problem.Error(r.File, r.Line, 3, $"the matter {name} has no 清单用语: a list cannot name it"));
        }
        return new Matter(name, r.Optional("领域") ?? "", wordings, r.List("口语"), r.List("主管"), r.List("相关"), r.Optional("上级事项"), r.Optional("备注"));
    }

    private static ActionCue? ActionOf(CsvTableRow r, ICollection<Problem> problems)
    {
        var key = r.Optional("行为") ?? "";
        var value = key.Replace("_", "", StringComparison.Ordinal);
        if (!Enum.TryParse<DutyAction>(value, ignoreCase: true, out var action) || int.TryParse(value, out _))
        {
            problems.Add(Problem.Error(r.File, r.Line, 1, $"'{key}' is not an action ({string.Join(", ", Enum.GetNames<DutyAction>())})"));
            return null;
        }
        return new ActionCue(action, r["名称"], r.List("清单用语"), r.List("口语"), r.Optional("事项类型"));
    }

    /// <summary>The 职责边界 rows: both matters known, not one matter twice, no pair twice.</summary>
    private static List<MatterBoundary> BoundariesOf(List<CsvTableRow> rows, IReadOnlySet<string> known, ICollection<Problem> problems)
    {
        var seen = new Dictionary<(string, string), int>();
        var boundaries = new List<MatterBoundary>();
        foreach (var r in rows)
        {
            var (a, b) = (r["事项甲"], r["事项乙"]);
            var (ka, kb) = (SearchText.Normalize(a), SearchText.Normalize(b));
            var problem = !known.Contains(ka) ? (1, $"事项甲 '{a}' is not a matter of the catalogue")
                : !known.Contains(kb) ? (2, $"事项乙 '{b}' is not a matter of the catalogue")
                : ka == kb ? (2, $"a matter cannot border on itself ({a})")
                : seen.TryGetValue(string.CompareOrdinal(ka, kb) < 0 ? (ka, kb) : (kb, ka), out var first) ? (1, $"{a} and {b} are paired at line {first} already")
                : ((int, string)?)null;
            if (problem is var (column, message))
            {
                problems.Add(Problem.Error(r.File, r.Line, column, message));
                continue;
            }
            seen[string.CompareOrdinal(ka, kb) < 0 ? (ka, kb) : (kb, ka)] = r.Line;
            boundaries.Add(new MatterBoundary(a, b, r.Optional("说明")));
        }
        return boundaries;
    }

    private static CatalogueCues CuesOf(List<CsvTableRow> rows)
    {
        IEnumerable<IReadOnlyList<string>> Rows(string kind) => rows.Where(r => r.Optional("类别") == kind).Select(r => r.List("词语"));
        List<string> Of(string kind) => [.. Rows(kind).SelectMany(words => words)];
        return new CatalogueCues(Of("内部"), Of("指导"), Of("泛词"), Of("方面"), Of("范围外"))
        {
            Steps = Of("环节"), OwnAffairs = Of(OwnAffairsKind), GeneralOffices = Of("综合科室"),
            // One row a group of people, its first word the group's name.
            People = [.. Rows("对象").Where(group => group.Count > 0)],
        };
    }

    /// <summary>No two matters of one name, no phrase of two matters, every unit kind and broader matter known.</summary>
    private static void Check(List<(CsvTableRow Row, Matter Matter)> matters, List<UnitKind> kinds, ICollection<Problem> problems)
    {
        var known = kinds.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var names = new Dictionary<string, CsvTableRow>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, (string Matter, CsvTableRow Row)>(StringComparer.Ordinal);
        foreach (var (row, matter) in matters)
        {
            var key = SearchText.Normalize(matter.Name);
            if (key.Length > 0 && !names.TryAdd(key, row))
            {
                problems.Add(Problem.Error(row.File, row.Line, 1, $"the matter {matter.Name} is also defined at {names[key].File}:{names[key].Line}"));
            }
            foreach (var wording in matter.Wordings)
            {
                var phrase = SearchText.Normalize(wording);
                if (phrase.Length < 2)
                {
                    problems.Add(Problem.Error(row.File, row.Line, 3, $"the wording '{wording}' is shorter than two characters"));
                }
                else if (phrases.TryGetValue(phrase, out var other) && other.Matter != matter.Name)
                {
                    problems.Add(Problem.Error(row.File, row.Line, 3, $"the wording '{wording}' also names {other.Matter} ({other.Row.File}:{other.Row.Line})"));
                }
                else
                {
                    phrases[phrase] = (matter.Name, row);
                }
            }
            foreach (var word in matter.Everyday.Where(w => SearchText.Normalize(w).Length == 0))
            {
                problems.Add(Problem.Error(row.File, row.Line, 4, $"the everyday word '{word}' has no letters"));
            }
            foreach (var kind in matter.Leads.Concat(matter.Related).Where(k => !known.Contains(k)))
            {
                problems.Add(Problem.Error(row.File, row.Line, matter.Leads.Contains(kind) ? 5 : 6, $"'{kind}' is not a unit kind of {UnitKindsFile}"));
            }
            if (matter.Leads.Count == 0)
            {
                problems.Add(Problem.Error(row.File, row.Line, 5, $"the matter {matter.Name} names no unit kind that leads it (主管)"));
            }
        }
        foreach (var (row, matter) in matters.Where(m => m.Matter.Parent is not null))
        {
            if (!names.ContainsKey(SearchText.Normalize(matter.Parent)))
            {
                problems.Add(Problem.Error(row.File, row.Line, 7, $"the broader matter '{matter.Parent}' is not a matter of the catalogue"));
            }
        }
    }
}
