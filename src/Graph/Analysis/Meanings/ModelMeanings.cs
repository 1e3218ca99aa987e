using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Analysis.Meanings;

/// <summary>
/// A read model's duties and units as the catalogue understands them: each duty's matter, action
/// and scope, and each unit's kinds (by its name; a 事业单位 also by its 上级单位, a township
/// office also by the county units it answers to). Worked out once per analysis model.
/// </summary>
public sealed class ModelMeanings
{
    private const string ApprovalKind = "行政审批";

    private readonly Dictionary<long, DutyMeaning> _duties;
    private readonly Dictionary<long, IReadOnlyList<string>> _kinds;

    public ModelMeanings(ReadModel model, DutyReader reader)
    {
        Reader = reader;
        _duties = model.Duties.ToDictionary(d => d.Id, reader.Read);
        var byName = model.Units.GroupBy(u => (u.Jurisdiction, u.Name)).ToDictionary(g => g.Key, g => g.First());
        var answersTo = model.Correspondences.Where(c => c.CountyUnitId is not null)
            .SelectMany(c => new[] { c.OfficeUnitId, c.OfficeSectionId is { } s ? model.SectionById.GetValueOrDefault(s)?.UnitId : null }
                .OfType<long>().Select(office => (Office: office, County: c.CountyUnitId!.Value)))
            .ToLookup(x => x.Office, x => x.County);
        var own = model.Units.ToDictionary(u => u.Id, u => reader.Catalogue.KindsInName(u.Name));
        _kinds = model.Units.ToDictionary(u => u.Id, u =>
        {
            IEnumerable<string> kinds = own[u.Id];
            if (u.Parent is not null && Jurisdictions.Jurisdiction.SelfAndAncestors(u.Jurisdiction)
                .Select(j => byName.GetValueOrDefault((j, u.Parent))).FirstOrDefault(p => p is not null) is { } parent)
            {
                kinds = kinds.Concat(own[parent.Id]);
            }
            kinds = kinds.Concat(answersTo[u.Id].SelectMany(c => own.GetValueOrDefault(c) ?? []));
            return (IReadOnlyList<string>)[.. kinds.Distinct()];
        });
    }

    public DutyReader Reader { get; }

    public MatterCatalogue Catalogue => Reader.Catalogue;

    public DutyMeaning Of(Duty duty) => _duties.TryGetValue(duty.Id, out var meaning) ? meaning : Reader.Read(duty);

    /// <summary>The unit's kinds (市场监管, 公安 …), most telling first; empty when neither its name nor its links show one.</summary>
    public IReadOnlyList<string> KindsOf(Unit unit) => _kinds.TryGetValue(unit.Id, out var kinds) ? kinds : Catalogue.KindsInName(unit.Name);

    /// <summary>Whether the unit is a 行政审批局 holding concentrated licensing powers.</summary>
    public bool IsApprovalBody(Unit unit) => Catalogue.KindsInName(unit.Name).Contains(ApprovalKind);
}
