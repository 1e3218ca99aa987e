using System.Globalization;
using System.Net;
using System.Text;
using DutyGraph.Graph.Analysis.Search;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Store;
using DutyGraph.Server.Api;
using DutyGraph.Server.Api.Analysis;
using Microsoft.Extensions.Options;

namespace DutyGraph.Server.Pages;

/// <summary>
/// The dispatcher's page (<c>GET /</c>): one box for what the caller says, a jurisdiction
/// picker with townships (type-ahead from the browser's own list), and the answers with their
/// confidence and reasons. The question is in the URL (<c>/?q=…&amp;j=…</c>), so an answer can be
/// sent as a link, and the page is answered on the server: it needs no JavaScript and a
/// keyboard is enough.
/// </summary>
public static class DispatcherPage
{
    public static IEndpointRouteBuilder MapDispatcherPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", RenderAsync).ForReaders();
        routes.MapPost("/feedback", DispatcherFeedback.RecordAsync).ForEditors();
        return routes;
    }

    /// <summary>The dispatcher's page for a question, a jurisdiction and, when one was chosen, a date: what is sent as a link.</summary>
    public static string Link(string question, string jurisdiction, string asOf) =>
        $"/?q={Uri.EscapeDataString(question)}&j={Uri.EscapeDataString(jurisdiction)}" + (asOf.Length > 0 ? $"&asOf={Uri.EscapeDataString(asOf)}" : "");

    private static async Task<IResult> RenderAsync(HttpContext context, DutyGraphSchema api, IGraphStore store, IOptions<AnalysisOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var question = context.Request.Query["q"].ToString().Trim();
        var jurisdiction = context.Request.Query["j"].ToString().Trim();
        var asOf = context.Request.Query["asOf"].ToString().Trim();
        var result = new StringBuilder();
        if (question.Length > 0)
        {
            var feedback = StaffSession.IsEditor(context) ? new DispatcherFeedback.Forms(StaffSession.FormToken(context), question, jurisdiction, asOf) : null;
            var day = PageLayout.AsOf(context, clock);
            result.Append(await AnswersAsync(api, store, options.Value, question, jurisdiction.Length > 0 ? jurisdiction : null, day, feedback, ct));
            result.Append(CultureInfo.InvariantCulture, $"<p class=\"asof\">按 {Graph.Datasets.DateText.Format(day)} 有效的清单回答。</p>");
            if (feedback is null)
            {
                result.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{PageLayout.E(StaffSession.SignInLink(Link(question, jurisdiction, asOf)))}\">编辑登录</a>后可以记录哪个单位是对的。</p>");
            }
        }
        // As the dispatcher types, the page's script asks for the answers alone and puts them in place.
        if (context.Request.Query["partial"] == "1")
        {
            return Results.Content(result.ToString(), "text/html; charset=utf-8");
        }
        var html = new StringBuilder("<h1>谁来管？</h1>")
            .Append("<form method=\"get\" action=\"/\" role=\"search\">")
            .Append("<label for=\"q\">来电人说的事</label>")
            .Append(CultureInfo.InvariantCulture, $"<input id=\"q\" name=\"q\" value=\"{PageLayout.E(question)}\" maxlength=\"{options.Value.MaxQuestionLength}\" autofocus autocomplete=\"off\" placeholder=\"例如：楼下饭店油烟太大\">")
            .Append("<label for=\"j\">行政区划</label>")
            .Append(CultureInfo.InvariantCulture, $"<input id=\"j\" name=\"j\" value=\"{PageLayout.E(jurisdiction)}\" list=\"jurisdictions\" placeholder=\"全部（可输入县或乡镇）\">")
            .Append(asOf.Length > 0 ? $"<input type=\"hidden\" id=\"asOf\" name=\"asOf\" value=\"{PageLayout.E(asOf)}\">" : "")
            .Append("<datalist id=\"jurisdictions\">");
        foreach (var j in (await store.ListJurisdictionsAsync(ct)).OrderBy(j => j.Name, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{PageLayout.E(j.Name)}\">");
        }
        html.Append("</datalist><button type=\"submit\">查询</button></form>");
        if (long.TryParse(context.Request.Query["recorded"], NumberStyles.None, CultureInfo.InvariantCulture, out var recorded)
            && await store.GetUnitAsync(recorded, ct) is { } right)
        {
            html.Append("<p class=\"done\" role=\"status\">已记录：").Append(PageLayout.E(right.Name)).Append(" 承担这件事。以后类似的问题会参考这条反馈。</p>");
        }
        html.Append("<div id=\"result\" aria-live=\"polite\">").Append(result).Append("</div>").Append(AnswerAsYouType);
        return PageLayout.Page("谁来管", html.ToString());
    }

    /// <summary>
    /// The little script that answers as the dispatcher types (a pause of 300 ms, two characters at
    /// least, not while an input method is still composing), keeping the question and the date in
    /// the URL. A question cleared clears the answers; an answer that needs a sign-in (the session
    /// ended) opens the page itself; a failure says to press 查询. Without the script the form is
    /// answered on the server.
    /// </summary>
    private const string AnswerAsYouType = """
        <script>
        (function () {
          var q = document.getElementById('q'), j = document.getElementById('j'), asOf = document.getElementById('asOf');
          var out = document.getElementById('result'), timer = 0, asked = 0;
          function link() {
            var params = new URLSearchParams({ q: q.value.trim(), j: j.value.trim() });
            if (asOf) { params.set('asOf', asOf.value); }
            return '/?' + params;
          }
          function ask() {
            var n = ++asked, here = link();
            if (q.value.trim().length < 2) { out.innerHTML = ''; history.replaceState(null, '', q.value.trim() ? here : '/'); return; }
            fetch(here + '&partial=1', { headers: { Accept: 'text/html' } })
              .then(function (r) {
                if (r.redirected) { window.location.href = here; return null; }
                if (!r.ok) { throw new Error(r.status); }
                return r.text();
              })
              .then(function (html) { if (html !== null && n === asked) { out.innerHTML = html; history.replaceState(null, '', here); } })
              .catch(function () { if (n === asked) { out.innerHTML = '<p class="note" role="alert">暂时无法边输入边回答，请按“查询”。</p>'; } });
          }
          function later(e) { if (e && e.isComposing) { return; } clearTimeout(timer); timer = setTimeout(ask, 300); }
          q.addEventListener('input', later);
          q.addEventListener('compositionend', later);
          j.addEventListener('change', later);
        })();
        </script>
        """;

    private static async Task<string> AnswersAsync(DutyGraphSchema api, IGraphStore store, AnalysisOptions options, string question, string? jurisdiction, DateOnly today,
        DispatcherFeedback.Forms? feedback, CancellationToken ct)
    {
        if (question.Length > options.MaxQuestionLength)
        {
            return PageLayout.Alert($"问题太长了：{question.Length} 个字，最多 {options.MaxQuestionLength} 个字。请说得简短些。");
        }
        Graph.Analysis.IAnalysisSnapshot snapshot;
        try
        {
            snapshot = await api.Models.SnapshotAsync(jurisdiction, today, ct);
        }
        catch (StoreException e) when (e.Code == StoreErrorCode.NotFound)
        {
            return PageLayout.Alert($"没有名为“{jurisdiction}”的行政区划。请从列表中选择，或留空查询全部。");
        }
        var result = snapshot.Ask(question, jurisdiction, 5, ct);
        var html = new StringBuilder("<section aria-label=\"答案\">");
        if (result.Confidence < options.GuessBelow)
        {
            html.Append("<p class=\"guess\"><strong>没有把握</strong>：以下只是猜测，请向来电人再问清楚。");
            if (result.Reading.Matters.Count > 0)
            {
                html.Append("最接近的事项：").Append(PageLayout.E(string.Join("、", result.Reading.Matters.Take(3).Select(m => m.Matter.Name))));
            }
            html.Append("</p>");
        }
        if (result.Answers.Count == 0)
        {
            html.Append("<p>没有找到承担这件事的单位。</p>");
        }
        html.Append("<ol class=\"answers\">");
        foreach (var answer in result.Answers)
        {
            html.Append(Answer(answer, options.GuessBelow, feedback));
        }
        html.Append("</ol>");
        if (feedback is not null && (jurisdiction ?? result.Answers.FirstOrDefault()?.Unit.Jurisdiction) is { } place)
        {
            var units = await store.ListUnitsAsync(new UnitFilter(Jurisdiction: place, ValidAt: today), PageRequest.All, ct);
            html.Append(feedback.PickUnit(place, units.Items.Select(u => u.Name)));
        }
        foreach (var unheld in result.Unheld)
        {
            html.Append("<p class=\"unheld\">").Append(PageLayout.E(unheld.Message)).Append("</p>");
        }
        return html.Append("</section>").ToString();
    }

    private static string Answer(ResponsibilityAnswer answer, double guessBelow, DispatcherFeedback.Forms? feedback)
    {
        var html = new StringBuilder("<li><p class=\"unit\">");
        html.Append(CultureInfo.InvariantCulture, $"<a href=\"/units/{answer.Unit.Id}\">{PageLayout.E(answer.Unit.Name)}</a>");
        if (answer.Section is { } section)
        {
            html.Append(" · ").Append(PageLayout.E(section.Name));
        }
        html.Append(answer.Role == Role.Lead ? " <span class=\"role\">牵头</span>" : " <span class=\"role\">配合</span>");
        html.Append(CultureInfo.InvariantCulture, $" <span class=\"confidence{(answer.Confidence < guessBelow ? " low" : "")}\">把握 {answer.Confidence:P0}</span></p>");
        if (answer.CountyUnit is { } county)
        {
            html.Append("<p class=\"county\">对应县直部门：").Append(PageLayout.E(county.Name)).Append("</p>");
        }
        if (answer.Duty is { } duty)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"duty\">职责事项：<a href=\"/duties/{duty.Id}\">{PageLayout.E(duty.Title)}</a></p>");
        }
        html.Append("<p class=\"reasons\">").Append(PageLayout.E(string.Join(" ", answer.Reasons))).Append("</p>");
        html.Append(feedback?.ThisUnit(answer.Unit)).Append("</li>");
        return html.ToString();
    }
}
