using DutyGraph.Graph.Analysis.Search;
using System.ComponentModel.DataAnnotations;

namespace DutyGraph.Server.Api.Analysis;

/// <summary>How the answers are given, bound once from the "Analysis" section.</summary>
public sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    /// <summary>An answer below this confidence is shown as a guess (没有把握).</summary>
    [Range(0.01, 0.99)]
    public double GuessBelow { get; set; } = ConfidenceModel.DefaultGuessBelow;

    /// <summary>The longest question accepted (characters), refused before any work is done; no more than the finder reads.</summary>
    [Range(10, Graph.Analysis.Search.ResponsibilityFinder.MaxQuestionLength)]
    public int MaxQuestionLength { get; set; } = Graph.Analysis.Search.ResponsibilityFinder.MaxQuestionLength;

    /// <summary>How many jurisdictions' snapshots are held at once (each top jurisdiction and each jurisdiction asked about by name); beyond it the least recently asked is let go.</summary>
    [Range(1, 100_000)]
    public int Snapshots { get; set; } = 512;
}
