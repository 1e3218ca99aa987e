using DutyGraph.Graph.Common;
using DutyGraph.Graph.Duties;

namespace DutyGraph.Graph.Datasets;

/// <summary>A column of a dataset file: its Chinese and English headers (docs/formats.md).</summary>
public sealed record Column(string Chinese, string English, bool Required = false)
{
    public bool Matches(string header)
    {
        var h = header.Trim();
        return string.Equals(h, Chinese, StringComparison.OrdinalIgnoreCase)
            || string.Equals(h, English, StringComparison.OrdinalIgnoreCase);
    }

    public string Display => $"{Chinese} ({English})";
}

/// <summary>The four files of a dataset folder and their columns, in the order export writes them.</summary>
public static class DatasetFiles
{
    public const string Units = "units.csv";
    public const string Sections = "sections.csv";
    public const string Duties = "duties.csv";
    public const string Correspondences = "correspondences.csv";

    public static readonly IReadOnlyList<string> All = [Units, Sections, Duties, Correspondences];

    public static readonly Column Source = new("来源", "source");

    public static class UnitColumns
    {
        public static readonly Column Jurisdiction = new("行政区划", "jurisdiction", true);
        public static readonly Column Unit = new("单位", "unit", true);
        public static readonly Column Kind = new("类型", "kind");
        public static readonly Column Parent = new("上级单位", "parent");
        public static readonly Column Aliases = new("挂牌名称", "aliases");
        public static readonly Column ColocatedWith = new("合署办公", "colocatedWith");
        public static readonly Column StaffQuota = new("编制数", "staffQuota");
        public static readonly Column ValidFrom = new("设立日期", "validFrom");
        public static readonly Column ValidTo = new("撤销日期", "validTo");

        public static readonly IReadOnlyList<Column> All =
            [Jurisdiction, Unit, Kind, Parent, Aliases, ColocatedWith, StaffQuota, ValidFrom, ValidTo, Source];
    }

    public static class SectionColumns
    {
        public static readonly Column Jurisdiction = new("行政区划", "jurisdiction", true);
        public static readonly Column Unit = new("单位", "unit", true);
        public static readonly Column Section = new("科室", "section", true);
        public static readonly Column Kind = new("类型", "kind");
        public static readonly Column StaffQuota = new("编制数", "staffQuota");
        public static readonly Column StaffActual = new("实有人数", "staffActual");
        public static readonly Column ValidFrom = new("设立日期", "validFrom");
        public static readonly Column ValidTo = new("撤销日期", "validTo");

        public static readonly IReadOnlyList<Column> All =
            [Jurisdiction, Unit, Section, Kind, StaffQuota, StaffActual, ValidFrom, ValidTo, Source];
    }

    public static class DutyColumns
    {
        public static readonly Column Jurisdiction = new("行政区划", "jurisdiction", true);
        public static readonly Column Unit = new("单位", "unit", true);
        public static readonly Column Section = new("科室", "section");
        public static readonly Column Title = new("事项名称", "title", true);

        /// <summary>The columns of the duty's optional text fields (<see cref="Duty.TextFields"/>), headed by their names.</summary>
        public static readonly IReadOnlyList<(TextField<Duty> Field, Column Column)> Texts =
            [.. Duty.TextFields.Select(f => (f, new Column(f.Chinese, f.Name)))];

        /// <summary>事项编码, written before the title; the other text fields follow it.</summary>
        public static readonly Column Code = Texts.Single(t => t.Field == Duty.CodeField).Column;
        public static readonly Column Role = new("角色", "role");
        public static readonly Column ValidFrom = new("生效日期", "validFrom");
        public static readonly Column ValidTo = new("失效日期", "validTo");
        public static readonly Column Status = new("状态", "status");

        public static readonly IReadOnlyList<Column> All =
            [
                Jurisdiction, Unit, Section, Code, Title, .. Texts.Select(t => t.Column).Where(c => c != Code),
                Role, ValidFrom, ValidTo, Status, Source,
            ];
    }

    public static class CorrespondenceColumns
    {
        public static readonly Column Township = new("乡镇", "township", true);
        public static readonly Column TownshipOffice = new("乡镇机构", "townshipOffice", true);
        public static readonly Column CountyUnit = new("县直部门", "countyUnit", true);
        public static readonly Column Note = new("备注", "note");

        public static readonly IReadOnlyList<Column> All = [Township, TownshipOffice, CountyUnit, Note, Source];
    }

    public static IReadOnlyList<Column> ColumnsOf(string file) => file switch
    {
        Units => UnitColumns.All,
        Sections => SectionColumns.All,
        Duties => DutyColumns.All,
        Correspondences => CorrespondenceColumns.All,
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, "not a dataset file"),
    };
}
