using System.Globalization;
using System.Text;
using DutyGraph.Graph.Analysis;
using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;
using static DutyGraph.Server.Pages.PageLayout;

namespace DutyGraph.Server.Pages;

/// <summary>
/// A reviewer's marks on the cleanup page: an editor marks a cluster INTENTIONAL, RESOLVED or
/// NOT_DUPLICATE with a reason (<c>POST /cleanup/mark</c>), and takes a mark away
/// (<c>POST /cleanup/unmark</c>); marked clusters are listed with who marked them, when and why.
/// </summary>
public static class CleanupMarks
{
    private static readonly (ClusterStatus Status, string Name)[] Statuses =
        [(ClusterStatus.Intentional, "有意安排（保留）"), (ClusterStatus.Resolved, "已解决"), (ClusterStatus.NotDuplicate, "不是重叠")];

    public static IEndpointRouteBuilder MapCleanupMarks(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/cleanup/mark", MarkAsync).ForEditors();
        routes.MapPost("/cleanup/unmark", UnmarkAsync).ForEditors();
        return routes;
    }

    public static string StatusName(ClusterStatus status) => Statuses.First(s => s.Status == status).Name;

    /// <summary>The form under a cluster for an editor: a status, a reason, and the button.</summary>
    public static string MarkForm(string token, string key, string returnUrl, int index) =>
        $"<form method=\"post\" action=\"/cleanup/mark\" class=\"mark\">{token}{Hidden("key", key)}{Hidden("returnUrl", returnUrl)}"
        + $"<label for=\"status{index}\">标记为</label><select id=\"status{index}\" name=\"status\">"
        + string.Concat(Statuses.Select(s => $"<option value=\"{s.Status}\">{E(s.Name)}</option>")) + "</select>"
        + $"<label for=\"reason{index}\">理由</label><input id=\"reason{index}\" name=\"reason\" required maxlength=\"10000\" placeholder=\"例如：两部门按三定分工共管\">"
        + "<button type=\"submit\">标记</button></form>";

    /// <summary>The clusters reviewers marked, with their marks and, for an editor, a button to take each away.</summary>
    public static string Marked(IReadOnlyList<MarkedCluster> marked, string? token, string returnUrl, DateOnly day)
    {
        var html = new StringBuilder($"<h2>已标记的重叠（{marked.Count}）</h2>");
        foreach (var (cluster, mark) in marked)
        {
            html.Append(CultureInfo.InvariantCulture, $"<article class=\"answers marked\"><h3>{E(StatusName(mark!.Status))}：{E(cluster.Matter)}</h3><ul>");
            foreach (var m in cluster.Members)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/duties/{m.Duty.Id}?asOf={day:yyyy-MM-dd}\">{E(m.Duty.Title)}</a>（{E(m.Holding.Unit)}）</li>");
            }
            html.Append(CultureInfo.InvariantCulture, $"</ul><p class=\"reasons\">理由：{E(mark.Reason)}（{E(mark.By ?? "接口")}，{DateText.Format(DateOnly.FromDateTime(mark.At.LocalDateTime))}）</p>");
            if (token is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/cleanup/unmark\">{token}{Hidden("key", cluster.Key)}{Hidden("returnUrl", returnUrl)}<button type=\"submit\">取消标记</button></form>");
            }
            html.Append("</article>");
        }
        return html.ToString();
    }

    private static async Task<IResult> MarkAsync(HttpContext context, Api.DutyGraphSchema api, CancellationToken ct)
    {
        var form = context.Request.Form;
        if (!Enum.TryParse<ClusterStatus>(form["status"].ToString(), out var status) || !Enum.IsDefined(status))
        {
            return Page("没有标记", Alert("没有标记：请从列表中选择“有意安排”“已解决”或“不是重叠”。"), StatusCodes.Status400BadRequest);
        }
        try
        {
            await api.Reviews.MarkClusterAsync(form["key"].ToString(), status, form["reason"].ToString(), StaffSession.Of(context)?.Name, ct);
        }
        catch (StoreException e) when (e.Code == StoreErrorCode.InvalidArgument)
        {
            return Page("没有标记", Alert("没有标记：" + e.Field switch
            {
                "reason" when string.IsNullOrWhiteSpace(form["reason"]) => "请写明理由（为什么是有意安排、已解决或不是重叠）。",
                "reason" => "理由太长了，请写得简短些。",
                _ => "这组重叠已不存在，请刷新页面。",
            }), StatusCodes.Status400BadRequest);
        }
        return Results.Redirect(StaffSession.LocalPath(form["returnUrl"].ToString()));
    }

    private static async Task<IResult> UnmarkAsync(HttpContext context, Api.DutyGraphSchema api, CancellationToken ct)
    {
        var form = context.Request.Form;
        if (form["key"].ToString() is { Length: > 0 } key)
        {
            await api.Reviews.UnmarkClusterAsync(key, ct);
        }
        return Results.Redirect(StaffSession.LocalPath(form["returnUrl"].ToString()));
    }

    private static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{name}\" value=\"{E(value)}\">";
}
