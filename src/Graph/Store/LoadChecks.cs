using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Text;
using DutyGraph.Graph.Units;

namespace DutyGraph.Graph.Store;

/// <summary>
/// The errors and warnings of a bulk load, the same in every store: a section's unit must
/// exist and a section is defined once; a holder, office, county unit, parent or 合署办公
/// partner that does not resolve is imported as written, with a warning naming the file and line.
/// </summary>
internal sealed class LoadChecks(IDatasetSource source)
{
    private readonly Dictionary<(long, string), int> _sectionsSeen = [];

    public List<Problem> Errors { get; } = [];
    public List<Problem> Warnings { get; } = [];

    /// <summary>The unit a sections.csv row belongs to, or null (with an error) if it names none or repeats a section.</summary>
    public long? SectionUnit(Row<Section> row, NameIndex names)
    {
        var s = row.Value;
        if (names.FindUnitIn(s.Jurisdiction, s.Unit) is not { } unitId)
        {
            Errors.Add(Problem.Error(DatasetFiles.Sections, row.Line, source.ColumnNumber(DatasetFiles.Sections, DatasetFiles.SectionColumns.Unit),
                $"单位 (unit): '{s.Unit}' is not a unit of {s.Jurisdiction}: add it to units.csv"));
            return null;
        }
        var key = (unitId, NameKey.Of(s.Name));
        if (!_sectionsSeen.TryAdd(key, row.Line))
        {
            Errors.Add(Problem.Error(DatasetFiles.Sections, row.Line, source.ColumnNumber(DatasetFiles.Sections, DatasetFiles.SectionColumns.Section),
                $"the section '{s.Name}' of {s.Unit} in {s.Jurisdiction} is defined twice (first on line {_sectionsSeen[key]}, naming the unit by another of its names)"));
            return null;
        }
        return unitId;
    }

    public void Holder(int line, string jurisdiction, string unit, string? section, long? unitId, long? sectionId)
    {
        if (unitId is null)
        {
            Warnings.Add(Problem.Warning(DatasetFiles.Duties, line, null,
                $"the holder '{unit}' is not a unit of {jurisdiction} or above it: imported as written, and an orphan until it exists"));
        }
        else if (section is not null && sectionId is null)
        {
            Warnings.Add(Problem.Warning(DatasetFiles.Duties, line, null,
                $"the section '{section}' is not a section of {unit}: imported as written, and an orphan until it exists"));
        }
    }

    public void Correspondence(int line, string township, string office, string countyUnit, NameIndex names)
    {
        if (names.ResolveOffice(township, office) is (null, null))
        {
            Warnings.Add(Problem.Warning(DatasetFiles.Correspondences, line, null, $"the township office '{office}' is not a unit or section of {township}"));
        }
        if (names.ResolveCountyUnit(township, countyUnit) is null)
        {
            Warnings.Add(Problem.Warning(DatasetFiles.Correspondences, line, null,
                $"the county unit '{countyUnit}' does not exist above {township}: the office answers to nobody until it does"));
        }
    }

    public void UnitReferences(Row<Unit> row, NameIndex names)
    {
        var u = row.Value;
        foreach (var (name, what) in new[] { (u.Parent, "上级单位 (parent)"), (u.ColocatedWith, "合署办公 (colocatedWith)") })
        {
            if (name is not null && names.FindUnit(u.Jurisdiction, name) is null)
            {
                Warnings.Add(Problem.Warning(DatasetFiles.Units, row.Line, null, $"{what} '{name}' is not a unit of {u.Jurisdiction} or above it"));
            }
        }
    }

    /// <summary>Refuses the load (with the source's errors first) if anything was wrong.</summary>
    public void ThrowIfErrors()
    {
        var errors = source.Errors.Concat(Errors).ToList();
        if (errors.Count > 0)
        {
            throw new DatasetRejectedException(errors);
        }
    }

    public LoadSummary Summary(int units, int sections, int duties, int holdings, int dutyRows, int correspondences) =>
        new(units, sections, duties, holdings, dutyRows, correspondences, [.. source.Warnings, .. Warnings]);
}
