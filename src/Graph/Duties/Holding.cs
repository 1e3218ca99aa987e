using DutyGraph.Graph.Common;

namespace DutyGraph.Graph.Duties;

public enum Role
{
    Lead,
    Support,
}

/// <summary>
/// A unit, or a section of it, holds a duty as lead (牵头) or support (配合). The holder
/// is kept as written; <see cref="UnitId"/> and <see cref="SectionId"/> are set when the
/// names resolve (in the duty's jurisdiction first, then those above it) and stay null
/// for a dangling reference, which is an orphan to report, not an error.
/// </summary>
public sealed record Holding
{
    public long Id { get; init; }
    public long DutyId { get; init; }
    public required string Unit { get; init; }
    public string? Section { get; init; }
    public Role Role { get; init; } = Role.Lead;
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public required string Source { get; init; }
    public Extras Extra { get; init; } = Extras.Empty;
    public long? UnitId { get; init; }
    public long? SectionId { get; init; }

    public bool IsValidAt(DateOnly day) => Validity.IsValidAt(ValidFrom, ValidTo, day);
}

public static class Roles
{
    public const string LeadName = "牵头";
    public const string SupportName = "配合";

    public static string ChineseName(Role role) => role == Role.Lead ? LeadName : SupportName;

    public static bool TryParse(string text, out Role role)
    {
        var t = text.AsSpan().Trim();
        if (t.IsEmpty || t.SequenceEqual(LeadName) || t.Equals("LEAD", StringComparison.OrdinalIgnoreCase) || t.SequenceEqual("主办"))
        {
            role = Role.Lead;
            return true;
        }
        role = Role.Support;
        return t.SequenceEqual(SupportName) || t.Equals("SUPPORT", StringComparison.OrdinalIgnoreCase) || t.SequenceEqual("协办");
    }
}
