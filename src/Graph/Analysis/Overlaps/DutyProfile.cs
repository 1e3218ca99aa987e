using DutyGraph.Graph.Analysis.Text;
using DutyGraph.Graph.Duties;

namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>What overlap detection compares of a duty, worked out once: its core title, grams, clauses and category.</summary>
public sealed class DutyProfile
{
    public DutyProfile(Duty duty, Thesaurus thesaurus)
    {
        Duty = duty;
        Core = SearchText.Core(duty.Title);
        TitleGrams = SearchText.BigramCodes(Core, "");
        TextGrams = SearchText.BigramCodes(Core, SearchText.Normalize(duty.Description));
        Clauses = LegalBasis.Parse(duty.Basis);
        Concepts = [.. thesaurus.ConceptsIn(Core)];
        Category = string.IsNullOrWhiteSpace(duty.Category) ? null : duty.Category.Trim();
    }

    public Duty Duty { get; }

    /// <summary>The normalised title without stock phrasing ("对……的行政处罚").</summary>
    public string Core { get; }

    /// <summary>The core title's grams, each as a number (<see cref="SearchText.BigramCodes"/>).</summary>
    public int[] TitleGrams { get; }

    /// <summary>Grams of the core title and the description together: what the text likeness compares.</summary>
    public int[] TextGrams { get; }

    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>The everyday words (by the thesaurus) the core title is about.</summary>
    public string[] Concepts { get; }

    public string? Category { get; }
}
