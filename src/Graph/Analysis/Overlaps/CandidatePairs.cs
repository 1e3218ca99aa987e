namespace DutyGraph.Graph.Analysis.Overlaps;

/// <summary>
/// The pairs of one list worth scoring: never all pairs, and none that could reach the minimum
/// score left out (the benchmark checks this against all pairs). A pair's score is a weighted
/// mean of three weighted Jaccard likenesses (<see cref="PairScorer.Likenesses"/>) that only a
/// shared article pulls up, so a pair at the minimum is alike enough in its title grams or its
/// concepts, or shares a pulling article. Prefix filtering finds exactly the pairs that can be
/// alike enough (and some that are not, which scoring then drops): each duty indexes only its
/// heaviest tokens, and only duties of comparable weight are paired.
/// </summary>
public static class CandidatePairs
{
    /// <summary>Below this many duties citing one article, every pair of them is scored.</summary>
    private const int SmallGroup = 8;

    /// <summary>Slack for the score's rounding to four decimals.</summary>
    private const double Slack = 1e-4;

    /// <summary>Pairs (i &lt; j) of the scorer's profiles (one list's duties), each once, in no set order.</summary>
    public static IReadOnlyCollection<(int A, int B)> Of(PairScorer scorer, double minScore)
    {
        var pairs = new HashSet<(int, int)>();
        var all = Enumerable.Range(0, scorer.Count).ToArray();
        Join(scorer, all, minScore, pairs);
        var pulled = PairScorer.PulledMinimum(minScore);
        var groups = all.SelectMany(i => scorer.PullingArticles(i).Select(article => (article, i))).GroupBy(x => x.article, x => x.i);
        foreach (var group in groups)
        {
            var members = group.ToArray();
            if (members.Length <= SmallGroup)
            {
                AllPairs(members, pairs);
            }
            else
            {
                Join(scorer, members, pulled, pairs);
            }
        }
        return pairs;
    }

    /// <summary>
    /// Adds the pairs of <paramref name="members"/> (positions in the list) that could score
    /// <paramref name="minScore"/> without a pull. The lightest likeness is left out: if the
    /// others are both below t = (minimum − its share) / (1 − its share), the score is below the
    /// minimum even when it is whole, so a pair must reach t in one of the others.
    /// </summary>
    private static void Join(PairScorer scorer, int[] members, double minScore, HashSet<(int, int)> pairs)
    {
        var likenesses = scorer.Likenesses;
        var left = Enumerable.Range(0, likenesses.Count).MinBy(i => likenesses[i].Share);
        var lightest = likenesses[left].Share;
        var threshold = ((minScore - lightest) / (1 - lightest)) - Slack;
        if (threshold <= 0)
        {
            AllPairs(members, pairs);
            return;
        }
        for (var i = 0; i < likenesses.Count; i++)
        {
            if (i != left)
            {
                Join(likenesses[i].Sets, scorer.Count, members, threshold, pairs);
            }
        }
    }

    /// <summary>Adds the pairs of <paramref name="members"/> whose weighted Jaccard can reach the threshold (prefix filtering).</summary>
    private static void Join(WeightedSets sets, int count, int[] members, double threshold, HashSet<(int, int)> pairs)
    {
        var index = new Dictionary<int, List<int>>();
        var seen = new int[count];
        foreach (var member in members)
        {
            var total = sets.Total(member);
            if (total <= 0)
            {
                continue;
            }
            foreach (var token in sets.Prefix(member, threshold))
            {
                if (!index.TryGetValue(token, out var postings))
                {
                    index[token] = postings = [];
                }
                foreach (var other in postings)
                {
                    // Weighted Jaccard is at most the lighter total over the heavier one.
                    var otherTotal = sets.Total(other);
                    if (seen[other] != member + 1 && Math.Min(total, otherTotal) >= threshold * Math.Max(total, otherTotal))
                    {
                        seen[other] = member + 1;
                        pairs.Add(other < member ? (other, member) : (member, other));
                    }
                }
                postings.Add(member);
            }
        }
    }

    private static void AllPairs(int[] members, HashSet<(int, int)> pairs)
    {
        for (var x = 0; x < members.Length; x++)
        {
            for (var y = x + 1; y < members.Length; y++)
            {
                pairs.Add(members[x] < members[y] ? (members[x], members[y]) : (members[y], members[x]));
            }
        }
    }
}
