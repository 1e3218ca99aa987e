namespace DutyGraph.Graph.Common;

/// <summary>
/// An optional text field of a record, described once: its <see cref="Name"/> is the GraphQL
/// field, the Neo4j property and the CSV file's English header; <see cref="Column"/> (its
/// snake_case) is the SQLite column; <see cref="Chinese"/> the CSV file's Chinese header. The
/// CSV rows, both stores and the API read and write such fields from their record's list, so a
/// new one is added in the record and its migration (docs/adding-a-field.md). A
/// <see cref="Long"/> field is free text (the API's text limit); otherwise it is a short name.
/// </summary>
public sealed partial record TextField<T>(string Name, string Chinese, bool Long, Func<T, string?> Get, Func<T, string?, T> Set)
{
    public string Column { get; } = CamelCase().IsMatch(Name) ? SnakeCase(Name)
        : throw new ArgumentException($"a field's name is camelCase letters and digits: '{Name}' is not", nameof(Name));

    /// <summary>The record with each field set by what <paramref name="value"/> reads for it.</summary>
    public static T SetAll(IEnumerable<TextField<T>> fields, T record, Func<TextField<T>, string?> value)
    {
        foreach (var field in fields)
        {
            record = field.Set(record, value(field));
        }
        return record;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z]+(?:[A-Z][a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex CamelCase();

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : "_") + char.ToLowerInvariant(c) : c.ToString()));
}
