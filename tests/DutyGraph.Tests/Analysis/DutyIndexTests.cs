using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Text;

namespace DutyGraph.Tests.Analysis;

public sealed class DutyIndexTests
{
    private static Duty D(long id, string title, string? description = null) =>
        new() { Id = id, Jurisdiction = "上犹县", Title = title, Description = description, Source = "test" };

    [Fact]
    public void An_index_extended_with_added_duties_scores_every_gram_as_one_built_from_scratch()
    {
        List<Duty> before = [D(1, "食品经营许可", "核发食品经营许可证"), D(2, "对无证经营食品的行政处罚"), D(3, "养犬登记")];
        List<Duty> after = [.. before, D(4, "城市养犬管理", "犬只登记和管理"), D(5, "食品小作坊登记")];
        var earlier = new DutyIndex(before);

        var extended = DutyIndex.Of(after, earlier);
        var fresh = new DutyIndex(after);
        var renamed = DutyIndex.Of([D(1, "食品生产许可"), .. after.Skip(1)], earlier);

        foreach (var gram in SearchText.Bigrams(SearchText.Normalize("食品经营许可养犬登记小作坊管理行政处罚")).Distinct())
        {
            var (a, b) = (new double[after.Count], new double[after.Count]);
            extended.Score(gram, 1, a);
            fresh.Score(gram, 1, b);
            Assert.Equal(fresh.DocumentFrequency(gram), extended.DocumentFrequency(gram));
            Assert.Equal(b, a);
        }
        Assert.Equal(fresh.Titles, extended.Titles);
        Assert.Equal(0, renamed.DocumentFrequency("经营") - new DutyIndex([D(1, "食品生产许可"), .. after.Skip(1)]).DocumentFrequency("经营"));
    }
}
