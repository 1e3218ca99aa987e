using System.Globalization;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.Server.Api.Common;

/// <summary>The Date scalar: a calendar day written yyyy-MM-dd, read into a <see cref="DateOnly"/>.</summary>
public static class DateScalar
{
    public const string Format = "yyyy-MM-dd";

    public static ScalarCodec Codec { get; } = new(Parse, Serialize);

    private static object Parse(object value) =>
        value is string text && DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CoercionException($"Date cannot represent value: {Show(value)}; write a date as yyyy-MM-dd, e.g. 2024-08-01");

    private static object Serialize(object value) => value switch
    {
        DateOnly day => day.ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new FieldException($"Date cannot represent value: {Show(value)}"),
    };

    private static string Show(object value) => value is string s ? $"\"{s}\"" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
