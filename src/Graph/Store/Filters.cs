namespace DutyGraph.Graph.Store;

/// <summary>Which units to list. Null members do not filter.</summary>
public sealed record UnitFilter(
    string? Jurisdiction = null,
    string? Kind = null,
    string? NameContains = null,
    DateOnly? ValidAt = null,
    bool IncludeLowerJurisdictions = false);

public sealed record SectionFilter(
    long? UnitId = null,
    string? Jurisdiction = null,
    string? Kind = null,
    string? NameContains = null,
    DateOnly? ValidAt = null);

public sealed record DutyFilter(
    string? Jurisdiction = null,
    string? Category = null,
    string? TextContains = null,
    bool IncludeLowerJurisdictions = false,
    /// <summary>Only duties someone holds on this day.</summary>
    DateOnly? ValidAt = null);

public sealed record HoldingFilter(
    long? DutyId = null,
    long? UnitId = null,
    long? SectionId = null,
    DateOnly? ValidAt = null);

public sealed record CorrespondenceFilter(
    string? Township = null,
    long? CountyUnitId = null,
    long? OfficeUnitId = null);

/// <summary>Which id a batch of holdings is looked up by.</summary>
public enum HoldingLink
{
    Holding,
    Duty,
    Unit,
    Section,
}

/// <summary>Which id a batch of correspondences is looked up by.</summary>
public enum CorrespondenceLink
{
    Correspondence,
    OfficeUnit,
    OfficeSection,
    CountyUnit,
}

/// <summary>How many records of each kind a store holds.</summary>
public sealed record StoreCounts(
    int Jurisdictions, int Units, int Sections, int Duties, int Holdings, int Correspondences, int Sources);
