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

    /// <summary>Knowledge over a given catalogue (the shipped one with additions already made), with these corrections.</summary>
    public static Knowledge Of(long stamp, MatterCatalogue catalogue, IReadOnlyList<ThesaurusEntry> additions, IReadOnlyList<DutyCorrection> corrections) =>
        new(stamp, catalogue, new DutyReader(catalogue, corrections), additions, corrections);
}
