using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;

namespace DutyGraph.Graph.Analysis.Evaluation;

/// <summary>
/// An everyday question and the unit that answers it (and, for a township office, the county unit
/// it answers to); a question no list covers has no unit, and the right answer is to abstain.
/// </summary>
public sealed record EvaluationQuestion(int Line, string Question, string Jurisdiction, string? Unit, string? CountyUnit)
{
    public bool OutOfScope => Unit is null;
}

/// <summary>A holding by names, as the evaluation files write it.</summary>
public sealed record NamedHolding(string Jurisdiction, string Title, string Unit, string? Section)
{
    public override string ToString() => $"{Jurisdiction}:{Title}@{Unit}{(Section is null ? "" : "/" + Section)}";
}

/// <summary>A planted group of holdings (an overlap cluster, a distractor pair, a 审管分离 pair) with its kind where the file gives one.</summary>
public sealed record PlantedGroup(string Id, string? Kind, IReadOnlyList<NamedHolding> Members);

/// <summary>A planted orphan: its kind and the records it names.</summary>
public sealed record ExpectedOrphan(OrphanKind Kind, NamedHolding Where);

/// <summary>
/// The evaluation set of a folder: <c>county/</c> (a dataset), <c>questions.csv</c>,
/// <c>overlaps.csv</c> (planted clusters, with 类型 重复/交叉 where given), <c>distractors.csv</c>
/// (look-alikes that are not overlaps, with 类型 such as 内部事务 and 牵头配合 where given),
/// <c>orphans.csv</c>, and optionally <c>shenguan.csv</c> (审管分离 pairs, intentional).
/// </summary>
public sealed record EvaluationSet(
    string Folder, IReadOnlyList<EvaluationQuestion> Questions, IReadOnlyList<PlantedGroup> Overlaps,
    IReadOnlyList<PlantedGroup> Distractors, IReadOnlyList<PlantedGroup> Separations, IReadOnlyList<ExpectedOrphan> Orphans)
{
    public const string SeparationsFile = "shenguan.csv";

    public string DatasetFolder => Path.Combine(Folder, "county");

    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(Folder)));

    /// <summary>The top jurisdiction the questions are asked in (the first question's, without what is below it).</summary>
    public string County => Questions[0].Jurisdiction.Split(Jurisdictions.Jurisdiction.Separator)[0];

    /// <summary>Loads the county into a store, replacing what it held.</summary>
    public Task<Store.LoadSummary> ImportAsync(Store.IGraphStore store, CancellationToken ct) =>
        store.BulkLoadAsync(Datasets.DatasetFolder.Open(DatasetFolder, ct), Store.LoadMode.Replace, null, ct);

    public static EvaluationSet Read(string folder)
    {
        var problems = new List<Problem>();
        string Need(CsvTableRow r, string column)
        {
            if (r.Optional(column) is { } value)
            {
                return value;
            }
            problems.Add(Problem.Error(r.File, r.Line, null, $"{column} is empty"));
            return "";
        }
        NamedHolding Named(CsvTableRow r) => new(Need(r, "行政区划"), r.Optional("事项名称") ?? "", r.Optional("单位") ?? "", r.Optional("科室"));
        List<PlantedGroup> Groups(IEnumerable<CsvTableRow> rows) =>
            [.. rows.GroupBy(r => Need(r, "簇")).Select(g => new PlantedGroup(g.Key, g.First().Optional("类型"), [.. g.Select(Named)]))];
        ExpectedOrphan? Orphan(CsvTableRow r)
        {
            var kind = Need(r, "类型");
            if (Enum.TryParse<OrphanKind>(kind.Replace("_", ""), ignoreCase: true, out var parsed) && !int.TryParse(kind, out _))
            {
                return new ExpectedOrphan(parsed, Named(r));
            }
            if (kind.Length > 0)
            {
                problems.Add(Problem.Error(r.File, r.Line, null,
                    $"类型 '{kind}' is no orphan kind; it is one of {string.Join(", ", Enum.GetNames<OrphanKind>())} (UNHELD, NO_LEAD … also read)"));
            }
            return null;
        }
        var questions = Rows(folder, "questions.csv", ["问题", "行政区划", "正确单位"], problems).Select(r => new EvaluationQuestion(
            r.Line, Need(r, "问题"), Need(r, "行政区划"), r.Optional("正确单位"), r.Optional("县直对口单位"))).ToList();
        string[] holding = ["簇", "行政区划", "事项名称", "单位"];
        var overlaps = Groups(Rows(folder, "overlaps.csv", holding, problems));
        var distractors = Groups(Rows(folder, "distractors.csv", holding, problems));
        var separations = File.Exists(Path.Combine(folder, SeparationsFile)) ? Groups(Rows(folder, SeparationsFile, holding, problems)) : [];
        var orphans = Rows(folder, "orphans.csv", ["类型", "行政区划"], problems).Select(Orphan).OfType<ExpectedOrphan>().ToList();
        if (questions.Count == 0)
        {
            problems.Add(Problem.Error("questions.csv", 0, null, "there are no questions"));
        }
        if (problems.Count > 0)
        {
            throw new DatasetRejectedException(problems);
        }
        return new EvaluationSet(folder, questions, overlaps, distractors, separations, orphans);
    }

    private static List<CsvTableRow> Rows(string folder, string file, IReadOnlyList<string> required, List<Problem> problems) =>
        CsvTable.Read(Path.Combine(folder, file), required, problems);
}
