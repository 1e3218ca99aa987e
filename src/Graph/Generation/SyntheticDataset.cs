using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Sections;
using DutyGraph.Graph.Units;
using V = DutyGraph.Graph.Generation.CountyVocabulary;

namespace DutyGraph.Graph.Generation;

/// <summary>
/// Deterministic synthetic counties shaped like real ones (about 40 units, 300 sections,
/// 5,000 duties and 10 townships each), with overlaps and orphans planted at known places,
/// for benchmarks and load tests. The same seed always gives the same dataset.
/// </summary>
public sealed class SyntheticDataset
{
    public const string Source = "合成数据（生成器）";
    public const string AbolishedUnit = "县粮食局";
    public const string MissingSection = "已撤并股";
    public const string MissingCountyUnit = "县城乡规划局";
    private const int TownshipsPerCounty = 10;
    private const int ObjectsAspects = 4;

    private readonly Random _random;
    private readonly List<Row<Unit>> _units = [];
    private readonly List<Row<Section>> _sections = [];
    private readonly List<DutyEntry> _duties = [];
    private readonly List<Row<Correspondence>> _correspondences = [];

    private SyntheticDataset(int seed) => _random = new Random(seed);

    public static Dataset Generate(int counties, int seed = 20241122)
    {
        if (counties is < 1 or > 400)
        {
            throw new ArgumentOutOfRangeException(nameof(counties), counties, "counties must be between 1 and 400");
        }
        var generator = new SyntheticDataset(seed);
        for (var i = 0; i < counties; i++)
        {
            generator.County(i);
        }
        return new Dataset(generator._units, generator._sections, generator._duties, generator._correspondences);
    }

    public static string CountyName(int index) =>
        V.CountyFirst[index % V.CountyFirst.Length] + V.CountySecond[index / V.CountyFirst.Length % V.CountySecond.Length] + "县";

