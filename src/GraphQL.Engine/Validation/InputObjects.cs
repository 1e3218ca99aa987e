using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Messages;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Validation;

/// <summary>
/// What graphql-js 17's <c>validateInputLiteral</c> says of an input object literal before its
/// fields' own values: a required field left out, a field the type does not define (with a
/// suggestion), and a OneOf object without exactly one non-null field. Validation and argument
/// coercion both use it, so they say the same.
/// </summary>
public static class InputObjects
{
    public static string NotAnObject(GraphType type, Value value) => $"Expected value of type \"{type}\" to be an object, found: {Printer.Print(value)}.";

    public static string OneOf(InputObjectGraphType type) =>
        $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>The problems of the literal as a whole, each with where to point; null when there are none.</summary>
    public static List<(string Message, SourceLocation Location)>? MissingOrUnknown(InputObjectGraphType type, ObjectValue value)
    {
        var problems = new List<(string, SourceLocation)>();
        var printed = Printer.Print(value);
        foreach (var field in type.Fields.Values.Where(f => f.Type is NonNullGraphType && f.DefaultValue is null && value.Fields.All(given => given.Name.Value != f.Name)))
        {
            problems.Add(($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {printed}.", value.Location));
        }
        foreach (var field in value.Fields.Where(f => !type.Fields.ContainsKey(f.Name.Value)))
        {
            var suggestion = Suggestions.DidYouMean(Suggestions.Closest(field.Name.Value, type.Fields.Keys));
            problems.Add(($"Expected value of type \"{type.Name}\" not to include unknown field \"{field.Name.Value}\"{(suggestion.Length > 0 ? $".{suggestion} Found" : ", found")}: {printed}.",
                field.Location));
        }
        var known = value.Fields.Where(f => type.Fields.ContainsKey(f.Name.Value)).ToList();
        if (type.IsOneOf && (known.Count != 1 || known[0].Value is NullValue))
        {
            problems.Add((OneOf(type), value.Location));
        }
        return problems.Count > 0 ? problems : null;
    }
}
