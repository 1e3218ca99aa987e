using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Store;
using DutyGraph.Graph.Units;

namespace DutyGraph.Tests.Support;

/// <summary>A small read model written in a test, record by record, for the analyses.</summary>
public sealed class ModelBuilder(string county = "测试县")
{
    private readonly List<Jurisdiction> _jurisdictions = [Jurisdiction.FromName(county, 1)];
    private readonly List<Unit> _units = [];
    private readonly List<Section> _sections = [];
    private readonly List<Duty> _duties = [];
    private readonly List<Holding> _holdings = [];
    private readonly List<Correspondence> _correspondences = [];
    private long _next = 100;

    public string County => county;

    public string Township(string name)
    {
        var full = $"{county}/{name}";
        _jurisdictions.Add(Jurisdiction.FromName(full, _next++));
        return full;
    }

    public Unit Unit(string name, string? jurisdiction = null, DateOnly? abolished = null, string? kind = null)
    {
        var unit = new Unit { Id = _next++, Jurisdiction = jurisdiction ?? county, Name = name, Source = "test", ValidTo = abolished, Kind = kind };
        _units.Add(unit);
        return unit;
    }

    public Section Section(Unit unit, string name, int? staff = null, DateOnly? abolished = null)
    {
        var section = new Section
        {
            Id = _next++, UnitId = unit.Id, Jurisdiction = unit.Jurisdiction, Unit = unit.Name, Name = name, StaffActual = staff, Source = "test", ValidTo = abolished,
        };
        _sections.Add(section);
        return section;
    }

    public Duty Duty(string title, string? category = null, string? basis = null, string? description = null, string? jurisdiction = null)
    {
        var duty = new Duty { Id = _next++, Jurisdiction = jurisdiction ?? county, Title = title, Category = category, Basis = basis, Description = description, Source = "test" };
        _duties.Add(duty);
        return duty;
    }

    /// <summary>A holding by a known unit (and section), or by names that resolve to nothing.</summary>
    public ModelBuilder Holds(Duty duty, Unit? unit, Section? section = null, Role role = Role.Lead, string? unitName = null, string? sectionName = null,
        DateOnly? until = null)
    {
        _holdings.Add(new Holding
        {
            Id = _next++, DutyId = duty.Id, Unit = unit?.Name ?? unitName ?? "?", Section = section?.Name ?? sectionName, Role = role,
            UnitId = unit?.Id, SectionId = section?.Id, Source = "test", ValidTo = until,
        });
        return this;
    }

    public ModelBuilder AnswersTo(string township, Unit office, string countyUnitName, Unit? countyUnit)
    {
        _correspondences.Add(new Correspondence
        {
            Id = _next++, Township = township, TownshipOffice = office.Name, CountyUnit = countyUnitName,
            OfficeUnitId = office.Id, CountyUnitId = countyUnit?.Id, Source = "test",
        });
        return this;
    }

    /// <summary>A correspondence row naming an office that is in no list of the township.</summary>
    public ModelBuilder AnswersTo(string township, string officeName, string countyUnitName, Unit? countyUnit)
    {
        _correspondences.Add(new Correspondence
        {
            Id = _next++, Township = township, TownshipOffice = officeName, CountyUnit = countyUnitName, CountyUnitId = countyUnit?.Id, Source = "test",
        });
        return this;
    }

    public ReadModel Build(DateOnly asOf, string? jurisdiction = null) =>
        ReadModel.Build(jurisdiction ?? county, asOf, _jurisdictions, _units, _sections, _duties, _holdings, _correspondences);
}
