using System.Globalization;
using System.Text;
using DutyGraph.Graph.Correspondences;
using DutyGraph.Graph.Units;
using static DutyGraph.Server.Pages.PageLayout;

namespace DutyGraph.Server.Pages;

/// <summary>
/// A township's 衔接对应表 drawn on the server as SVG: its offices on the left, the county units
/// they answer to on the right, a line for each row; a row whose county unit does not exist or
/// is not in being on the date is drawn red and dashed, and says so.
/// </summary>
public static class CorrespondenceDiagram
{
    private const int Row = 28;
    private const int Width = 760;

    public static string Svg(IReadOnlyList<Correspondence> rows, IReadOnlyDictionary<long, Unit> countyUnits, DateOnly day)
    {
        var offices = rows.Select(r => r.TownshipOffice).Distinct().ToList();
        var counties = rows.Select(r => r.CountyUnit).Distinct().ToList();
        var height = (Math.Max(offices.Count, counties.Count) * Row) + 40;
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"衔接对应表\" font-size=\"13\">");
        svg.Append("<text x=\"10\" y=\"16\" font-weight=\"bold\">乡镇机构</text><text x=\"470\" y=\"16\" font-weight=\"bold\">县直部门</text>");
        double Y(int i) => 40 + (i * Row);
        foreach (var row in rows)
        {
            var broken = row.CountyUnitId is not { } id || !countyUnits.TryGetValue(id, out var unit) || !unit.IsValidAt(day);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"290\" y1=\"{Y(offices.IndexOf(row.TownshipOffice)) - 4}\" x2=\"465\" y2=\"{Y(counties.IndexOf(row.CountyUnit)) - 4}\" stroke=\"{(broken ? "#c53030" : "#4a5560")}\" stroke-width=\"1.5\"{(broken ? " stroke-dasharray=\"5 4\"" : "")}><title>{E(row.TownshipOffice)} → {E(row.CountyUnit)}{(broken ? "（对应关系已断）" : "")}</title></line>");
        }
        for (var i = 0; i < offices.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{Y(i)}\">{E(offices[i])}</text>");
        }
        for (var i = 0; i < counties.Count; i++)
        {
            var rowsOf = rows.Where(r => r.CountyUnit == counties[i]).ToList();
            var broken = rowsOf.All(r => r.CountyUnitId is not { } id || !countyUnits.TryGetValue(id, out var unit) || !unit.IsValidAt(day));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"470\" y=\"{Y(i)}\"{(broken ? " fill=\"#c53030\"" : "")}>{E(counties[i])}{(broken ? " ✕ 不存在或已撤销" : "")}</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
