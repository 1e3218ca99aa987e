using DutyGraph.Graph.Analysis.Evaluation;
using DutyGraph.Graph.Analysis.Text;
using DutyGraph.Graph.Store;

namespace DutyGraph.Tests.Support;

/// <summary>An evaluation set of <c>tests/</c> loaded into a fresh store: the set, its county's read model at the evaluation date, and the seed thesaurus.</summary>
public sealed record EvaluationCounty(EvaluationSet Set, ReadModel Model, Thesaurus Thesaurus)
{
    public static readonly DateOnly EvaluationDate = new(2025, 6, 30);

    public static async Task<EvaluationCounty> LoadAsync(TempFolder temp, string folder)
    {
        var set = EvaluationSet.Read(Path.Combine(Paths.RepositoryRoot, "tests", folder));
        await using var store = await Stores.NewSqliteAsync(temp);
        await set.ImportAsync(store, CancellationToken.None);
        var model = await store.LoadReadModelAsync(set.County, EvaluationDate, CancellationToken.None);
        return new EvaluationCounty(set, model, new Thesaurus(ThesaurusFile.Read(Path.Combine(Paths.Seed, ThesaurusFile.Name))));
    }
}
