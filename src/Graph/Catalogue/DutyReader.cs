using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Catalogue;

/// <summary>
/// Reads duties against the catalogue: the matters named in the title (the longest wordings that
/// do not overlap; a wording of action and filler words only and a short wording many matters of
/// other fields have inside theirs (档案管理) come after the others, and an aspect such as 安全生产
/// yields to another matter named beside it), the action (from a 行政X 事项类型, else the action word that ends
/// last in the title), and the scope (本部门/本单位/机关 … internal; 指导乡镇 … guidance).
/// Staff corrections win. Readings are kept per title and category, as lists repeat them.
/// </summary>
public sealed partial class DutyReader(MatterCatalogue catalogue, IReadOnlyCollection<DutyCorrection> corrections)
{
    /// <summary>The 事项类型 of a unit's own management work (内部管理).</summary>
    public const string InternalCategory = "内部管理";
    private const string OwnAffairsField = "机关内部";

    private readonly Dictionary<(string, string), DutyCorrection> _corrections =
        corrections.GroupBy(c => (c.Jurisdiction, c.ListKey)).ToDictionary(g => g.Key, g => g.MaxBy(c => c.At)!);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Title, string? Category), DutyMeaning> _read = new();

    private DutyReader(MatterCatalogue catalogue, IReadOnlyCollection<DutyCorrection> corrections,
        System.Collections.Concurrent.ConcurrentDictionary<(string Title, string? Category), DutyMeaning> read)
        : this(catalogue, corrections)
    {
        _read = read;
    }

    public MatterCatalogue Catalogue => catalogue;

    /// <summary>A reader of the same catalogue with other corrections: the titles it has read are not read again.</summary>
    public DutyReader With(IReadOnlyCollection<DutyCorrection> others) => new(catalogue, others, _read);

    /// <summary>
    /// A reader of another catalogue (the same with staff additions): of the titles read here, those
    /// <paramref name="unchanged"/> says the change cannot touch keep their reading.
    /// </summary>
    public DutyReader For(MatterCatalogue other, IReadOnlyCollection<DutyCorrection> others, Func<string, bool> unchanged) =>
        new(other, others, new(_read.Where(r => unchanged(r.Key.Title))));

    public DutyMeaning Read(Duty duty)
    {
        var meaning = _read.GetOrAdd((duty.Title, duty.Category), k => ReadTitle(k.Title, k.Category));
        return _corrections.TryGetValue((duty.Jurisdiction, duty.ListKey), out var fix) ? Corrected(meaning, fix) : meaning;
    }

    private DutyMeaning Corrected(DutyMeaning read, DutyCorrection fix)
    {
        var matter = fix.Matter is null ? null : catalogue.Find(fix.Matter);
        if (matter is null)
        {
            return read with { Action = fix.Action ?? read.Action, Scope = fix.Scope ?? read.Scope, Source = MeaningSource.Staff };
        }
        // The staff's matter comes first with its own name as its word; the others keep theirs, in step.
        var others = read.Matters.Select((m, i) => (Matter: m, Word: read.MatterWords[i])).Where(x => x.Matter != matter).ToList();
        return read with
        {
            Matters = [matter, .. others.Select(x => x.Matter)],
            MatterWords = [matter.Name, .. others.Select(x => x.Word)],
            Broader = new Dictionary<string, IReadOnlyList<string>>(read.Broader) { [matter.Name] = [.. catalogue.BroaderOf(matter).Select(b => b.Name)] },
            Bordering = new Dictionary<string, IReadOnlyList<string>>(read.Bordering) { [matter.Name] = [.. catalogue.BorderingOf(matter).Select(b => b.Name)] },
            WeakMatters = read.WeakMatters.Where(n => n != matter.Name).ToHashSet(StringComparer.Ordinal),
            RestMatters = [.. read.RestMatters.Where(m => m != matter)],
            Modifier = null,
            Action = fix.Action ?? read.Action,
            Scope = fix.Scope ?? read.Scope,
            Source = MeaningSource.Staff,
        };
    }

    /// <summary>Reads a title (and 事项类型) as the catalogue sees it.</summary>
    public DutyMeaning ReadTitle(string title, string? category)
    {
        var text = SearchText.Normalize(title);
        var hits = catalogue.ListPhrases.Longest(text);
        if (hits.Count == 0)
        {
            // Everyday words that only say what is done (注销, 检疫) name no matter in a title.
            hits = PhraseMatcher<Matter>.Longest(
                [.. catalogue.EverydayPhrases.All(text).Where(h => h.Values.Count == 1 && !catalogue.IntentOnlyWords.Contains(h.Phrase))], text.Length);
        }
        var matters = Matters(hits, out var weak);
        var (action, actionWord) = ActionOf(text, category?.Trim());
        var scope = ScopeOf(text, category?.Trim(), matters);
        var rest = Rest(text, hits);
        var local = matters.Count == 0 ? string.Concat(rest) : "";
        var named = rest.SelectMany(piece => catalogue.ListPhrases.All(piece).Concat(catalogue.EverydayPhrases.All(piece)))
            .Where(h => h.Length >= 2 && !catalogue.WeakWordings.Contains(h.Phrase) && !catalogue.IntentOnlyWords.Contains(h.Phrase)).ToList();
        return new DutyMeaning([.. matters.Select(m => m.Matter)], [.. matters.Select(m => m.Word)], action, actionWord, scope, rest,
            local.Length > 0 ? local : SearchText.Core(title), MeaningSource.Catalogue)
        {
            Broader = matters.ToDictionary(m => m.Matter.Name, m => (IReadOnlyList<string>)[.. catalogue.BroaderOf(m.Matter).Select(b => b.Name)]),
            Bordering = matters.Where(m => catalogue.BorderingOf(m.Matter).Count > 0)
                .ToDictionary(m => m.Matter.Name, m => (IReadOnlyList<string>)[.. catalogue.BorderingOf(m.Matter).Select(b => b.Name)]),
            RestNamed = [.. named.DistinctBy(h => h.Phrase).Select(h => (h.Phrase, h.Values))],
            WeakMatters = weak,
            Step = IsStep(text),
            People = catalogue.PeopleWords.All(text).SelectMany(h => h.Values).ToHashSet(StringComparer.Ordinal),
            Modifier = ModifierOf(text, hits, matters.Count > 0 ? matters[0].Matter : null),
            // A list wording names a matter beside the title's own; an everyday word (隐患, 选举) only one of the title's own field.
            RestMatters = [.. named.Where(h => h.Values.Count == 1 && (catalogue.ListPhrases.Get(h.Phrase) is { Count: > 0 }
                    || matters.Count == 0 || Matter.TopField(h.Values[0].Field) == Matter.TopField(matters[0].Matter.Field)))
                .Select(h => h.Values[0]).Where(m => !matters.Any(x => x.Matter == m)).Distinct()],
        };
    }

    /// <summary>The matters the hits name, most telling first: longer wordings first; aspects and broader matters yield.</summary>
    private List<(Matter Matter, string Word)> Matters(List<PhraseHit<Matter>> hits, out HashSet<string> weak)
    {
        // Telling wordings first, then short ones many fields share (档案管理), then those of action and filler words only (城市管理);
        // of each, longer first, and of two as long, the later one: a Chinese title names its head last (工业企业技术改造投资项目备案).
        int Strength(PhraseHit<Matter> h) => catalogue.WeakWordings.Contains(h.Phrase) ? 2 : catalogue.GenericWordings.Contains(h.Phrase) ? 1 : 0;
        var found = hits.OrderBy(Strength).ThenByDescending(h => h.Length).ThenByDescending(h => h.End)
            .SelectMany(h => h.Values.Select(m => (Matter: m, Word: h.Phrase)))
            .DistinctBy(m => m.Matter.Name).ToList();
        weak = [.. found.Where(m => hits.Where(h => h.Values.Contains(m.Matter)).All(h => Strength(h) > 0)).Select(m => m.Matter.Name)];
        if (found.Count > 1 && found.Any(m => !catalogue.Aspects.Contains(m.Matter.Name)))
        {
            found.RemoveAll(m => catalogue.Aspects.Contains(m.Matter.Name));
        }
        return found;
    }

    /// <summary>A 行政X category says the action; otherwise the action word that ends last in the title (the longer on a tie).</summary>
    private (DutyAction, string) ActionOf(string text, string? category)
    {
        if (category is not null && catalogue.Actions.FirstOrDefault(a => a.Category == category) is { } byCategory)
        {
            return (byCategory.Action, category);
        }
        var last = catalogue.ActionTitleWords.All(text).OrderByDescending(h => h.End).ThenByDescending(h => h.Length).FirstOrDefault();
        return last.Values is { Count: > 0 } ? (last.Values[0], last.Phrase) : (DutyAction.Coordination, "");
    }

    /// <summary>
    /// Internal when the title says so (本部门, 本单位, 机关党建 …), or when a 内部管理 item is about
    /// what every unit does for itself (a 机关内部 matter, one of the catalogue's 自身事务 such as
    /// 党风廉政建设 or 保密工作, or no matter the catalogue knows); a
    /// 内部管理 item about something only some units do for the whole government (督查督办,
    /// 规范性文件合法性审核) is work done for others.
    /// </summary>
    /// <summary>全市教育系统…, 全县卫生健康系统…: a department's work within its own system (本系统), by whatever name it calls itself.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^全[市县区州旗盟][^系]{1,12}系统")]
    private static partial System.Text.RegularExpressions.Regex OwnSystem();

    private DutyScope ScopeOf(string text, string? category, List<(Matter Matter, string Word)> matters)
    {
        var cues = catalogue.CueWords.All(text);
        if (cues.Any(h => h.Values.Contains(CueKind.Internal)) || OwnSystem().IsMatch(text)
            || (category == InternalCategory && (matters.Count == 0 || matters[0].Matter.Field.StartsWith(OwnAffairsField, StringComparison.Ordinal)
                || catalogue.IsOwnAffair(matters[0].Matter))))
        {
            return DutyScope.Internal;
        }
        return cues.Any(h => h.Values.Contains(CueKind.Guidance)) ? DutyScope.Guidance : DutyScope.External;
    }

    /// <summary>Whether a step word (受理, 初审 …) ends the title's action words: what it does is the front end of a procedure.</summary>
    private bool IsStep(string text)
    {
        var step = catalogue.CueWords.All(text).Where(h => h.Values.Contains(CueKind.Step)).Select(h => h.End).DefaultIfEmpty(-1).Max();
        return step >= 0 && catalogue.ActionTitleWords.All(text).All(h => h.End <= step);
    }
}
