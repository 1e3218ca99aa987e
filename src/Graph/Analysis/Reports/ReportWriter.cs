using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using DutyGraph.Graph.Analysis.Orphans;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;

namespace DutyGraph.Graph.Analysis.Reports;

public enum ReportFormat
{
    Markdown,
    Html,
    Csv,
    Json,
}

/// <summary>The cleanup report as Markdown, a standalone HTML page, CSV (one row a finding) or JSON.</summary>
public static class ReportWriter
{
    public static string Write(CleanupReport report, ReportFormat format) => format switch
    {
        ReportFormat.Markdown => Markdown(report),
        ReportFormat.Html => Html(report),
        ReportFormat.Csv => Csv(report),
        _ => Json(report),
    };

    private static string Title(CleanupReport r) => $"{r.Jurisdiction}职责清理报告（{DateText.Format(r.AsOf)}）";

    private static string Summary(CleanupReport r) =>
        $"职责交叉重复{r.OverlapCount}组，职责缺位（无人承担）{r.OrphanCount}项，小科室{r.StaffingCount}个，涉及{r.Units.Count}个单位。";

    private static string Members(DuplicateCluster c) =>
        string.Join("；", c.Members.Select(m => $"{m.Holding.Unit}{(m.Holding.Section is null ? "" : m.Holding.Section)}：{m.Duty.Title}"));

    private static string Kind(OrphanKind kind) => kind switch
    {
        OrphanKind.Unheld => "无人承担",
        OrphanKind.NoLead => "无牵头单位",
        OrphanKind.AbolishedHolder => "承担单位已撤销",
        OrphanKind.MissingSection => "科室不存在",
        OrphanKind.MissingUnit => "单位不存在",
        OrphanKind.BrokenCorrespondence => "对应县直部门失效",
        _ => "乡镇机构无对应部门",
    };

    public static string Markdown(CleanupReport r)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {Title(r)}").AppendLine().AppendLine(Summary(r)).AppendLine();
        foreach (var unit in r.Units)
        {
            md.AppendLine($"## {unit.UnitName}").AppendLine();
            md.AppendLine($"交叉重复 {unit.Overlaps.Count}，缺位 {unit.Orphans.Count}，小科室 {unit.Staffing.Count}").AppendLine();
            foreach (var c in unit.Overlaps)
            {
                md.AppendLine($"- **{DuplicateKinds.ChineseName(c.Kind)}**（事项：{c.Matter}，把握 {c.Score:0.00}，编号 `{c.Key}`）：{Members(c)}。{string.Join("；", c.Explanation)}");
            }
            foreach (var o in unit.Orphans)
            {
                md.AppendLine($"- **{Kind(o.Kind)}**：{o.Message}");
            }
            foreach (var s in unit.Staffing)
            {
                md.AppendLine($"- **小科室**：{s.Message}");
            }
            md.AppendLine();
        }
        return md.ToString();
    }

    public static string Html(CleanupReport r)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .AppendLine($"<title>{E(Title(r))}</title>")
            .AppendLine("<style>body{font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#222}"
                + "h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}table{border-collapse:collapse;width:100%}"
                + "td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#f3f3f3}.kind{white-space:nowrap}"
                + "@media print{body{margin:0}}</style></head><body>")
            .AppendLine($"<h1>{E(Title(r))}</h1>").AppendLine($"<p>{E(Summary(r))}</p>");
        foreach (var unit in r.Units)
        {
            html.AppendLine($"<h2>{E(unit.UnitName)}</h2>")
                .AppendLine($"<p>交叉重复 {unit.Overlaps.Count}，缺位 {unit.Orphans.Count}，小科室 {unit.Staffing.Count}</p>")
                .AppendLine("<table><tr><th>类别</th><th>内容</th><th>说明</th></tr>");
            foreach (var c in unit.Overlaps)
            {
                html.AppendLine($"<tr><td class=\"kind\">{E(DuplicateKinds.ChineseName(c.Kind))}</td><td>{E(Members(c))}</td><td>{E(string.Join("；", c.Explanation))}（把握 {c.Score:0.00}，编号 {E(c.Key)}）</td></tr>");
            }
            foreach (var o in unit.Orphans)
            {
                html.AppendLine($"<tr><td class=\"kind\">{E(Kind(o.Kind))}</td><td>{E(o.Duty?.Title ?? o.Correspondence?.TownshipOffice ?? o.Unit?.Name ?? "")}</td><td>{E(o.Message)}</td></tr>");
            }
            foreach (var s in unit.Staffing)
            {
                html.AppendLine($"<tr><td class=\"kind\">小科室</td><td>{E(s.Section.Name)}（{s.Staff}人）</td><td>{E(s.Message)}</td></tr>");
            }
            html.AppendLine("</table>");
        }
        return html.AppendLine("</body></html>").ToString();
    }

    public static string Csv(CleanupReport r)
    {
        var rows = new List<string[]> { new[] { "单位", "类别", "事项或机构", "说明", "编号" } };
        foreach (var unit in r.Units)
        {
            rows.AddRange(unit.Overlaps.Select(c => new[] { unit.UnitName, DuplicateKinds.ChineseName(c.Kind), Members(c), string.Join("；", c.Explanation), c.Key }));
            rows.AddRange(unit.Orphans.Select(o => new[] { unit.UnitName, Kind(o.Kind), o.Duty?.Title ?? o.Correspondence?.TownshipOffice ?? o.Unit?.Name ?? "", o.Message, "" }));
            rows.AddRange(unit.Staffing.Select(s => new[] { unit.UnitName, "小科室", s.Section.Name, s.Message, "" }));
        }
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvWriter(text);
        foreach (var row in rows)
        {
            csv.WriteRow(row);
        }
        return text.ToString();
    }

    public static string Json(CleanupReport r) => JsonSerializer.Serialize(new
    {
        jurisdiction = r.Jurisdiction,
        asOf = DateText.Format(r.AsOf),
        overlapCount = r.OverlapCount,
        orphanCount = r.OrphanCount,
        staffingCount = r.StaffingCount,
        units = r.Units.Select(u => new
        {
            unit = u.UnitName,
            overlaps = u.Overlaps.Select(c => new
            {
                key = c.Key, kind = c.Kind.ToString(), matter = c.Matter, score = c.Score, explanation = c.Explanation,
                members = c.Members.Select(m => new { unit = m.Holding.Unit, section = m.Holding.Section, duty = m.Duty.Title }),
            }),
            orphans = u.Orphans.Select(o => new { kind = o.Kind.ToString(), duty = o.Duty?.Title, holder = o.Holding?.Unit, message = o.Message }),
            staffing = u.Staffing.Select(s => new { section = s.Section.Name, staff = s.Staff, message = s.Message }),
        }),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static ReportFormat ParseFormat(string text) => text.ToLower(CultureInfo.InvariantCulture) switch
    {
        "md" or "markdown" => ReportFormat.Markdown,
        "html" => ReportFormat.Html,
        "csv" => ReportFormat.Csv,
        "json" => ReportFormat.Json,
        _ => throw new ArgumentException($"--format must be md, html, csv or json; it was '{text}'"),
    };
}
