using System.Globalization;
using System.Text;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Analysis.Reports;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;
using DutyGraph.Server.Api;
using static DutyGraph.Server.Pages.PageLayout;

namespace DutyGraph.Server.Pages;

/// <summary>
/// The cleanup review (<c>/cleanup?j=…</c>): a jurisdiction's overlaps (with the matter and why
/// each member is in) and orphans, filtered by kind (<c>show=overlaps|orphans</c>) and unit
/// (<c>unit=…</c>), a bar per unit of its findings, and the report to download
/// (<c>/cleanup/report?j=…&amp;format=html|md|csv|json</c>).
/// </summary>
public static class CleanupPage
{
    public static IEndpointRouteBuilder MapCleanupPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/cleanup", PageAsync).ForReaders();
        routes.MapGet("/cleanup/report", ReportAsync).ForReaders();
        routes.MapCleanupMarks();
        return routes;
    }

    private static async Task<CleanupReport?> ReportOfAsync(DutyGraphSchema api, string jurisdiction, DateOnly day, CancellationToken ct) =>
        await ModelOfAsync(api, jurisdiction, day, ct) is { } model ? CleanupReport.Build(model, ct: ct) : null;

    private static async Task<Graph.Analysis.AnalysisModel?> ModelOfAsync(DutyGraphSchema api, string jurisdiction, DateOnly day, CancellationToken ct)
    {
        try
        {
            return await api.Models.GetAsync(jurisdiction, day, ct);
        }
        catch (StoreException e) when (e.Code == StoreErrorCode.NotFound)
        {
            return null;
        }
    }

    private static async Task<IResult> PageAsync(HttpContext context, DutyGraphSchema api, TimeProvider clock, CancellationToken ct)
    {
        var day = AsOf(context, clock);
        var jurisdiction = context.Request.Query["j"].ToString().Trim();
        var show = context.Request.Query["show"].ToString();
        var unitFilter = context.Request.Query["unit"].ToString().Trim();
        var kind = Enum.TryParse<DuplicateKind>(context.Request.Query["kind"].ToString(), out var k) && Enum.IsDefined(k) ? k : (DuplicateKind?)null;
        var html = new StringBuilder("<h1>清理审查</h1>")
            .Append(CultureInfo.InvariantCulture, $"<form method=\"get\" action=\"/cleanup\"><label for=\"j\">行政区划</label><input id=\"j\" name=\"j\" value=\"{E(jurisdiction)}\" required>")
            .Append(CultureInfo.InvariantCulture, $"<label for=\"asOf\">截至日期</label><input id=\"asOf\" name=\"asOf\" type=\"date\" value=\"{day:yyyy-MM-dd}\">")
            .Append("<label for=\"show\">显示</label><select id=\"show\" name=\"show\">")
            .Append(Option("", "全部", show)).Append(Option("overlaps", "职责重叠", show)).Append(Option("orphans", "无人承担", show)).Append("</select>")
            .Append("<label for=\"kind\">重叠种类</label><select id=\"kind\" name=\"kind\">").Append(Option("", "全部重叠", kind?.ToString() ?? ""))
            .Append(string.Concat(Enum.GetValues<DuplicateKind>().Select(x => Option(x.ToString(), KindName(x) + (x == DuplicateKind.Separated ? "（有意安排）" : ""), kind?.ToString() ?? ""))))
            .Append("</select>")
            .Append(CultureInfo.InvariantCulture, $"<label for=\"unit\">单位</label><input id=\"unit\" name=\"unit\" value=\"{E(unitFilter)}\"><button type=\"submit\">查看</button></form>");
        if (jurisdiction.Length == 0)
        {
            return Page("清理审查", html.Append("<p>请填写要审查的行政区划（县、市或乡镇）。</p>").ToString());
        }
        if (await ModelOfAsync(api, jurisdiction, day, ct) is not { } model)
        {
            return Page("清理审查", html.Append(Alert($"没有名为“{jurisdiction}”的行政区划。")).ToString());
        }
        var report = CleanupReport.Build(model, ct: ct);
        var marked = model.Clusters(DuplicateFinder.DefaultMinScore, includeMarked: true, null, ct).Where(m => m.Mark is not null).ToList();
        var token = StaffSession.IsEditor(context) ? StaffSession.FormToken(context) : null;
        var here = context.Request.Path + context.Request.QueryString;
        var query = $"j={Uri.EscapeDataString(jurisdiction)}&amp;asOf={day:yyyy-MM-dd}";
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(report.Jurisdiction)}，截至{DateText.Format(report.AsOf)}：职责重叠 {report.OverlapCount} 组，无人承担 {report.OrphanCount} 项，人员不足的科室 {report.StaffingCount} 个。")
            .Append("下载报告：")
            .Append(string.Join(" ", new[] { ("html", "网页"), ("md", "Markdown"), ("csv", "CSV"), ("json", "JSON") }
                .Select(f => $"<a href=\"/cleanup/report?{query}&amp;format={f.Item1}\">{f.Item2}</a>")))
            .Append("</p>");
        var showMarked = context.Request.Query["marked"] == "1";
        // Showing or hiding the marked clusters keeps the other filters.
        var filters = query + string.Concat(new[] { ("show", show), ("kind", kind?.ToString() ?? ""), ("unit", unitFilter) }
            .Where(f => f.Item2.Length > 0).Select(f => $"&amp;{f.Item1}={Uri.EscapeDataString(f.Item2)}"));
        html.Append(showMarked
            ? $"<p><a href=\"/cleanup?{filters}\">隐藏已标记的重叠</a></p>"
            : string.Create(CultureInfo.InvariantCulture, $"<p><a href=\"/cleanup?{filters}&amp;marked=1\">显示已标记的重叠（{marked.Count}）</a>{(token is null ? "。编辑登录后可以标记或取消标记。" : "")}</p>"));
        var units = report.Units.Where(u => unitFilter.Length == 0 || u.UnitName.Contains(unitFilter, StringComparison.Ordinal)).ToList();
        var most = Math.Max(1, units.Select(u => u.Overlaps.Count + u.Orphans.Count).DefaultIfEmpty(0).Max());
        html.Append("<h2>各单位问题数</h2><table>");
        foreach (var u in units.OrderByDescending(u => u.Overlaps.Count + u.Orphans.Count))
        {
            var width = 100.0 * (u.Overlaps.Count + u.Orphans.Count) / most;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(u.UnitName)}</td><td style=\"width:60%\"><span style=\"display:inline-block;background:#2b6cb0;height:.8rem;width:{width:0.#}%\" aria-hidden=\"true\"></span> 重叠 {u.Overlaps.Count}，无人承担 {u.Orphans.Count}</td></tr>");
        }
        html.Append("</table>");
        if (show != "orphans")
        {
            // 审管分离 is intentional and not in the report's overlaps: it is listed apart when asked for.
            var clusters = kind == DuplicateKind.Separated
                ? [.. model.Clusters(DuplicateFinder.DefaultMinScore, includeMarked: false, [DuplicateKind.Separated], ct).Select(m => m.Cluster)
                    .Where(c => unitFilter.Length == 0 || c.Members.Any(m => m.Holding.Unit.Contains(unitFilter, StringComparison.Ordinal)))]
                : units.SelectMany(u => u.Overlaps).DistinctBy(c => c.Key).Where(c => kind is null || c.Kind == kind).ToList();
            var count = clusters.Count.ToString(CultureInfo.InvariantCulture);
            html.Append(kind == DuplicateKind.Separated
                ? $"<h2>审管分离（{count}）</h2><p>行政审批局发证、主管部门事中事后监管，属有意安排，不需清理；两家都发证的不在此列，算作重叠。</p>"
                : $"<h2>职责重叠（{count}）</h2>");
            for (var i = 0; i < clusters.Count; i++)
            {
                var c = clusters[i];
                html.Append(CultureInfo.InvariantCulture, $"<article class=\"answers\"><h3>{E(KindName(c.Kind))}：{E(c.Matter)}</h3><ul>");
                foreach (var m in c.Members)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/duties/{m.Duty.Id}?asOf={day:yyyy-MM-dd}\">{E(m.Duty.Title)}</a> — {E(m.Why)}</li>");
                }
                html.Append("</ul><p class=\"reasons\">").Append(E(string.Join("；", c.Explanation))).Append("</p>");
                html.Append(token is null ? "" : CleanupMarks.MarkForm(token, c.Key, here, i)).Append("</article>");
            }
            if (showMarked)
            {
                html.Append(CleanupMarks.Marked(marked, token, here, day));
            }
        }
        if (show != "overlaps")
        {
            var orphans = units.SelectMany(u => u.Orphans).Distinct().ToList();
            html.Append(CultureInfo.InvariantCulture, $"<h2>无人承担（{orphans.Count}）</h2><ul>");
            foreach (var o in orphans)
            {
                html.Append("<li>").Append(E(o.Message)).Append("</li>");
            }
            html.Append("</ul>");
        }
        return Page("清理审查", html.ToString());
    }

    private static async Task<IResult> ReportAsync(HttpContext context, DutyGraphSchema api, TimeProvider clock, CancellationToken ct)
    {
        var jurisdiction = context.Request.Query["j"].ToString().Trim();
        ReportFormat format;
        try
        {
            format = ReportWriter.ParseFormat(context.Request.Query["format"].ToString() is { Length: > 0 } f ? f : "html");
        }
        catch (ArgumentException)
        {
            return Results.BadRequest("format must be html, md, csv or json");
        }
        if (jurisdiction.Length == 0 || await ReportOfAsync(api, jurisdiction, AsOf(context, clock), ct) is not { } report)
        {
            return Results.NotFound($"no jurisdiction is named '{jurisdiction}'");
        }
        var (type, extension) = format switch
        {
            ReportFormat.Html => ("text/html; charset=utf-8", "html"),
            ReportFormat.Markdown => ("text/markdown; charset=utf-8", "md"),
            ReportFormat.Csv => ("text/csv; charset=utf-8", "csv"),
            _ => ("application/json; charset=utf-8", "json"),
        };
        context.Response.Headers.ContentDisposition = $"attachment; filename*=UTF-8''{Uri.EscapeDataString($"清理报告-{jurisdiction.Replace('/', '-')}.{extension}")}";
        return Results.Content(ReportWriter.Write(report, format), type);
    }

    private static string KindName(DuplicateKind kind) => kind switch
    {
        DuplicateKind.Exact => "重复（同名）",
        DuplicateKind.Near => "重复",
        DuplicateKind.Cross => "交叉",
        _ => "审管分离",
    };

    private static string Option(string value, string label, string chosen) =>
        $"<option value=\"{value}\"{(value == chosen ? " selected" : "")}>{label}</option>";

}
