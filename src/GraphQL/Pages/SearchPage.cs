using System.Globalization;
using System.Text;
using DutyGraph.Graph.Store;
using static DutyGraph.Server.Pages.PageLayout;

namespace DutyGraph.Server.Pages;

/// <summary>A search over the lists (<c>/search?q=…&amp;j=…</c>): units by name, duties by title or 职责内容.</summary>
public static class SearchPage
{
    public static IEndpointRouteBuilder MapSearchPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/search", SearchAsync).ForReaders();
        return routes;
    }

    /// <summary>The most units and duties a search shows of each.</summary>
    private const int SearchShows = 50;

    /// <summary>Units whose names and duties whose titles or 职责内容 contain the words (in one jurisdiction and those below it, if given).</summary>
    private static async Task<IResult> SearchAsync(HttpContext context, IGraphStore store, TimeProvider clock, CancellationToken ct)
    {
        var day = AsOf(context, clock);
        var words = context.Request.Query["q"].ToString().Trim();
        var jurisdiction = context.Request.Query["j"].ToString().Trim() is { Length: > 0 } j ? j : null;
        var html = new StringBuilder("<h1>查找单位和职责</h1>")
            .Append(CultureInfo.InvariantCulture, $"<form method=\"get\" action=\"/search\" role=\"search\"><label for=\"q\">名称或事项中的字词</label><input id=\"q\" name=\"q\" value=\"{E(words)}\" maxlength=\"200\" autofocus>")
            .Append(CultureInfo.InvariantCulture, $"<label for=\"j\">行政区划（可空）</label><input id=\"j\" name=\"j\" value=\"{E(jurisdiction)}\">")
            .Append(CultureInfo.InvariantCulture, $"<label for=\"asOf\">截至日期（打开单位和职责时按这一天）</label><input id=\"asOf\" name=\"asOf\" type=\"date\" value=\"{day:yyyy-MM-dd}\">")
            .Append("<button type=\"submit\">查找</button></form>");
        if (words.Length is > 0 and <= 200)
        {
            var units = await store.ListUnitsAsync(new UnitFilter(Jurisdiction: jurisdiction, NameContains: words, IncludeLowerJurisdictions: true),
                new PageRequest(SearchShows), ct);
            var duties = await store.ListDutiesAsync(new DutyFilter(Jurisdiction: jurisdiction, TextContains: words, IncludeLowerJurisdictions: true),
                new PageRequest(SearchShows), ct);
            html.Append(CultureInfo.InvariantCulture, $"<h2>单位（{units.TotalCount}）</h2><ul>");
            foreach (var unit in units.Items)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/units/{unit.Id}?asOf={day:yyyy-MM-dd}\">{E(unit.Name)}</a> {E(unit.Jurisdiction)}</li>");
            }
            html.Append(CultureInfo.InvariantCulture, $"</ul><h2>职责事项（{duties.TotalCount}）</h2><ul>");
            foreach (var duty in duties.Items)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/duties/{duty.Id}?asOf={day:yyyy-MM-dd}\">{E(duty.Title)}</a> {E(duty.Jurisdiction)}</li>");
            }
            html.Append("</ul>");
            if (units.TotalCount > SearchShows || duties.TotalCount > SearchShows)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>只显示前 {SearchShows} 条；请加字词或选定行政区划。</p>");
            }
        }
        else if (words.Length > 200)
        {
            html.Append(Alert("字词太长了：最多 200 个字。"));
        }
        return Page("查找", html.ToString());
    }
}
