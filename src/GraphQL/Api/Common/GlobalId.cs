using System.Globalization;
using System.Text;
using DutyGraph.GraphQL.Engine.Execution;

namespace DutyGraph.Server.Api.Common;

/// <summary>Global ids: the type name and the record's id, base64-encoded, so node(id:) can tell what an id is.</summary>
public static class GlobalId
{
    public static string Of(string type, long id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{id.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>The type and record id of a global id; null when it is not one.</summary>
    public static (string Type, long Id)? Parse(string globalId)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
            var cut = text.IndexOf(':', StringComparison.Ordinal);
            if (cut > 0 && long.TryParse(text.AsSpan(cut + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return (text[..cut], id);
            }
        }
        catch (FormatException)
        {
        }
        return null;
    }

    /// <summary>The record id of a global id that must be of this type; refused, naming the argument, otherwise.</summary>
    public static long IdOf(string type, string globalId, string argument) =>
        Parse(globalId) is (var t, var id) && t == type
            ? id
            : throw new FieldException($"Argument \"{argument}\": \"{globalId}\" is not the id of a {type}.");
}
