namespace DutyGraph.Graph.Analysis.Search;

/// <summary>What the confidence of an answer is worked out from.</summary>
public readonly record struct AnswerEvidence(
    double Matter, double Text, double Margin, double Intent, double Kind, double Named, double Explained, double OffTopic, double Asked,
    double OffTopicShare)
{
    public double[] ToArray() => [Matter, Text, Margin, Intent, Kind, Named, Explained, OffTopic, Asked, OffTopicShare];

    public static IReadOnlyList<string> Names { get; } = ["matter", "text", "margin", "intent", "kind", "named", "explained", "off-topic", "asked", "off-topic share"];
}

/// <summary>
/// Turns an answer's evidence into a confidence (0–1) with a logistic model: how well the
/// question's matters match the duty, how much of the question the duty's words cover, how far
/// the answer leads the next unit, whether the duty does what the caller wants, whether the unit
/// is of a kind that leads the matter, whether the question named the matter word for word (not
/// only resembled it), how much of the question the catalogue reads at all, whether it has
/// words of no government business and how much of it is made of them, and whether the caller
/// asks for anything (办证, 举报, 补贴 …). The weights were fitted on the tuning sets only, an
/// answer to a question no list covers counting 25 times (chosen by leaving one tuning set out
/// in turn: each held-out set then had ≥ 90% of such questions below 0.5), on all six tuning sets
/// (<c>dutygraph evaluate tests/evaluation tests/evaluation-heldout tests/evaluation-tune-county
/// tests/evaluation-tune-city tests/evaluation-tune-west tests/evaluation-tune-prefecture --fit</c>).
/// </summary>
public sealed class ConfidenceModel(double bias, IReadOnlyList<double> weights)
{
    /// <summary>Below this confidence an answer is a guess, unless configured otherwise.</summary>
    public const double DefaultGuessBelow = 0.5;

    public static readonly ConfidenceModel Fitted = new(-3.953, [3.148, 0.717, 2.682, 0.064, 0.77, 0.196, 1.246, -1.636, 0.387, -4.339]);

    public double Bias => bias;
    public IReadOnlyList<double> Weights => weights;

    public double Of(AnswerEvidence evidence)
    {
        var x = evidence.ToArray();
        var z = bias;
        for (var i = 0; i < x.Length; i++)
        {
            z += weights[i] * x[i];
        }
        return Math.Round(1 / (1 + Math.Exp(-z)), 4);
    }

    /// <summary>
    /// Fits the weights by logistic regression (gradient descent with a little L2) on evidence
    /// labelled right or wrong, each sample with a weight (answers to questions no list covers count
    /// more: few sets have many, and every one must stay below the guess line).
    /// </summary>
    public static ConfidenceModel Fit(IReadOnlyList<(AnswerEvidence Evidence, bool Right, double Weight)> samples, int rounds = 20_000, double rate = 0.1, double l2 = 0.001,
        CancellationToken ct = default)
    {
        var dims = new AnswerEvidence().ToArray().Length;
        var w = new double[dims];
        var b = 0.0;
        var xs = samples.Select(s => s.Evidence.ToArray()).ToArray();
        var ys = samples.Select(s => s.Right ? 1.0 : 0.0).ToArray();
        var ws = samples.Select(s => s.Weight).ToArray();
        var total = ws.Sum();
        for (var round = 0; round < rounds && xs.Length > 0; round++)
        {
            ct.ThrowIfCancellationRequested();
            var gw = new double[dims];
            var gb = 0.0;
            for (var i = 0; i < xs.Length; i++)
            {
                var z = b;
                for (var d = 0; d < dims; d++)
                {
                    z += w[d] * xs[i][d];
                }
                var error = ws[i] * ((1 / (1 + Math.Exp(-z))) - ys[i]);
                gb += error;
                for (var d = 0; d < dims; d++)
                {
                    gw[d] += error * xs[i][d];
                }
            }
            b -= rate * gb / total;
            for (var d = 0; d < dims; d++)
            {
                w[d] -= rate * ((gw[d] / total) + (l2 * w[d]));
            }
        }
        return new ConfidenceModel(Math.Round(b, 3), [.. w.Select(x => Math.Round(x, 3))]);
    }
}
