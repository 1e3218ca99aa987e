using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Analysis;

/// <summary>
/// What the analyses know at one change stamp: the shipped catalogue with the staff additions the
/// store keeps, and staff corrections of how duties are read. Every entry point builds it the
/// same way from the same store, so one store gives one answer whoever asks.
/// </summary>
public sealed record Knowledge(long Stamp, MatterCatalogue Catalogue, DutyReader Reader, IReadOnlyList<ThesaurusEntry> Additions,
    IReadOnlyList<DutyCorrection> Corrections)
{
    public static async Task<Knowledge> LoadAsync(IAnalysisStore store, long stamp, CancellationToken ct)
    {
        var additions = await store.ListThesaurusAsync(ct);
        var corrections = await store.ListCorrectionsAsync(ct);
        return Of(stamp, MatterCatalogue.Shipped.With(additions), additions, corrections);
    }

    /// <summary>
    /// The knowledge after staff changed additions or corrections: the catalogue is rebuilt only
    /// when the additions changed, and a title keeps its reading unless it has an added word.
    /// </summary>
    public Knowledge Next(long stamp, IReadOnlyList<ThesaurusEntry> additions, IReadOnlyList<DutyCorrection> corrections)
    {
        if (additions.SequenceEqual(Additions))
        {
            return this with { Stamp = stamp, Reader = Reader.With(corrections), Corrections = corrections };
        }
        var catalogue = MatterCatalogue.Shipped.With(additions);
        var words = additions.Except(Additions).Concat(Additions.Except(additions))
            .SelectMany(a => new[] { Text.SearchText.Normalize(a.Everyday), Text.SearchText.Normalize(a.ListTerm) }).Where(w => w.Length > 0).ToList();
        return new(stamp, catalogue, Reader.For(catalogue, corrections, title =>
        {
            var text = Text.SearchText.Normalize(title);
            return !words.Any(w => text.Contains(w, StringComparison.Ordinal));
        }), additions, corrections);
    }

    /// <summary>Knowledge over a given catalogue (the shipped one with additions already made), with these corrections.</summary>
    public static Knowledge Of(long stamp, MatterCatalogue catalogue, IReadOnlyList<ThesaurusEntry> additions, IReadOnlyList<DutyCorrection> corrections) =>
        new(stamp, catalogue, new DutyReader(catalogue, corrections), additions, corrections);
}
