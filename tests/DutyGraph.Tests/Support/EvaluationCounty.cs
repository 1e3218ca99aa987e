using DutyGraph.Graph.Analysis;
using DutyGraph.Graph.Analysis.Evaluation;

namespace DutyGraph.Tests.Support;

/// <summary>An evaluation set of <c>tests/</c> loaded into a fresh store: the set and its county's analysis model at the evaluation date, as the server builds it.</summary>
public sealed record EvaluationCounty(EvaluationSet Set, AnalysisModel Model)
{
    public static readonly DateOnly EvaluationDate = new(2025, 6, 30);

    public static async Task<EvaluationCounty> LoadAsync(TempFolder temp, string folder)
    {
        var set = EvaluationSet.Read(Path.Combine(Paths.RepositoryRoot, "tests", folder));
        await using var store = await Stores.NewSqliteAsync(temp);
        await set.ImportAsync(store, CancellationToken.None);
        using var models = new AnalysisModels(store);
        var model = await models.GetAsync(set.County, EvaluationDate, CancellationToken.None);
        _ = model.Meanings;
        return new EvaluationCounty(set, model);
    }
}
