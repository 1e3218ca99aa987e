using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Text;
using R = DutyGraph.Graph.Neo4j.Store.Neo4jRecords;

namespace DutyGraph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    public async Task<Section?> GetSectionAsync(long id, CancellationToken ct) => (await GetSectionsAsync([id], ct)).FirstOrDefault();

    public Task<IReadOnlyList<Section>> GetSectionsAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        RecordsAsync(Cypher.SectionsById.With(("ids", Ids(ids))), R.Section, ct);

    /// <summary>Writes a section over its old fields; the rows naming it follow a rename.</summary>
    private static async Task<Section> WriteSectionInAsync(Neo4jWriter w, Section section, Section old)
    {
        await w.SourcesAsync([section.Source]);
        await w.RunAsync(Cypher.UpdateSection.With(("id", section.Id), ("props", R.Props(section)), ("name", section.Name),
            ("oldKey", NameKey.Of(old.Name)), ("key", NameKey.Of(section.Name))));
        await Neo4jLinker.LinkAllAsync(w);
        return (await w.OneAsync(Cypher.SectionsById, section.Id, R.Section))!;
    }

    public Task<Page<Section>> ListSectionsAsync(SectionFilter filter, PageRequest page, CancellationToken ct) =>
        ListPageAsync(Cypher.ListSections, page, R.Section, s => s.Id, s => s.Name, ct,
        [
            ("unit", filter.UnitId), ("j", filter.Jurisdiction is null ? null : Jurisdiction.Canonical(filter.Jurisdiction)),
            ("kind", filter.Kind), ("name", filter.NameContains), ("at", filter.ValidAt),
        ]);

    public Task<IReadOnlyList<Section>> ListSectionsOfUnitsAsync(IReadOnlyCollection<long> unitIds, CancellationToken ct) =>
        RecordsAsync(Cypher.SectionsOfUnits.With(("ids", Ids(unitIds))), R.Section, ct);
}
