using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Analysis.Search;

/// <summary>
/// Why an answer was given, as a chain a dispatcher reads: the caller's words → the matter → the
/// list's duty (its category and basis) → the unit → the township's correspondence. Words are
/// whole phrases the question and the duty share, never loose character pairs.
/// </summary>
internal static class Reasons
{
    private const int MaxBasis = 60;

    public static IReadOnlyList<string> Chain(QuestionReading reading, QuestionMatter? via, Duty duty, DutyMeaning meaning, Holding holding,
        Unit unit, Unit? county, DutyIndex index, int doc)
    {
        var why = new List<string>();
        if (via is not null)
        {
            var field = via.Matter.Field.Length > 0 ? $"（{via.Matter.Field}）" : "";
            var broader = meaning.Matter is { } own && own != via.Matter ? $"，清单事项属“{own.Name}”" : "";
            why.Add($"问题中的“{via.Words}”→ 事项“{via.Matter.Name}”{field}{broader}");
        }
        else if (SharedWords(reading.Text, index.Titles[doc] + "|" + SearchText.Normalize(duty.Description)) is { Count: > 0 } words)
        {
            why.Add($"问题与清单用词相近：“{string.Join("”“", words)}”");
        }
        var wanted = reading.Intents.Where(i => DutyActions.SameKind(i.Action, meaning.Action)).Select(i => i.Words).Distinct().ToList();
        if (wanted.Count > 0)
        {
            why.Add($"来电所求“{string.Join("、", wanted)}”→ {DutyActions.ChineseName(meaning.Action)}");
        }
        var kind = duty.Category ?? DutyActions.ChineseName(meaning.Action);
        var basis = string.IsNullOrWhiteSpace(duty.Basis) ? "" : $"；依据：{Shorten(duty.Basis.Trim())}";
        why.Add($"→ 清单事项“{duty.Title}”（{kind}{basis}）");
        why.Add($"→ {unit.Name}{(holding.Section is null ? "" : holding.Section)}{Roles.ChineseName(holding.Role)}");
        if (duty.Category == "上级收回")
        {
            why.Add($"乡镇已交回县级：{duty.Title}由{unit.Name}承担（上级收回）");
        }
        if (county is not null)
        {
            why.Add($"→ {unit.Name}对应县直部门{county.Name}（衔接对应表）");
        }
        return why;
    }

    /// <summary>Why a unit is offered when no duty of the lists matches: the matter, and the unit's kind that usually leads it.</summary>
    public static IReadOnlyList<string> KindOnly(QuestionMatter qm, Unit unit, IReadOnlyList<string> kinds) =>
    [
        $"问题中的“{qm.Words}”→ 事项“{qm.Matter.Name}”（{qm.Matter.Field}）",
        $"本地清单中没有该事项；按事项目录，它通常由{string.Join("、", qm.Matter.Leads)}部门主管",
        $"→ {unit.Name}（{string.Join("、", kinds.Intersect(qm.Matter.Leads))}）：仅供参考，请核实",
    ];

    private static string Shorten(string text) => text.Length <= MaxBasis ? text : text[..MaxBasis] + "…";

    /// <summary>The longest pieces (two characters or more, with a Chinese character) the question shares with the text, at most four.</summary>
    public static List<string> SharedWords(string question, string text)
    {
        var found = new List<string>();
        var i = 0;
        while (i < question.Length - 1)
        {
            var length = 0;
            for (var l = 2; i + l <= question.Length && text.Contains(question.AsSpan(i, l), StringComparison.Ordinal); l++)
            {
                length = l;
            }
            if (length >= 2)
            {
                var piece = question.Substring(i, length);
                if (piece.Any(SearchText.IsHan) && !found.Any(f => f.Contains(piece, StringComparison.Ordinal)))
                {
                    found.Add(piece);
                }
                i += length;
            }
            else
            {
                i++;
            }
        }
        return [.. found.OrderByDescending(f => f.Length).Take(4)];
    }
}
