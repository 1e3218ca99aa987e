using System.Globalization;

namespace DutyGraph.Graph.Datasets;

/// <summary>
/// Dates as staff's spreadsheets hold them: ISO <c>2024-03-01</c>, and what Excel writes on a
/// Chinese system (<c>2024/3/1</c>, <c>2024.3.1</c>, <c>2024年3月1日</c>). Written back as ISO.
/// </summary>
public static class DateText
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseStored(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
