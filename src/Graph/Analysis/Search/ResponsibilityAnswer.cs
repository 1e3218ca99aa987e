using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Analysis.Search;

/// <summary>
/// One answer to "who is responsible for X": the unit (and section) that holds the duty that
/// matches, its role, its level, the county unit a township office answers to, the matter, a
/// ranking score, a calibrated confidence (0–1: of answers given 0.8 or more, at least nine in
/// ten were right on the sets not tuned on), and why, as a chain a dispatcher reads.
/// </summary>
public sealed record ResponsibilityAnswer(
    Unit Unit, Section? Section, Duty? Duty, Role Role, JurisdictionLevel Level, Unit? CountyUnit, double Score, IReadOnlyList<string> Reasons)
{
    public double Confidence { get; init; }

    /// <summary>What the confidence was worked out from.</summary>
    public AnswerEvidence Evidence { get; init; }

    /// <summary>The catalogue matter the answer is for, where one was recognised.</summary>
    public Matter? Matter { get; init; }
}

/// <summary>A duty that matches the question but that nobody answers for: the answer names it, so the gap is seen.</summary>
public sealed record UnheldMatch(Duty Duty, Orphans.OrphanKind Kind, string Message);

/// <summary>
/// Everything the finder says about one question: the ranked answers, duties that match but that
/// nobody holds, what it read in the question (matters and what the caller wants), and whether
/// its best answer is only a guess.
/// </summary>
public sealed record ResponsibilityResult(
    IReadOnlyList<ResponsibilityAnswer> Answers, IReadOnlyList<UnheldMatch> Unheld, QuestionReading Reading)
{
    public static readonly ResponsibilityResult Nothing = new([], [], new QuestionReading("", [], []));

    public double Confidence => Answers.Count > 0 ? Answers[0].Confidence : 0;

    /// <summary>The change stamp of the snapshot that answered, and when it was built.</summary>
    public (long Stamp, DateTimeOffset BuiltAt) Snapshot { get; init; }
}

/// <summary>Staff said which unit was right for a question ("question → the unit that was right").</summary>
public sealed record StaffFeedback(long Id, string Question, string? Jurisdiction, long UnitId, string UnitName, DateTimeOffset At);
