using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Jurisdictions;

public enum JurisdictionLevel
{
    Province,
    City,
    County,
    Township,
}

/// <summary>
/// A place with its own lists: <c>上犹县</c>, or a township under its county written as a
/// path, <c>上犹县/营前镇</c>. The path is the hierarchy: a jurisdiction's parent is its
/// path without the last segment.
/// </summary>
public sealed record Jurisdiction(long Id, string Name, JurisdictionLevel Level, string? Parent)
{
    public const char Separator = '/';

    public string ShortName => Name[(Name.LastIndexOf(Separator) + 1)..];

    public static Jurisdiction FromName(string name, long id = 0)
    {
        var canonical = Canonical(name);
        var cut = canonical.LastIndexOf(Separator);
        var parent = cut < 0 ? null : canonical[..cut];
        return new Jurisdiction(id, canonical, LevelOf(canonical, parent), parent);
    }

    /// <summary>The name in the form stored and matched: each segment keyed, no empty segments.</summary>
    public static string Canonical(string name) =>
        IsCanonical(name) ? name : string.Join(Separator, name.Replace('／', Separator).Split(Separator)
            .Select(NameKey.Of).Where(s => s.Length > 0));

    private static bool IsCanonical(string name)
    {
        if (name.Length == 0 || name[0] == Separator || name[^1] == Separator || name.Contains('／') || name.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var range in name.AsSpan().Split(Separator))
        {
            if (!NameKey.IsKey(name.AsSpan()[range]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>This jurisdiction and those above it, nearest first.</summary>
    public static IEnumerable<string> SelfAndAncestors(string canonicalName)
    {
        var name = canonicalName;
        while (true)
        {
            yield return name;
            var cut = name.LastIndexOf(Separator);
            if (cut < 0)
            {
                yield break;
            }
            name = name[..cut];
        }
    }

    private static JurisdictionLevel LevelOf(string name, string? parent)
    {
        var last = name[(name.LastIndexOf(Separator) + 1)..];
        if (last.EndsWith('省') || last.EndsWith("自治区", StringComparison.Ordinal))
        {
            return JurisdictionLevel.Province;
        }
        if (last.EndsWith('镇') || last.EndsWith('乡') || last.EndsWith("街道", StringComparison.Ordinal))
        {
            return JurisdictionLevel.Township;
        }
        var underCity = parent is not null && parent.EndsWith('市');
        return last.EndsWith('市') && !underCity ? JurisdictionLevel.City : JurisdictionLevel.County;
    }

    public static string LevelName(JurisdictionLevel level) => level switch
    {
        JurisdictionLevel.Province => "省",
        JurisdictionLevel.City => "市",
        JurisdictionLevel.County => "县",
        _ => "乡镇",
    };
}
