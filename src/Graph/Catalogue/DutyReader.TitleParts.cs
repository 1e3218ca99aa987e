namespace DutyGraph.Graph.Catalogue;

/// <summary>The parts of a title besides its matters and action: what is left over, and the words that say which kind of a short matter word.</summary>
public sealed partial class DutyReader
{
    /// <summary>What the title says beyond its matters, its action words and filler: the pieces left between them.</summary>
    private List<string> Rest(string text, List<PhraseHit<Matter>> matters)
    {
        var removed = Explained(text, matters);
        var pieces = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var keep = i < text.Length && !removed[i];
            if (keep && start < 0)
            {
                start = i;
            }
            else if (!keep && start >= 0)
            {
                if (i - start >= 2)
                {
                    pieces.Add(text[start..i]);
                }
                start = -1;
            }
        }
        return pieces;
    }

    /// <summary>The longest wording a matter word may have for the words just before it to say which kind it is.</summary>
    private const int ShortWording = 4;

    /// <summary>How far before a short matter word its modifier may reach.</summary>
    private const int MaxModifier = 8;

    /// <summary>
    /// The words just before a short matter word of management (档案管理) that say which kind of it the
    /// title means (执法监督 in 执法监督档案管理, 城建 in 城建档案管理), up to a filler or internal cue word, or null.
    /// </summary>
    private string? ModifierOf(string text, List<PhraseHit<Matter>> hits, Matter? first)
    {
        var hit = hits.FirstOrDefault(h => first is not null && h.Values.Contains(first));
        // Only a short word that says management of a thing (档案管理, 资金管理) has kinds; 假药 in 销售假药 has none.
        if (first is null || hit.Length == 0 || hit.Length > ShortWording
            || (catalogue.ActionTitleWords.All(hit.Phrase).Count == 0 && !catalogue.CueWords.All(hit.Phrase).Any(c => c.Values.Contains(CueKind.Filler))))
        {
            return null;
        }
        var filler = new bool[text.Length];
        foreach (var cue in catalogue.CueWords.All(text).Where(h => h.Values.Contains(CueKind.Filler) || h.Values.Contains(CueKind.Internal)))
        {
            filler.AsSpan(cue.Start, cue.Length).Fill(true);
        }
        var start = hit.Start;
        while (start > 0 && !filler[start - 1] && hit.Start - start < MaxModifier)
        {
            start--;
        }
        return hit.Start - start >= 2 ? text[start..hit.Start] : null;
    }

    /// <summary>Which characters of a title its matters, action words and cue words explain.</summary>
    private bool[] Explained(string text, List<PhraseHit<Matter>> matters)
    {
        var removed = new bool[text.Length];
        foreach (var hit in matters)
        {
            removed.AsSpan(hit.Start, hit.Length).Fill(true);
        }
        foreach (var hit in catalogue.ActionTitleWords.All(text))
        {
            removed.AsSpan(hit.Start, hit.Length).Fill(true);
        }
        foreach (var hit in catalogue.CueWords.All(text))
        {
            removed.AsSpan(hit.Start, hit.Length).Fill(true);
        }
        return removed;
    }
}
