using DutyGraph.Graph.Analysis.Evaluation;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Analysis;

/// <summary>
/// The evaluation sets run end to end: the figures may not fall below what was last measured.
/// They are floors against regressions, not the goals (see the README).
/// <c>tests/evaluation</c> is the set the parameters were chosen on; <c>tests/evaluation-heldout</c>
/// was written apart and never tuned on.
/// </summary>
public sealed class EvaluationTests
{
    [Theory]
    [InlineData("evaluation", 0.82, 0.91, 0.90, 0.70)]
    [InlineData("evaluation-heldout", 0.82, 0.95, 0.85, 0.44)]
    public async Task The_three_answers_on_an_evaluation_county_stay_at_or_above_their_measured_figures(
        string folder, double top1, double top3, double precision, double recall)
    {
        using var temp = new TempFolder();
        var (set, model) = await EvaluationCounty.LoadAsync(temp, folder);

        var report = EvaluationRun.Run(set, model);

        Assert.True(set.Questions.Count >= 100 && set.Overlaps.Count >= 25 && set.Orphans.Count >= 21, "the evaluation set is smaller than the issue asks");
        Assert.True(report.Top1Rate >= top1, $"top-1 {report.Top1Rate:P1}");
        Assert.True(report.Top3Rate >= top3, $"top-3 {report.Top3Rate:P1}");
        Assert.True(report.Overlaps.Precision >= precision, $"overlap precision {report.Overlaps.Precision:0.000}");
        Assert.True(report.Overlaps.Recall >= recall, $"overlap recall {report.Overlaps.Recall:0.000}");
        Assert.Equal((1.0, 1.0), (report.Orphans.Precision, report.Orphans.Recall));
    }
}
