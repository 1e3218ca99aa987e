using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Catalogue;

/// <summary>
/// The matter catalogue (事项目录): the matters of county and city government with their list
/// wordings, everyday words and usual lead units, the unit kinds, the action words and the cue
/// lists, with the phrase indexes that read duties and questions against them. The shipped
/// catalogue is <see cref="Shipped"/>; staff additions (thesaurus entries kept in the store) make
/// a new one with <see cref="With"/>. It never changes once built.
/// </summary>
public sealed class MatterCatalogue
{
    private static readonly Lazy<MatterCatalogue> ShippedCatalogue = new(ReadShipped);

    private readonly Dictionary<string, Matter> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Matter>> _children = new(StringComparer.Ordinal);

    public MatterCatalogue(IReadOnlyList<Matter> matters, IReadOnlyList<UnitKind> unitKinds, IReadOnlyList<ActionCue> actions, CatalogueCues cues)
    {
        Matters = matters;
        UnitKinds = unitKinds;
        Actions = actions;
        Cues = cues;
        foreach (var matter in matters)
        {
            _byName.TryAdd(SearchText.Normalize(matter.Name), matter);
        }
        foreach (var matter in matters)
        {
            ListPhrases.Add(SearchText.Normalize(matter.Name), matter);
            foreach (var wording in matter.Wordings)
            {
                ListPhrases.Add(SearchText.Normalize(wording), matter);
            }
            foreach (var word in matter.Everyday)
            {
                EverydayPhrases.Add(SearchText.Normalize(word), matter);
            }
            if (matter.Parent is not null && Find(matter.Parent) is { } parent)
            {
                if (!_children.TryGetValue(parent.Name, out var list))
                {
                    _children[parent.Name] = list = [];
                }
                list.Add(matter);
            }
        }
        foreach (var kind in unitKinds)
        {
            foreach (var word in kind.NameWords)
            {
                UnitNameWords.Add(SearchText.Normalize(word), kind.Name);
            }
        }
        foreach (var action in actions)
        {
            foreach (var word in action.TitleWords)
            {
                ActionTitleWords.Add(SearchText.Normalize(word), action.Action);
            }
            foreach (var word in action.QuestionWords)
            {
                ActionQuestionWords.Add(SearchText.Normalize(word), action.Action);
            }
        }
        AddCues(cues.Internal, CueKind.Internal);
        AddCues(cues.Guidance, CueKind.Guidance);
        AddCues(cues.Filler, CueKind.Filler);
        AddCues(cues.OffTopic, CueKind.OffTopic);
        Aspects = cues.Aspects.Select(a => Find(a)?.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        WeakWordings = matters.SelectMany(m => m.Wordings.Append(m.Name)).Select(SearchText.Normalize).Where(IsWeak).ToHashSet(StringComparer.Ordinal);
        IntentOnlyWords = matters.SelectMany(m => m.Everyday).Select(SearchText.Normalize).Where(IsIntentOnly).ToHashSet(StringComparer.Ordinal);
        GenericWordings = FindGenericWordings();
    }

    /// <summary>The longest wording a generic one may have: longer wordings name something particular.</summary>
    private const int GenericLength = 4;

    /// <summary>How many matters of other fields may have a wording with it inside before a short wording counts as generic.</summary>
    private const int GenericSpread = 3;

    /// <summary>
    /// Short wordings found inside the wordings of several matters of other fields (档案管理 inside
    /// 城建档案管理, 会计档案管理 …): they name a kind of work as much as a matter.
    /// </summary>
    private HashSet<string> FindGenericWordings()
    {
        var inside = new Dictionary<string, HashSet<Matter>>(StringComparer.Ordinal);
        foreach (var matter in Matters)
        {
            foreach (var text in matter.Wordings.Append(matter.Name).Select(SearchText.Normalize))
            {
                foreach (var hit in ListPhrases.All(text).Where(h => h.Length <= GenericLength && h.Length < text.Length))
                {
                    foreach (var owner in hit.Values.Where(o => o != matter && TopField(o.Field) != TopField(matter.Field) && !IsBroaderThan(o, matter)))
                    {
                        if (!inside.TryGetValue(hit.Phrase, out var others))
                        {
                            inside[hit.Phrase] = others = [];
                        }
                        others.Add(matter);
                    }
                }
            }
        }
        return [.. inside.Where(x => x.Value.Count >= GenericSpread).Select(x => x.Key)];
    }

    private static string TopField(string field) => field.Split('/')[0];

    /// <summary>Short wordings that several matters of other fields have inside their own (档案管理, 补助资金): a title naming another matter beside one is about that other matter.</summary>
    public IReadOnlySet<string> GenericWordings { get; }

    /// <summary>Whether an everyday word says only what the caller wants (办证, 举报) or filler: it names no matter.</summary>
    private bool IsIntentOnly(string word)
    {
        var kept = new bool[word.Length];
        Array.Fill(kept, true);
        foreach (var hit in ActionQuestionWords.All(word).Concat(ActionTitleWords.All(word)))
        {
            kept.AsSpan(hit.Start, hit.Length).Clear();
        }
        foreach (var hit in CueWords.All(word).Where(h => h.Values.Contains(CueKind.Filler)))
        {
            kept.AsSpan(hit.Start, hit.Length).Clear();
        }
        return kept.Count(k => k) == 0;
    }

    /// <summary>Everyday words made only of what callers want done and filler (办证, 举报, 投诉): they are read as intent, not as a matter.</summary>
    public IReadOnlySet<string> IntentOnlyWords { get; }

    /// <summary>Whether a phrase says nothing but action and filler words (表彰奖励, 城市管理): it names no matter of its own.</summary>
    private bool IsWeak(string phrase)
    {
        var kept = new bool[phrase.Length];
        Array.Fill(kept, true);
        foreach (var hit in ActionTitleWords.All(phrase))
        {
            kept.AsSpan(hit.Start, hit.Length).Clear();
        }
        foreach (var hit in CueWords.All(phrase).Where(h => h.Values.Contains(CueKind.Filler)))
        {
            kept.AsSpan(hit.Start, hit.Length).Clear();
        }
        return kept.Count(k => k) < 2;
    }

    /// <summary>
    /// Wordings made only of action and filler words (表彰奖励, 城市管理): a title naming another
    /// matter beside one of them is about that other matter.
    /// </summary>
    public IReadOnlySet<string> WeakWordings { get; }

    private void AddCues(IEnumerable<string> words, CueKind kind)
    {
        foreach (var word in words)
        {
            CueWords.Add(SearchText.Normalize(word), kind);
        }
    }

    private MatterIndex? _index;

    /// <summary>The matters by the characters of their words, for questions that name none word for word (built when first asked for).</summary>
    public MatterIndex Index => _index ??= new MatterIndex(Matters, SearchText.Normalize);

    /// <summary>The catalogue that ships with the product (read once from this assembly's resources).</summary>
    public static MatterCatalogue Shipped => ShippedCatalogue.Value;

    private static MatterCatalogue ReadShipped()
    {
        var problems = new List<Problem>();
        var catalogue = CatalogueReader.Read(CatalogueReader.ShippedFiles(), problems);
        return problems.Count == 0 ? catalogue
            : throw new InvalidDataException($"The shipped matter catalogue has {problems.Count} problem(s): {string.Join("; ", problems.Take(20))}");
    }

    public IReadOnlyList<Matter> Matters { get; }
    public IReadOnlyList<UnitKind> UnitKinds { get; }
    public IReadOnlyList<ActionCue> Actions { get; }
    public CatalogueCues Cues { get; }

    /// <summary>Matters that are an aspect of others (安全生产 in 道路运输安全生产): a title naming another matter is about that one.</summary>
    public IReadOnlySet<string> Aspects { get; }

    /// <summary>List wordings and matter names, normalised.</summary>
    internal PhraseMatcher<Matter> ListPhrases { get; } = new();

    /// <summary>Everyday words, normalised.</summary>
    internal PhraseMatcher<Matter> EverydayPhrases { get; } = new();

    internal PhraseMatcher<DutyAction> ActionTitleWords { get; } = new();
    internal PhraseMatcher<DutyAction> ActionQuestionWords { get; } = new();
    internal PhraseMatcher<string> UnitNameWords { get; } = new();
    internal PhraseMatcher<CueKind> CueWords { get; } = new();

    /// <summary>The matter of that name (names compare after normalisation), or null.</summary>
    public Matter? Find(string? name) => name is null ? null : _byName.GetValueOrDefault(SearchText.Normalize(name));

    public Matter? ParentOf(Matter matter) => Find(matter.Parent);

    public IReadOnlyList<Matter> ChildrenOf(Matter matter) => _children.TryGetValue(matter.Name, out var list) ? list : [];

    /// <summary>The broader matters of a matter: its parent, the parent's parent, … (a cycle in the data stops the walk).</summary>
    public IEnumerable<Matter> BroaderOf(Matter matter)
    {
        var seen = 0;
        for (var m = ParentOf(matter); m is not null && m != matter && seen++ < 16; m = ParentOf(m))
        {
            yield return m;
        }
    }

    /// <summary>Whether <paramref name="ancestor"/> is a broader matter of <paramref name="matter"/> (its parent, or the parent's, …).</summary>
    public bool IsBroaderThan(Matter ancestor, Matter matter) => BroaderOf(matter).Contains(ancestor);

    /// <summary>The kinds a unit's name shows (县发改工信科技商务局: 发改, 工信, 科技, 商务), in the order they appear.</summary>
    public IReadOnlyList<string> KindsInName(string unitName) =>
        [.. UnitNameWords.Longest(SearchText.Normalize(unitName)).SelectMany(h => h.Values).Distinct()];

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
        return new MatterCatalogue(matters, UnitKinds, Actions, Cues);
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

/// <summary>What a cue word marks.</summary>
internal enum CueKind
{
    Internal,
    Guidance,
    Filler,
    OffTopic,
}
