namespace DutyGraph.Graph.Catalogue;

/// <summary>
/// One matter (事项对象) of the catalogue: what duties are about (农药经营, 养犬, 河道采砂), the
/// phrases by which lists name it, the everyday words citizens use for it, and the kinds of unit
/// that usually lead it (主管) or share it (相关).
/// </summary>
public sealed record Matter(
    string Name,
    string Field,
    IReadOnlyList<string> Wordings,
    IReadOnlyList<string> Everyday,
    IReadOnlyList<string> Leads,
    IReadOnlyList<string> Related,
    string? Parent,
    string? Note)
{
    /// <summary>Whether staff added it (from a thesaurus entry whose list wording no shipped matter has).</summary>
    public bool AddedByStaff { get; init; }

    /// <summary>The first part of a field (市场监管 of 市场监管/食品): matters of one top field are one department's business.</summary>
    public static string TopField(string field) => field.Split('/')[0];

    public override string ToString() => Name;
}
