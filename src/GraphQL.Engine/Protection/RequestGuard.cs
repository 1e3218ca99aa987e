using System.Globalization;
using System.Text.Json;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Introspection;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Protection;

/// <summary>
/// Measures a validated request's operation (depth, aliases, cost; fragments are measured
/// once each, so a fragment bomb costs no time) and refuses what is over the limits, or
/// introspection when it is switched off.
/// </summary>
public sealed class RequestGuard
{
    private readonly Schema _schema;
    private readonly RequestLimits _limits;
    private readonly IReadOnlyDictionary<string, JsonElement>? _variables;
    private readonly Dictionary<string, Value> _variableDefaults = [];
    private readonly Dictionary<string, FragmentDefinition> _fragments;
    private readonly Dictionary<(string, bool), Measure> _measured = [];
    private readonly List<GraphQLError> _introspection = [];

    private RequestGuard(Schema schema, Document document, RequestLimits limits, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        _schema = schema;
        _limits = limits;
        _variables = variables;
        _fragments = document.Definitions.OfType<FragmentDefinition>().GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The errors that refuse a request's operation; none when it is within the limits.</summary>
    public static IReadOnlyList<GraphQLError> Check(Schema schema, Document document, string? operationName,
        IReadOnlyDictionary<string, JsonElement>? variables, RequestLimits limits)
    {
        var operation = Operations.Select(document, operationName);
        if (operation is null || schema.RootType(operation.Operation) is not { } root)
        {
            return [];
        }
        var guard = new RequestGuard(schema, document, limits, variables);
        foreach (var definition in operation.Variables.Where(v => v.DefaultValue is not null))
        {
            guard._variableDefaults[definition.Variable.Name.Value] = definition.DefaultValue!;
        }
        var measure = guard.MeasureSet(operation.SelectionSet, root, paged: false);
        var errors = new List<GraphQLError>(guard._introspection.Take(1));
        if (measure.Depth > limits.MaxDepth)
        {
            errors.Add(new GraphQLError($"The query is {measure.Depth} fields deep; at most {limits.MaxDepth} are allowed.", [operation.Location]));
        }
        if (measure.Aliases > limits.MaxAliases)
        {
            errors.Add(new GraphQLError($"The query uses {measure.Aliases} aliases; at most {limits.MaxAliases} are allowed.", [operation.Location]));
        }
        if (measure.Cost > limits.MaxCost)
        {
            errors.Add(new GraphQLError(
                $"The query would cost {Format(measure.Cost)} (each field once per item it is resolved for, lists counted by their page size); "
                + $"at most {Format(limits.MaxCost)} is allowed. Ask for smaller pages or fewer nested lists.", [operation.Location]));
        }
        return errors;
    }

    private static string Format(double cost) => cost >= 1e15 ? "more than 10^15" : cost.ToString("#,0", CultureInfo.InvariantCulture);

    private Measure MeasureSet(SelectionSet set, NamedGraphType parent, bool paged)
    {
        var total = new Measure(0, 0, 0);
        foreach (var selection in set.Selections)
        {
            total += selection switch
            {
                Field field => MeasureField(field, parent, paged),
                InlineFragment inline => MeasureSet(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent, paged),
                FragmentSpread spread when _fragments.TryGetValue(spread.Name.Value, out var fragment) => MeasureFragment(fragment, paged),
                _ => new Measure(0, 0, 0),
            };
        }
        return total;
    }

    private Measure MeasureFragment(FragmentDefinition fragment, bool paged)
    {
        if (!_measured.TryGetValue((fragment.Name.Value, paged), out var measure))
        {
            _measured[(fragment.Name.Value, paged)] = new Measure(0, 0, 0);
            measure = MeasureSet(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? _schema.QueryType!, paged);
            _measured[(fragment.Name.Value, paged)] = measure;
        }
        return measure;
    }

    private Measure MeasureField(Field field, NamedGraphType parent, bool paged)
    {
        var alias = field.Alias is null ? 0 : 1;
        if (field.Name.Value is "__schema" or "__type" && !_limits.Introspection)
        {
            _introspection.Add(new GraphQLError(
                $"GraphQL introspection has been disabled, but the requested query contained the field \"{field.Name.Value}\".", [field.Location]));
        }
        if (MetaFields.FieldOf(_schema, parent, field.Name.Value) is not { } definition || field.SelectionSet is null)
        {
            return new Measure(1, 1, alias);
        }
        var pageSize = PageSize(field, definition);
        var multiplier = pageSize ?? (definition.Type is ListGraphType or NonNullGraphType { OfType: ListGraphType } && !paged ? _limits.DefaultListSize : 1);
        var below = MeasureSet(field.SelectionSet, definition.Type.NamedType, paged: pageSize is not null);
        return new Measure(1 + multiplier * below.Cost, 1 + below.Depth, alias + below.Aliases);
    }

    /// <summary>The page size a field asks for: its <c>first</c> argument (a literal or a variable) or that argument's default.</summary>
    private int? PageSize(Field field, OutputField definition)
    {
        if (!definition.Arguments.TryGetValue("first", out var first))
        {
            return null;
        }
        var given = field.Arguments.FirstOrDefault(a => a.Name.Value == "first")?.Value;
        if (given is Variable variable && _variables is not null && _variables.TryGetValue(variable.Name.Value, out var json)
            && json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out var fromVariable))
        {
            return Math.Max(fromVariable, 0);
        }
        if (given is Variable unset && !(_variables?.ContainsKey(unset.Name.Value) ?? false))
        {
            given = _variableDefaults.GetValueOrDefault(unset.Name.Value);
        }
        var literal = given is IntValue ? given : first.DefaultValue;
        return literal is IntValue i && int.TryParse(i.Text, CultureInfo.InvariantCulture, out var size) ? Math.Max(size, 0) : _limits.DefaultListSize;
    }

    private NamedGraphType? TypeOf(NamedType? condition) => condition is null ? null : _schema.GetType(condition.Name.Value);
}

/// <summary>What an operation asks for: its cost, its depth in fields, and how many aliases it uses.</summary>
internal readonly record struct Measure(double Cost, int Depth, int Aliases)
{
    public static Measure operator +(Measure a, Measure b) => new(a.Cost + b.Cost, Math.Max(a.Depth, b.Depth), a.Aliases + b.Aliases);
}
