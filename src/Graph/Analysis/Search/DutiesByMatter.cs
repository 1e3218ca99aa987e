using DutyGraph.Graph.Catalogue;

namespace DutyGraph.Graph.Analysis.Search;

/// <summary>The duties (by their place in the index) of each matter, and how well each matches the matters a question names.</summary>
internal sealed class DutiesByMatter
{
    private const double NarrowerOrBroader = 0.7;
    private const double SecondaryMatter = 0.85;

    private readonly IReadOnlyList<DutyMeaning> _docMeanings;
    private readonly MatterCatalogue _catalogue;
    private readonly Dictionary<string, List<int>> _byMatter = new(StringComparer.Ordinal);

    public DutiesByMatter(IReadOnlyList<DutyMeaning> docMeanings, MatterCatalogue catalogue)
    {
        _docMeanings = docMeanings;
        _catalogue = catalogue;
        for (var doc = 0; doc < docMeanings.Count; doc++)
        {
            foreach (var matter in docMeanings[doc].Matters)
            {
                if (!_byMatter.TryGetValue(matter.Name, out var docs))
                {
                    _byMatter[matter.Name] = docs = [];
                }
                docs.Add(doc);
            }
        }
    }

    /// <summary>The duties of the matters the question names (narrower and broader matters count a little less), each with the best match.</summary>
    public Dictionary<int, (double Weight, QuestionMatter? Via)> Match(QuestionReading reading, double[] weights)
    {
        var matched = new Dictionary<int, (double Weight, QuestionMatter? Via)>();
        void Add(Matter matter, double factor, QuestionMatter via)
        {
            if (!_byMatter.TryGetValue(matter.Name, out var docs))
            {
                return;
            }
            foreach (var doc in docs)
            {
                if (weights[doc] == 0)
                {
                    continue;
                }
                var primary = ReferenceEquals(_docMeanings[doc].Matters[0], matter) ? 1 : SecondaryMatter;
                var weight = via.Weight * factor * primary;
                if (weight > matched.GetValueOrDefault(doc).Weight)
                {
                    matched[doc] = (weight, via);
                }
            }
        }
        foreach (var qm in reading.Matters)
        {
            Add(qm.Matter, 1, qm);
            foreach (var child in _catalogue.ChildrenOf(qm.Matter))
            {
                Add(child, NarrowerOrBroader, qm);
            }
            if (_catalogue.ParentOf(qm.Matter) is { } parent)
            {
                Add(parent, NarrowerOrBroader, qm);
            }
        }
        return matched;
    }
}
