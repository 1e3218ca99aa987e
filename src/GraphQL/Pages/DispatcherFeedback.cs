using System.Globalization;
using DutyGraph.Graph.Store;

namespace DutyGraph.Server.Pages;

/// <summary>Feedback from the dispatcher's page: the forms an editor sees under the answers, and what they post to.</summary>
public static class DispatcherFeedback
{
    /// <summary>
    /// An editor's feedback from the page: the unit an answer named (<c>unit</c>, its id) or one
    /// picked by name (<c>unitName</c>, in the question's jurisdiction) was right. Back to the
    /// answer with what was recorded; a refusal says which field and why.
    /// </summary>
    public static async Task<IResult> RecordAsync(HttpContext context, IGraphStore store, Api.DutyGraphSchema api, CancellationToken ct)
    {
        var form = context.Request.Form;
        var (question, jurisdiction, asOf) = (form["q"].ToString().Trim(), form["j"].ToString().Trim(), form["asOf"].ToString().Trim());
        long unitId;
        if (long.TryParse(form["unit"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            unitId = id;
        }
        else if (form["unitName"].ToString().Trim() is { Length: > 0 } name
            && await store.FindUnitAsync(form["unitJurisdiction"].ToString().Trim(), name, ct) is { } named)
        {
            unitId = named.Id;
        }
        else
        {
            return PageLayout.Page("没有记录", PageLayout.Alert($"没有找到名为“{form["unitName"]}”的单位：请从列表中选择一个单位后再提交。"), StatusCodes.Status400BadRequest);
        }
        try
        {
            await api.Reviews.RecordFeedbackAsync(question, jurisdiction.Length > 0 ? jurisdiction : null, unitId, ct);
        }
        catch (StoreException e) when (e.Code is StoreErrorCode.InvalidArgument or StoreErrorCode.NotFound)
        {
            return PageLayout.Page("没有记录", PageLayout.Alert(e.Field switch
            {
                "question" => question.Length == 0 ? "没有记录：问题是空的。请先输入来电人说的事。" : "没有记录：问题太长了，请说得简短些。",
                "jurisdiction" => $"没有记录：没有名为“{jurisdiction}”的行政区划。",
                _ => "没有记录：这个单位已不存在，请刷新页面后重新选择。",
            }), StatusCodes.Status400BadRequest);
        }
        return Results.Redirect(DispatcherPage.Link(question, jurisdiction, asOf) + $"&recorded={unitId}");
    }

    /// <summary>The feedback forms an editor sees under the answers: "this unit was right", or pick the right one.</summary>
    public sealed record Forms(string Token, string Question, string Jurisdiction, string AsOf)
    {
        private string Hidden => Token + $"<input type=\"hidden\" name=\"q\" value=\"{PageLayout.E(Question)}\"><input type=\"hidden\" name=\"j\" value=\"{PageLayout.E(Jurisdiction)}\">"
            + $"<input type=\"hidden\" name=\"asOf\" value=\"{PageLayout.E(AsOf)}\">"
            + $"<input type=\"hidden\" name=\"returnUrl\" value=\"{PageLayout.E(DispatcherPage.Link(Question, Jurisdiction, AsOf))}\">";

        public string ThisUnit(Graph.Units.Unit unit) =>
            $"<div class=\"feedback\"><form method=\"post\" action=\"/feedback\">{Hidden}<input type=\"hidden\" name=\"unit\" value=\"{unit.Id}\">"
            + $"<button type=\"submit\">这个单位对</button></form></div>";

        public string PickUnit(string place, IEnumerable<string> units) =>
            $"<div class=\"feedback\"><form method=\"post\" action=\"/feedback\">{Hidden}<input type=\"hidden\" name=\"unitJurisdiction\" value=\"{PageLayout.E(place)}\">"
            + "<label for=\"unitName\">都不对？正确的单位</label>"
            + "<input id=\"unitName\" name=\"unitName\" list=\"units\" required autocomplete=\"off\"><datalist id=\"units\">"
            + string.Concat(units.Distinct().Order(StringComparer.Ordinal).Select(u => $"<option value=\"{PageLayout.E(u)}\">"))
            + "</datalist><button type=\"submit\">记录</button></form></div>";
    }

}
