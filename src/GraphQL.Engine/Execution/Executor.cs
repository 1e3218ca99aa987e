using System.Text.Json;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>What to execute: a parsed (and validated) document, which operation, and its variables.</summary>
public sealed record ExecutionRequest(
    Document Document, string? OperationName = null, IReadOnlyDictionary<string, JsonElement>? Variables = null,
    object? RootValue = null, object? UserContext = null);

/// <summary>
/// Executes operations (specification section 6): fields of a query side by side, of a
/// mutation one after another; arguments coerced; values completed by their types; a field's
/// error recorded with its path and the null carried up to the nearest nullable field.
/// </summary>
public sealed partial class Executor(Schema schema, ResolverMap resolvers)
{
    public async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken ct = default)
    {
        try
        {
            var operation = SelectOperation(request.Document, request.OperationName);
            var variables = VariableValues.Coerce(schema, operation, request.Variables);
            if (schema.RootType(operation.Operation) is not { } root)
            {
                return new ExecutionResult(null,
                    [GraphQLError.At($"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", operation)]);
            }
            var run = new Run(request, variables, ct);
            var fields = Plans(run, root, operation, [operation.SelectionSet]);
            object? data;
            try
            {
                data = await run.Batches.RunAsync(operation.Operation == OperationType.Mutation
                    ? ExecuteSeriallyAsync(run, request.RootValue, fields)
                    : ExecuteFieldsAsync(run, request.RootValue, null, fields).AsTask(), ct);
            }
            catch (PropagatedNull)
            {
                data = null;
            }
            return new ExecutionResult(data, run.Errors);
        }
        catch (GraphQLRequestException e)
        {
            return new ExecutionResult(null, e.Errors, HasData: false);
        }
    }

    private static OperationDefinition SelectOperation(Document document, string? name) =>
        Operations.Select(document, name) ?? throw new GraphQLRequestException([new GraphQLError(
            name is not null ? $"Unknown operation named \"{name}\"."
            : document.Definitions.OfType<OperationDefinition>().Any() ? "Must provide operation name if query contains multiple operations."
            : "Must provide an operation.", [])]);

    /// <summary>One execution's state: its variables and the errors found so far (fields may run concurrently).</summary>
    private sealed class Run(ExecutionRequest request, IReadOnlyDictionary<string, object?> variables, CancellationToken ct)
    {
        private readonly List<GraphQLError> _errors = [];

        public ExecutionRequest Request { get; } = request;
        public IReadOnlyDictionary<string, object?> Variables { get; } = variables;
        public CancellationToken Cancellation { get; } = ct;
        public BatchScope Batches { get; } = new();
        public Dictionary<string, FragmentDefinition> Fragments { get; } =
            request.Document.Definitions.OfType<FragmentDefinition>().GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());

        private readonly Dictionary<(ObjectGraphType, object), IReadOnlyList<FieldPlan>> _plans = [];

        /// <summary>The plans of a selection (by identity: an operation or a field's plan) on a type; null until kept.</summary>
        public IReadOnlyList<FieldPlan>? PlansOf(ObjectGraphType type, object selection)
        {
            lock (_plans)
            {
                return _plans.GetValueOrDefault((type, selection));
            }
        }

        /// <summary>Keeps plans for the selection; when another thread kept some first, those are the ones used.</summary>
        public IReadOnlyList<FieldPlan> Keep(ObjectGraphType type, object selection, IReadOnlyList<FieldPlan> plans)
        {
            lock (_plans)
            {
                return _plans.TryAdd((type, selection), plans) ? plans : _plans[(type, selection)];
            }
        }

        public IReadOnlyList<GraphQLError> Errors
        {
            get
            {
                lock (_errors)
                {
                    return [.. _errors];
                }
            }
        }

        public void Add(GraphQLError error)
        {
            lock (_errors)
            {
                _errors.Add(error);
            }
        }
    }

    /// <summary>
    /// One response key of a selection on an object type: its field nodes, its definition
    /// (null when the type has no such field) and resolver, worked out once per execution.
    /// </summary>
    private sealed class FieldPlan(string key, List<Field> nodes, ObjectGraphType parentType, OutputField? definition, FieldResolver? resolver,
        Func<object?, object?>? reader)
    {
        private string? _name;

        public string Key { get; } = key;
        public List<Field> Nodes { get; } = nodes;
        public ObjectGraphType ParentType { get; } = parentType;
        public OutputField? Definition { get; } = definition;
        public FieldResolver? Resolver { get; } = resolver;

        /// <summary>Set when the field is read straight from its parent value (it then needs no resolve context).</summary>
        public Func<object?, object?>? Reader { get; } = reader;

        /// <summary>The named scalar or enum type of a leaf field (nullable or not); null for anything else.</summary>
        public NamedGraphType? Leaf { get; } = (definition?.Type is NonNullGraphType nonNull ? nonNull.OfType : definition?.Type) switch
        {
            ScalarGraphType scalar => scalar,
            EnumGraphType enumType => enumType,
            _ => null,
        };

        public bool TakesNoArguments { get; } = definition?.Arguments.Count == 0 && nodes[0].Arguments.Count == 0;

        /// <summary>Type.field, as error messages name it.</summary>
        public string Name => _name ??= $"{ParentType.Name}.{Definition?.Name}";
    }

    /// <summary>Thrown when a non-null field is null: the null moves up to the nearest nullable parent.</summary>
    private sealed class PropagatedNull : Exception;
}
