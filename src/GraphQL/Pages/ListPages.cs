using System.Globalization;
using System.Text;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Store;
using static DutyGraph.Server.Pages.PageLayout;

namespace DutyGraph.Server.Pages;

/// <summary>
/// The lists, read on the server: a jurisdiction's units (<c>/units?j=…</c>), a unit's 三定 view
/// (<c>/units/{id}</c>: 挂牌 names, sections with staff quota and actual, duties by role,
/// correspondences, validity) and a duty (<c>/duties/{id}</c>: every holder with its role and
/// validity, its 职责内容 and basis). Every page is of a date (<c>asOf</c>, today if left out).
/// </summary>
public static class ListPages
{
    public static IEndpointRouteBuilder MapListPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/units", UnitsAsync).ForReaders();
        routes.MapGet("/units/{id:long}", UnitAsync).ForReaders();
        routes.MapGet("/duties/{id:long}", DutyAsync).ForReaders();
        return routes;
    }

    private static string DateForm(string path, DateOnly day, string? extra = null) =>
        $"<form method=\"get\" action=\"{E(path)}\"><label for=\"asOf\">截至日期</label><input id=\"asOf\" name=\"asOf\" type=\"date\" value=\"{day:yyyy-MM-dd}\">{extra}<button type=\"submit\">查看</button></form>";


    private static string Validity(DateOnly? from, DateOnly? to) =>
        from is null && to is null ? "" : $"{(from is { } f ? DateText.Format(f) : "")}–{(to is { } t ? DateText.Format(t) : "")}";

    private static async Task<IResult> UnitsAsync(HttpContext context, IGraphStore store, TimeProvider clock, CancellationToken ct)
    {
        var day = AsOf(context, clock);
        var jurisdiction = context.Request.Query["j"].ToString().Trim();
        var html = new StringBuilder("<h1>单位和职责</h1>");
        var all = await store.ListJurisdictionsAsync(ct);
        html.Append("<ul>");
        foreach (var j in all.Where(j => jurisdiction.Length == 0 ? j.Parent is null : j.Parent == jurisdiction))
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/units?j={Uri.EscapeDataString(j.Name)}&amp;asOf={day:yyyy-MM-dd}\">{E(j.Name)}</a></li>");
        }
        html.Append("</ul>");
        if (jurisdiction.Length > 0)
        {
            html.Insert(0, $"<p><a href=\"/units\">全部行政区划</a> › {E(jurisdiction)}</p>");
            html.Append(DateForm("/units", day, $"<input type=\"hidden\" name=\"j\" value=\"{E(jurisdiction)}\">"));
            var units = await store.ListUnitsAsync(new UnitFilter(Jurisdiction: jurisdiction, ValidAt: day), PageRequest.All, ct);
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(jurisdiction)}的单位（{units.Items.Count}）</h2><ul>");
            foreach (var unit in units.Items)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/units/{unit.Id}?asOf={day:yyyy-MM-dd}\">{E(unit.Name)}</a> {E(unit.Kind)}</li>");
            }
            html.Append("</ul>");
            var table = (await store.ListCorrespondencesAsync(new CorrespondenceFilter(Township: jurisdiction), PageRequest.All, ct)).Items;
            if (table.Count > 0)
            {
                var countyUnits = (await store.GetUnitsAsync([.. table.Select(k => k.CountyUnitId).OfType<long>().Distinct()], ct)).ToDictionary(u => u.Id);
                html.Append("<h2>衔接对应表</h2>").Append(CorrespondenceDiagram.Svg(table, countyUnits, day));
            }
        }
        return Page("单位和职责", html.ToString());
    }

    private static async Task<IResult> UnitAsync(long id, HttpContext context, IGraphStore store, TimeProvider clock, CancellationToken ct)
    {
        var day = AsOf(context, clock);
        if (await store.GetUnitAsync(id, ct) is not { } unit)
        {
            return Page("没有这个单位", $"<p class=\"note\">没有编号为 {id} 的单位。</p>", StatusCodes.Status404NotFound);
        }
        var sections = await store.ListSectionsOfUnitsAsync([id], ct);
        var holdings = await store.ListHoldingsByAsync(HoldingLink.Unit, [id], ct);
        var duties = (await store.GetDutiesAsync([.. holdings.Select(h => h.DutyId).Distinct()], ct)).ToDictionary(d => d.Id);
        var correspondences = (await store.ListCorrespondencesByAsync(CorrespondenceLink.CountyUnit, [id], ct))
            .Concat(await store.ListCorrespondencesByAsync(CorrespondenceLink.OfficeUnit, [id], ct)).DistinctBy(k => k.Id).ToList();
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"/units?j={Uri.EscapeDataString(unit.Jurisdiction)}&amp;asOf={day:yyyy-MM-dd}\">{E(unit.Jurisdiction)}</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<h1>{E(unit.Name)}</h1>")
            .Append(DateForm($"/units/{id}", day))
            .Append(CultureInfo.InvariantCulture, $"<p>类型：{E(unit.Kind)}　编制：{unit.StaffQuota?.ToString(CultureInfo.InvariantCulture) ?? "—"}　{(unit.IsValidAt(day) ? "在设" : "该日不在设")} {E(Validity(unit.ValidFrom, unit.ValidTo))}</p>");
        if (unit.Aliases.Count > 0)
        {
            html.Append("<p>挂牌：").Append(E(string.Join("、", unit.Aliases))).Append("</p>");
        }
        html.Append("<h2>科室</h2><table><tr><th>科室</th><th>编制</th><th>实有</th><th>有效期</th></tr>");
        foreach (var s in sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"{(s.IsValidAt(day) ? "" : "ended")}\"><td>{E(s.Name)}</td><td>{s.StaffQuota}</td><td>{s.StaffActual}</td><td>{E(Validity(s.ValidFrom, s.ValidTo))}</td></tr>");
        }
        html.Append("</table>");
        foreach (var (role, heading) in new[] { (Role.Lead, "牵头的职责"), (Role.Support, "配合的职责") })
        {
            var held = holdings.Where(h => h.Role == role && h.IsValidAt(day) && duties.ContainsKey(h.DutyId)).ToList();
            html.Append(CultureInfo.InvariantCulture, $"<h2>{heading}（{held.Count}）</h2><ul>");
            foreach (var h in held.OrderBy(h => duties[h.DutyId].Title, StringComparer.Ordinal))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/duties/{h.DutyId}?asOf={day:yyyy-MM-dd}\">{E(duties[h.DutyId].Title)}</a>{(h.Section is { } sec ? "（" + E(sec) + "）" : "")}</li>");
            }
            html.Append("</ul>");
        }
        if (correspondences.Count > 0)
        {
            html.Append("<h2>衔接对应</h2><ul>");
            foreach (var k in correspondences)
            {
                html.Append("<li>").Append(E(k.Township)).Append(' ').Append(E(k.TownshipOffice)).Append(" ↔ ").Append(E(k.CountyUnit)).Append("</li>");
            }
            html.Append("</ul>");
        }
        return Page(unit.Name, html.ToString());
    }

    private static async Task<IResult> DutyAsync(long id, HttpContext context, IGraphStore store, TimeProvider clock, CancellationToken ct)
    {
        var day = AsOf(context, clock);
        if (await store.GetDutyAsync(id, ct) is not { } duty)
        {
            return Page("没有这个职责", $"<p class=\"note\">没有编号为 {id} 的职责事项。</p>", StatusCodes.Status404NotFound);
        }
        var holdings = await store.ListHoldingsByAsync(HoldingLink.Duty, [id], ct);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"/units?j={Uri.EscapeDataString(duty.Jurisdiction)}&amp;asOf={day:yyyy-MM-dd}\">{E(duty.Jurisdiction)}</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<h1>{E(duty.Title)}</h1>")
            .Append(DateForm($"/duties/{id}", day))
            .Append(CultureInfo.InvariantCulture, $"<p>事项编码：{E(duty.Code ?? "—")}　事项类型：{E(duty.Category ?? "—")}{(duty.IsCancelledAt(day) ? "　<strong>已取消</strong>" : "")}</p>")
            .Append("<h2>职责内容</h2><p>").Append(E(duty.Description ?? "—")).Append("</p>")
            .Append("<h2>实施依据</h2><p>").Append(E(duty.Basis ?? "—")).Append("</p>")
            .Append("<h2>承担单位</h2><table><tr><th>单位</th><th>科室</th><th>角色</th><th>有效期</th></tr>");
        foreach (var h in holdings)
        {
            var unit = h.UnitId is { } unitId ? $"<a href=\"/units/{unitId}?asOf={day:yyyy-MM-dd}\">{E(h.Unit)}</a>" : E(h.Unit) + "（单位不存在）";
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"{(h.IsValidAt(day) ? "" : "ended")}\"><td>{unit}</td><td>{E(h.Section)}</td><td>{(h.Role == Role.Lead ? "牵头" : "配合")}</td><td>{E(Validity(h.ValidFrom, h.ValidTo))}</td></tr>");
        }
        if (holdings.Count == 0)
        {
            html.Append("<tr><td colspan=\"4\">无人承担</td></tr>");
        }
        html.Append("</table>");
        return Page(duty.Title, html.ToString());
    }
}
