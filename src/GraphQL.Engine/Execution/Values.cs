using System.Text.Json;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>Coerces an operation's variables from the request's JSON (CoerceVariableValues, 6.4.1).</summary>
internal static class VariableValues
{
    public static IReadOnlyDictionary<string, object?> Coerce(Schema schema, OperationDefinition operation, IReadOnlyDictionary<string, JsonElement>? given)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        foreach (var definition in operation.Variables)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeOf(schema, definition.Type);
            if (type is null || !type.NamedType.IsInputType)
            {
                errors.Add(GraphQLError.At($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type));
                continue;
            }
            if (given is null || !given.TryGetValue(name, out var json))
            {
                if (definition.DefaultValue is not null)
                {
                    values[name] = Coercion.FromLiteral(definition.DefaultValue, type, values);
                }
                else if (type is NonNullGraphType)
                {
                    errors.Add(GraphQLError.At($"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type}\" to be provided.", definition));
                }
                continue;
            }
            try
            {
                values[name] = Coercion.FromJson(json, type);
            }
            catch (CoercionException e)
            {
                var at = e.Path.Count == 0 ? "" : " at " + ArgumentProblems.PathText(e.Path);
                errors.Add(GraphQLError.At($"Variable \"${name}\" has invalid value{at}: {e.Message}", definition));
            }
        }
        return errors.Count == 0 ? values : throw new GraphQLRequestException(errors);
    }

    public static GraphType? TypeOf(Schema schema, TypeReference reference) => reference switch
    {
        NamedType named => schema.GetType(named.Name.Value),
        ListType list => TypeOf(schema, list.OfType) is { } inner ? new ListGraphType(inner) : null,
        NonNullType nonNull => TypeOf(schema, nonNull.OfType) is { } inner ? new NonNullGraphType(inner) : null,
        _ => null,
    };
}

/// <summary>Coerces a field's arguments (CoerceArgumentValues, 6.4.1); a bad one fails the field, not the request.</summary>
internal static class ArgumentValues
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <summary>The arguments of a field (<paramref name="coordinate"/> Query.echo) or a directive (@skip).</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        OrderedDictionary<string, InputValue> definitions, IReadOnlyList<Argument> given, IReadOnlyDictionary<string, object?> variables, Node at, string coordinate)
    {
        if (definitions.Count == 0)
        {
            return None;
        }
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions.Values)
        {
            var argument = given.FirstOrDefault(a => a.Name.Value == definition.Name);
            var missing = argument is null || (argument.Value is Variable v && !variables.ContainsKey(v.Name.Value));
            if (missing)
            {
                if (definition.DefaultValue is not null)
                {
                    values[definition.Name] = Coercion.FromLiteral(definition.DefaultValue, definition.Type, variables);
                }
                else if (argument is null && definition.Type is NonNullGraphType)
                {
                    throw new LocatedFieldException($"Argument \"{coordinate}({definition.Name}:)\" of required type \"{definition.Type}\" was not provided.", at);
                }
                if (argument is null || definition.Type is not NonNullGraphType || definition.DefaultValue is not null)
                {
                    continue;
                }
            }
            var literal = argument!.Value;
            // As graphql-js 17: what is wrong, where inside the value, and at which node.
            if (ArgumentProblems.First(literal, definition.Type, variables) is { } problem)
            {
                throw new LocatedFieldException($"Argument \"{coordinate}({definition.Name}:)\" has invalid value{(problem.Path.Length > 0 ? " at " + problem.Path : "")}: {problem.Message}",
                    problem.At);
            }
            values[definition.Name] = Coercion.FromLiteral(literal, definition.Type, variables);
        }
        return values;
    }
}
