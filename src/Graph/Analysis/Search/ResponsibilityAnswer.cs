using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Analysis.Search;

/// <summary>
/// One answer to "who is responsible for X": the unit (and section) that holds the duty that
/// matches, its role, its level, the county unit a township office answers to, a score, and why.
/// </summary>
public sealed record ResponsibilityAnswer(
    Unit Unit, Section? Section, Duty? Duty, Role Role, JurisdictionLevel Level, Unit? CountyUnit, double Score, IReadOnlyList<string> Reasons);

/// <summary>Staff said which unit was right for a question ("question → the unit that was right").</summary>
public sealed record StaffFeedback(long Id, string Question, string? Jurisdiction, long UnitId, string UnitName, DateTimeOffset At);
