using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Analysis.Orphans;

/// <summary>What fell through the cracks.</summary>
public enum OrphanKind
{
    /// <summary>No unit or section holds the duty.</summary>
    Unheld,
    /// <summary>Only support (配合) holders: nobody leads.</summary>
    NoLead,
    /// <summary>Every lead holder is abolished (or not yet set up) on the date.</summary>
    AbolishedHolder,
    /// <summary>Held by a section its unit does not have.</summary>
    MissingSection,
    /// <summary>Held by a unit no list defines.</summary>
    MissingUnit,
    /// <summary>A township office answers to a county unit that does not exist or is abolished.</summary>
    BrokenCorrespondence,
    /// <summary>A township office that answers to nobody.</summary>
    UnmappedTownshipOffice,
}

/// <summary>One finding, with the records involved and a message staff can act on.</summary>
public sealed record OrphanFinding(
    OrphanKind Kind, Duty? Duty, Unit? Unit, Section? Section, Holding? Holding, Correspondence? Correspondence, string Message);
