namespace DutyGraph.Graph.Catalogue;

public sealed partial class DutyReader
{
    private const string Conjunctions = "和及与、";
    private const int LongestHead = 4;

    /// <summary>
    /// The matters a title names by leaving out the head it shares with the matter before them:
    /// 秸秆综合利用和禁烧 is 秸秆综合利用 and 秸秆禁烧, 校外培训机构审批及监管 is one matter. After a
    /// matter's wording and 和, 及, 与 or 、, the wording's first characters put before what follows may
    /// be another list wording that reaches past them; each such matter spans what follows.
    /// </summary>
    private List<PhraseHit<Matter>> Elided(string text, List<PhraseHit<Matter>> hits)
    {
        var found = new List<PhraseHit<Matter>>();
        foreach (var hit in hits)
        {
            var at = hit.End;
            if (at + 2 >= text.Length || !Conjunctions.Contains(text[at]) || hits.Any(h => h.Start == at + 1))
            {
                continue;
            }
            var after = text[(at + 1)..];
            for (var head = Math.Min(hit.Length - 1, LongestHead); head >= 2; head--)
            {
                var match = catalogue.ListPhrases.Longest(text.Substring(hit.Start, head) + after).FirstOrDefault(h => h.Start == 0);
                if (match.Length > head + 1 && !match.Values.Any(hit.Values.Contains))
                {
                    found.Add(new PhraseHit<Matter>(at + 1, match.Length - head, match.Phrase, match.Values));
                    break;
                }
            }
        }
        return found;
    }
}
