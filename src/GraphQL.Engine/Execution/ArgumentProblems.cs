using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;
using DutyGraph.GraphQL.Engine.Validation;

namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>
/// The first thing wrong with an argument's literal at run time, as graphql-js 17's
/// <c>validateInputLiteral</c> finds it (variables known): the message, the node it is about and
/// the path inside the value (<c>.deep.level</c>, <c>[1]</c>). Null when the literal fits.
/// </summary>
internal static class ArgumentProblems
{
    public static (string Message, Node At, string Path)? First(Value literal, GraphType type, IReadOnlyDictionary<string, object?> variables) =>
        Find(literal, type, variables, "");

    public static string PathText(IEnumerable<object> path) =>
        string.Concat(path.Select(p => p is int i ? $"[{i}]" : "." + p));

    private static (string, Node, string)? Find(Value literal, GraphType type, IReadOnlyDictionary<string, object?> variables, string path)
    {
        if (literal is Variable variable)
        {
            if (type is NonNullGraphType)
            {
                if (!variables.TryGetValue(variable.Name.Value, out var value))
                {
                    return ($"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.", literal, path);
                }
                if (value is null)
                {
                    return ($"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.", literal, path);
                }
            }
            return null;
        }
        if (type is NonNullGraphType nonNull)
        {
            return literal is NullValue ? ($"Expected value of non-null type \"{type}\" not to be null.", literal, path) : Find(literal, nonNull.OfType, variables, path);
        }
        if (literal is NullValue)
        {
            return null;
        }
        switch (type)
        {
            case ListGraphType list:
                if (literal is not ListValue items)
                {
                    return Find(literal, list.OfType, variables, path);
                }
                for (var i = 0; i < items.Items.Count; i++)
                {
                    if (Find(items.Items[i], list.OfType, variables, $"{path}[{i}]") is { } inItem)
                    {
                        return inItem;
                    }
                }
                return null;
            case InputObjectGraphType input:
                if (literal is not ObjectValue obj)
                {
                    return (InputObjects.NotAnObject(type, literal), literal, path);
                }
                foreach (var field in input.Fields.Values)
                {
                    var given = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
                    if (given is null || (given.Value is Variable v && !variables.ContainsKey(v.Name.Value) && !(field.Type is NonNullGraphType && field.DefaultValue is null)))
                    {
                        if (given is null && field.Type is NonNullGraphType && field.DefaultValue is null)
                        {
                            return ($"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(obj)}.", obj, path);
                        }
                        continue;
                    }
                    if (Find(given.Value, field.Type, variables, $"{path}.{field.Name}") is { } inField)
                    {
                        return inField;
                    }
                }
                if (InputObjects.MissingOrUnknown(input, obj)?.FirstOrDefault(p => !p.Message.Contains("to include required field", StringComparison.Ordinal)) is { Message: { } message } problem)
                {
                    return (message, obj.Fields.FirstOrDefault(f => f.Location == problem.Location) as Node ?? obj, path);
                }
                return null;
            default:
                return type.NamedType is NamedGraphType named and (ScalarGraphType or EnumGraphType) && ValueRules.LiteralError(literal, named) is { } leaf
                    ? (leaf, literal, path)
                    : null;
        }
    }
}
