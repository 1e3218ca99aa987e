using System.Globalization;
using DutyGraph.Graph.Datasets.Csv;
using DutyGraph.Graph.Duties;

namespace DutyGraph.Graph.Datasets;

/// <summary>
/// Typed access to the fields of one row. Each bad value adds an error naming the file,
/// line, column and header, and yields a neutral value so the rest of the row is still checked.
/// </summary>
public sealed class FieldReader(HeaderMap map, CsvRecord record, ICollection<Problem> problems)
{
    /// <summary>
    /// Whether the row cannot stand as a record: a required value is missing or its dates
    /// contradict each other. A row with only a bad optional value is still yielded (with that
    /// value empty) so that rows naming it do not report errors of their own; its error still
    /// refuses the whole import.
    /// </summary>
    public bool Unusable { get; private set; }

    public string? Text(Column column)
    {
        var value = Raw(column)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string Required(Column column)
    {
        var value = Text(column);
        if (value is null && map.IndexOf(column) is null)
        {
            Unusable = true;
            return "";
        }
        if (value is null)
        {
            Error(column, "is required and is empty", unusable: true);
            return "";
        }
        return value;
    }

    public IReadOnlyList<string> List(Column column) =>
        Text(column) is { } text
            ? text.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    public int? Integer(Column column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            && d == decimal.Truncate(d) && d <= int.MaxValue)
        {
            return (int)d;
        }
        Error(column, $"'{text}' is not a whole number of people (0 or more)");
        return null;
    }

    public DateOnly? Date(Column column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        if (DateText.TryParse(text, out var date))
        {
            return date;
        }
        Error(column, $"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2024-03-01");
        return null;
    }

    public Role Role(Column column)
    {
        var text = Text(column) ?? "";
        if (Roles.TryParse(text, out var role))
        {
            return role;
        }
        Error(column, $"'{text}' is not a role: write {Roles.LeadName} (lead) or {Roles.SupportName} (support)");
        return Duties.Role.Lead;
    }

    public void Error(Column column, string message, bool unusable = false)
    {
        Unusable |= unusable;
        problems.Add(Problem.Error(map.File, record.Line, ColumnNumber(column), $"{column.Display}: {message}"));
    }

    public int? ColumnNumber(Column column) => map.IndexOf(column) + 1;

    private string? Raw(Column column) =>
        map.IndexOf(column) is { } i && i < record.Fields.Length ? record.Fields[i] : null;
}
