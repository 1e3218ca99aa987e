using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Catalogue;

/// <summary>Staff additions to the catalogue (thesaurus entries kept in the store) and the matter a wording names.</summary>
public sealed partial class MatterCatalogue
{
    /// <summary>
    /// This catalogue with staff additions: each entry's everyday word joins the matter its list
    /// wording names (by the matter's name, or a wording that is the whole of it or the only one
    /// in it); a list wording no matter has becomes a matter of its own, added by staff.
    /// </summary>
    public MatterCatalogue With(IReadOnlyCollection<ThesaurusEntry> additions)
    {
        if (additions.Count == 0)
        {
            return this;
        }
        var everyday = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var added = new Dictionary<string, Matter>(StringComparer.Ordinal);
        foreach (var entry in additions)
        {
            var term = SearchText.Normalize(entry.ListTerm);
            if (term.Length == 0 || SearchText.Normalize(entry.Everyday).Length == 0)
            {
                continue;
            }
            var matter = MatterOfWording(term);
            if (matter is null)
            {
                if (!added.TryGetValue(term, out var own))
                {
                    added[term] = own = new Matter(entry.ListTerm.Trim(), StaffField, [entry.ListTerm.Trim()], [], [], [], null, entry.Note) { AddedByStaff = true };
                }
                matter = own;
            }
            if (!everyday.TryGetValue(matter.Name, out var words))
            {
                everyday[matter.Name] = words = [];
            }
            words.Add(entry.Everyday.Trim());
        }
        var matters = Matters.Concat(added.Values)
            .Select(m => everyday.TryGetValue(m.Name, out var words) ? m with { Everyday = [.. m.Everyday, .. words.Except(m.Everyday)] } : m)
            .ToList();
        return new MatterCatalogue(matters, UnitKinds, Actions, Cues, Boundaries);
    }

    /// <summary>The field staff-added matters are filed under.</summary>
    public const string StaffField = "工作人员补充";

    /// <summary>The matter a list wording names: by name, by a wording that is all of it, or the only matter found in it.</summary>
    public Matter? MatterOfWording(string normalized)
    {
        if (_byName.TryGetValue(normalized, out var named))
        {
            return named;
        }
        if (ListPhrases.Get(normalized) is [var whole, ..])
        {
            return whole;
        }
        var found = ListPhrases.Longest(normalized).SelectMany(h => h.Values).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