    private void County(int index)
    {
        var county = CountyName(index);
        var n = 0;
        string Code() => $"{index + 1:000}{++n:00000}";
        var plantedTitles = new List<(string Title, string Category, string Basis)>();
        foreach (var template in V.Units)
        {
            AddUnit(county, template.Name, template.Kind, null, 7 + _random.Next(6) * 5);
            foreach (var section in template.Sections)
            {
                AddSection(county, template.Name, section);
            }
            var aspects = V.Aspects.OrderBy(_ => _random.Next()).Take(ObjectsAspects).ToArray();
            foreach (var obj in template.Objects)
            {
                foreach (var aspect in aspects)
                {
                    foreach (var (category, pattern) in V.Patterns)
                    {
                        var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, obj, aspect);
                        var basis = $"《{template.Law}》第{_random.Next(5, 90)}条";
                        var section = template.Sections[1 + _random.Next(template.Sections.Length - 1)];
                        AddDuty(county, Code(), title, category, $"依法对{obj}{aspect}实施{category}，由{section}具体承办。", basis,
                            Holder(template.Name, section, Role.Lead));
                        if (category == "行政处罚" && _random.Next(10) == 0)
                        {
                            plantedTitles.Add((title, category, basis));
                        }
                    }
                }
            }
        }
        PlantOverlaps(county, Code, plantedTitles);
        PlantOrphans(county, Code);
        for (var t = 0; t < TownshipsPerCounty; t++)
        {
            Township(county, $"{county}/{V.TownshipNames[t]}", t == 0, Code);
        }
    }

    private void PlantOverlaps(string county, Func<string> code, List<(string Title, string Category, string Basis)> planted)
    {
        foreach (var (title, category, basis) in planted.Take(20))
        {
            var reworded = title.Replace("对", "", StringComparison.Ordinal).Replace("的行政处罚", "的查处", StringComparison.Ordinal);
            AddDuty(county, code(), reworded, category, "重复设置：与其他部门清单中的处罚事项相同。", basis,
                Holder("县城市管理局", "城市管理综合执法大队", Role.Lead));
        }
    }

    private void PlantOrphans(string county, Func<string> code)
    {
        AddUnit(county, AbolishedUnit, "政府部门", new DateOnly(2019, 3, 1), 6);
        for (var i = 1; i <= 5; i++)
        {
            AddDuty(county, code(), $"粮食收购资格审核（第{i}批）", "行政许可", "机构改革后未明确承接部门。", "《粮食流通管理条例》第九条",
                Holder(AbolishedUnit, null, Role.Lead));
            AddDuty(county, code(), $"粮食储备库房安全检查（第{i}片区）", "行政检查", "清单中无实施主体。", "《粮食流通管理条例》第三十一条");
            AddDuty(county, code(), $"旧城片区排水设施巡查（第{i}片区）", "公共服务", "承办科室已撤并。", "《城镇排水与污水处理条例》第四十条",
                Holder("县住房和城乡建设局", MissingSection, Role.Lead));
        }
        for (var i = 1; i <= 3; i++)
        {
            AddDuty(county, code(), $"农村集体聚餐备案指导（第{i}片区）", "公共服务", "只有配合单位。", "《中华人民共和国食品安全法》第三十六条",
                Holder("县卫生健康委员会", "疾病预防控制股", Role.Support));
        }
    }

    private void Township(string county, string township, bool plantUnmapped, Func<string> code)
    {
        var shortName = township[(township.LastIndexOf('/') + 1)..];
        AddUnit(township, $"{shortName}人民政府", "乡镇", null, 40 + _random.Next(20));
        var offices = V.TownshipOffices;
        for (var o = 0; o < offices.Length; o++)
        {
            var (office, countyUnits, basic) = offices[o];
            var officeName = shortName + office;
            AddUnit(township, officeName, "乡镇", null, 3 + _random.Next(6));
            foreach (var duty in basic)
            {
                AddDuty(township, code(), duty, "基本履职", $"{shortName}负责{duty}。", "乡镇履行职责事项清单", Holder(officeName, null, Role.Lead));
            }
            if (plantUnmapped && o == offices.Length - 1)
            {
                continue;
            }
            foreach (var countyUnit in countyUnits)
            {
                AddCorrespondence(township, officeName, countyUnit);
            }
            if (o == 0 && plantUnmapped)
            {
                AddCorrespondence(township, officeName, MissingCountyUnit);
            }
        }
        foreach (var duty in V.Support)
        {
            var lead = V.TownshipOffices[_random.Next(offices.Length)];
            AddDuty(township, code(), duty, "配合履职", $"{shortName}配合县直部门开展{duty}。", "乡镇履行职责事项清单",
                Holder(lead.CountyUnits[0], null, Role.Lead), Holder(shortName + lead.Office, null, Role.Support));
        }
        foreach (var duty in V.TakenBack)
        {
            var unit = duty switch
            {
                "取水许可" => "县水利局",
                "林木采伐许可" => "县林业局",
                _ => "县行政审批局",
            };
            AddDuty(township, code(), duty, "上级收回", $"{duty}由县级部门行使，乡镇不再承担。", "乡镇履行职责事项清单", Holder(unit, null, Role.Lead));
        }
    }

    private static Holding Holder(string unit, string? section, Role role) =>
        new() { Unit = unit, Section = section, Role = role, Source = Source };

    private void AddUnit(string jurisdiction, string name, string kind, DateOnly? abolished, int quota) =>
        _units.Add(new Row<Unit>(new Unit
        {
            Jurisdiction = jurisdiction, Name = name, Kind = kind, StaffQuota = quota, ValidTo = abolished, Source = Source,
        }, 0));

    private void AddSection(string jurisdiction, string unit, string name)
    {
        var quota = 2 + _random.Next(6);
        _sections.Add(new Row<Section>(new Section
        {
            Jurisdiction = jurisdiction, Unit = unit, Name = name, Kind = KindOf(name), StaffQuota = quota,
            StaffActual = Math.Max(1, quota - _random.Next(2)), Source = Source,
        }, 0));
    }

    private static string KindOf(string section) =>
        section.Contains("执法", StringComparison.Ordinal) || section.Contains("监察", StringComparison.Ordinal) ? "执法"
        : section.Contains("审批", StringComparison.Ordinal) ? "审批"
        : section is "办公室" or "综合股" ? "综合"
        : "业务";

    private void AddDuty(string jurisdiction, string code, string title, string category, string description, string basis, params Holding[] holders) =>
        _duties.Add(new DutyEntry(
            new Row<Duty>(new Duty
            {
                Jurisdiction = jurisdiction, Code = code, Title = title, Category = category, Description = description, Basis = basis,
                Source = Source,
            }, 0),
            [.. holders.Select(h => new Row<Holding>(h, 0))]));

    private void AddCorrespondence(string township, string office, string countyUnit) =>
        _correspondences.Add(new Row<Correspondence>(new Correspondence
        {
            Township = township, TownshipOffice = office, CountyUnit = countyUnit, Source = Source,
        }, 0));
}
