using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;

namespace DutyGraph.Graph.Analysis.Evaluation;

/// <summary>An everyday question and the unit that answers it (and, for a township office, the county unit it answers to).</summary>
public sealed record EvaluationQuestion(int Line, string Question, string Jurisdiction, string Unit, string? CountyUnit);

/// <summary>A holding by names, as the evaluation files write it.</summary>
public sealed record NamedHolding(string Jurisdiction, string Title, string Unit, string? Section)
{
    public override string ToString() => $"{Jurisdiction}:{Title}@{Unit}{(Section is null ? "" : "/" + Section)}";
}

/// <summary>A planted orphan: its kind and the records it names.</summary>
public sealed record ExpectedOrphan(OrphanKind Kind, NamedHolding Where);

/// <summary>
/// The evaluation set of a folder: <c>county/</c> (a dataset), <c>questions.csv</c>,
/// <c>overlaps.csv</c> (planted clusters), <c>distractors.csv</c> (look-alikes that are not
/// overlaps) and <c>orphans.csv</c>.
/// </summary>
public sealed record EvaluationSet(
    string Folder, IReadOnlyList<EvaluationQuestion> Questions, IReadOnlyList<IReadOnlyList<NamedHolding>> Overlaps,
    IReadOnlyList<IReadOnlyList<NamedHolding>> Distractors, IReadOnlyList<ExpectedOrphan> Orphans)
{
    public string DatasetFolder => Path.Combine(Folder, "county");

    /// <summary>The county the questions are asked in (the first question's, without its township).</summary>
    public string County => Questions[0].Jurisdiction.Split(Jurisdictions.Jurisdiction.Separator)[0];

    /// <summary>Loads the county into a store, replacing what it held.</summary>
    public Task<Store.LoadSummary> ImportAsync(Store.IGraphStore store, CancellationToken ct) =>
        store.BulkLoadAsync(Datasets.DatasetFolder.Open(DatasetFolder, ct), Store.LoadMode.Replace, null, ct);

    public static EvaluationSet Read(string folder)
    {
        var problems = new List<Problem>();
        var questions = Rows(folder, "questions.csv", problems).Select(r => new EvaluationQuestion(
            r.Line, r["问题"], r["行政区划"], r["正确单位"], r.Optional("县直对口单位"))).ToList();
        var overlaps = Clusters(Rows(folder, "overlaps.csv", problems));
        var distractors = Clusters(Rows(folder, "distractors.csv", problems));
        var orphans = Rows(folder, "orphans.csv", problems).Select(r => new ExpectedOrphan(
            Enum.Parse<OrphanKind>(r["类型"].Replace("_", ""), ignoreCase: true), Named(r))).ToList();
        if (problems.Count > 0)
        {
            throw new DatasetRejectedException(problems);
        }
        return new EvaluationSet(folder, questions, overlaps, distractors, orphans);
    }

    private static NamedHolding Named(Row r) => new(r["行政区划"], r.Optional("事项名称") ?? "", r.Optional("单位") ?? "", r.Optional("科室"));

    private static List<IReadOnlyList<NamedHolding>> Clusters(IEnumerable<Row> rows) =>
        [.. rows.GroupBy(r => r["簇"]).Select(g => (IReadOnlyList<NamedHolding>)[.. g.Select(Named)])];

    private sealed record Row(int Line, Dictionary<string, string> Fields)
    {
        public string this[string column] => Fields.TryGetValue(column, out var v) && v.Length > 0
            ? v : throw new InvalidDataException($"line {Line}: {column} is empty");

        public string? Optional(string column) => Fields.TryGetValue(column, out var v) && v.Length > 0 ? v : null;
    }

    private static List<Row> Rows(string folder, string file, List<Problem> problems)
    {
        var path = Path.Combine(folder, file);
        using var reader = new StreamReader(path);
        var parser = new CsvParser(reader, file, problems);
        var header = parser.Read()?.Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray() ?? [];
        var rows = new List<Row>();
        while (parser.Read() is { } record)
        {
            if (!record.IsBlank)
            {
                rows.Add(new Row(record.Line, header.Select((h, i) => (h, v: i < record.Fields.Length ? record.Fields[i].Trim() : ""))
                    .ToDictionary(x => x.h, x => x.v)));
            }
        }
        return rows;
    }
}
