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
public sealed partial class MatterCatalogue
{
    private static readonly Lazy<MatterCatalogue> ShippedCatalogue = new(ReadShipped);

    private readonly Dictionary<string, Matter> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Matter>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Matter>> _bordering = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ownAffairs = new(StringComparer.Ordinal);
    private readonly Lazy<HashSet<string>> _offTopicPieces;

    public MatterCatalogue(IReadOnlyList<Matter> matters, IReadOnlyList<UnitKind> unitKinds, IReadOnlyList<ActionCue> actions, CatalogueCues cues,
        IReadOnlyList<MatterBoundary>? boundaries = null)
    {
        Matters = matters;
        Boundaries = boundaries ?? [];
        UnitKinds = unitKinds;
        Actions = actions;
        Cues = cues;
        _index = new(() => new MatterIndex(Matters, SearchText.Normalize));
        _offTopicPieces = new(OffTopicPieces);
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
        AddCues(cues.Steps, CueKind.Step);
        Aspects = cues.Aspects.Select(a => Find(a)?.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        WeakWordings = matters.SelectMany(m => m.Wordings.Append(m.Name)).Select(SearchText.Normalize).Where(IsWeak).ToHashSet(StringComparer.Ordinal);
        IntentOnlyWords = matters.SelectMany(m => m.Everyday).Select(SearchText.Normalize).Where(IsIntentOnly).ToHashSet(StringComparer.Ordinal);
        GenericWordings = FindGenericWordings();
        _ownAffairs.UnionWith(cues.OwnAffairs.Select(n => Find(n)?.Name).OfType<string>());
        _generalOffices.UnionWith(cues.GeneralOffices.Select(SearchText.Normalize));
        foreach (var group in cues.People)
        {
            foreach (var word in group)
            {
                PeopleWords.Add(SearchText.Normalize(word), group[0]);
            }
        }
        foreach (var boundary in Boundaries)
        {
            if (Find(boundary.A) is { } a && Find(boundary.B) is { } b && a != b)
            {
                Border(a, b);
                Border(b, a);
            }
        }
    }

    private void Border(Matter matter, Matter other)
    {
        if (!_bordering.TryGetValue(matter.Name, out var list))
        {
            _bordering[matter.Name] = list = [];
        }
        if (!list.Contains(other))
        {
            list.Add(other);
        }
    }

    /// <summary>Whether every unit also has the matter for itself (自身事务), so that a 内部管理 item on it is the unit's own affairs.</summary>
    public bool IsOwnAffair(Matter matter) => _ownAffairs.Contains(matter.Name);

    private readonly HashSet<string> _generalOffices = new(StringComparer.Ordinal);

    /// <summary>Whether a section's name is that of a unit's general office (办公室, 综合科 …).</summary>
    public bool IsGeneralOffice(string section) => _generalOffices.Contains(SearchText.Normalize(section));

    /// <summary>The 职责边界 of the catalogue: pairs of matters two departments each cover from their side.</summary>
    public IReadOnlyList<MatterBoundary> Boundaries { get; }

    /// <summary>The matters a matter borders on (<see cref="Boundaries"/>).</summary>
    public IReadOnlyList<Matter> BorderingOf(Matter matter) => _bordering.TryGetValue(matter.Name, out var list) ? list : [];

    private void AddCues(IEnumerable<string> words, CueKind kind)
    {
        foreach (var word in words)
        {
            CueWords.Add(SearchText.Normalize(word), kind);
        }
    }

    private readonly Lazy<MatterIndex> _index;

    /// <summary>The matters by the characters of their words, for questions that name none word for word (built when first asked for).</summary>
    public MatterIndex Index => _index.Value;

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

    /// <summary>The words of each group of people a duty can be for, to the group's name (烈属 → 退役军人).</summary>
    internal PhraseMatcher<string> PeopleWords { get; } = new();

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
}

/// <summary>What a cue word marks.</summary>
internal enum CueKind
{
    Internal,
    Guidance,
    Filler,
    OffTopic,
    Step,
}
