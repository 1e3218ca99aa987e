using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Store;

/// <summary>
/// Resolves the names people write to stored records, the way docs/formats.md says: a unit in
/// the row's jurisdiction first, then in the jurisdictions above it; its own name before a
/// name it carries (挂牌); a section within its unit. Every store resolves with this one
/// class, so every store links the same rows.
/// </summary>
public sealed class NameIndex
{
    private readonly Dictionary<(string Jurisdiction, string Key), long> _unitNames = [];
    private readonly Dictionary<(string Jurisdiction, string Key), long> _unitAliases = [];
    private readonly Dictionary<(long UnitId, string Key), long> _sections = [];
    private readonly Dictionary<(string Jurisdiction, string Key), List<long>> _sectionsByJurisdiction = [];
    private readonly Dictionary<long, string> _unitJurisdiction = [];

    public void AddUnit(long id, string jurisdiction, string name, IEnumerable<string> aliases)
    {
        _unitNames[(jurisdiction, NameKey.Of(name))] = id;
        _unitJurisdiction[id] = jurisdiction;
        foreach (var alias in aliases)
        {
            _unitAliases.TryAdd((jurisdiction, NameKey.Of(alias)), id);
        }
    }

    public void AddSection(long id, long unitId, string name)
    {
        var key = NameKey.Of(name);
        _sections[(unitId, key)] = id;
        if (_unitJurisdiction.TryGetValue(unitId, out var jurisdiction))
        {
            var k = (jurisdiction, key);
            if (!_sectionsByJurisdiction.TryGetValue(k, out var ids))
            {
                _sectionsByJurisdiction[k] = ids = [];
            }
            ids.Add(id);
        }
    }

    /// <summary>A unit of exactly this jurisdiction, by its name or a name it carries.</summary>
    public long? FindUnitIn(string jurisdiction, string name) => FindByKey(jurisdiction, NameKey.Of(name));

    private long? FindByKey(string jurisdiction, string key) =>
        _unitNames.TryGetValue((jurisdiction, key), out var id) ? id
            : _unitAliases.TryGetValue((jurisdiction, key), out id) ? id
            : null;

    /// <summary>A unit of this jurisdiction or, failing that, of the nearest one above it.</summary>
    public long? FindUnit(string jurisdiction, string name)
    {
        var key = NameKey.Of(name);
        if (FindByKey(jurisdiction, key) is { } here)
        {
            return here;
        }
        foreach (var above in Jurisdiction.SelfAndAncestors(jurisdiction).Skip(1))
        {
            if (FindByKey(above, key) is { } id)
            {
                return id;
            }
        }
        return null;
    }

    public long? FindSection(long unitId, string name) =>
        _sections.TryGetValue((unitId, NameKey.Of(name)), out var id) ? id : null;

    /// <summary>The unit and section a holding names; either is null where it does not resolve.</summary>
    public (long? UnitId, long? SectionId) ResolveHolder(string dutyJurisdiction, string unit, string? section)
    {
        var unitId = FindUnit(dutyJurisdiction, unit);
        var sectionId = unitId is { } u && section is not null ? FindSection(u, section) : null;
        return (unitId, sectionId);
    }

    /// <summary>A township office: a unit of the township, or else the one section of that name among its units.</summary>
    public (long? UnitId, long? SectionId) ResolveOffice(string township, string office)
    {
        if (FindUnitIn(township, office) is { } unitId)
        {
            return (unitId, null);
        }
        return _sectionsByJurisdiction.TryGetValue((township, NameKey.Of(office)), out var ids) && ids.Count == 1
            ? (null, ids[0])
            : (null, null);
    }

    /// <summary>The county unit a township office answers to: looked up above the township.</summary>
    public long? ResolveCountyUnit(string township, string countyUnit) =>
        Jurisdiction.SelfAndAncestors(township).Skip(1).Select(j => FindUnitIn(j, countyUnit)).FirstOrDefault(id => id is not null);
}
