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
            var fields = CollectFields(run, root, [operation.SelectionSet]);
            object? data;
            try
            {
                data = await run.Batches.RunAsync(operation.Operation == OperationType.Mutation
                    ? ExecuteSeriallyAsync(run, root, request.RootValue, [], fields)
                    : ExecuteFieldsAsync(run, root, request.RootValue, [], fields), ct);
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

    /// <summary>Thrown when a non-null field is null: the null moves up to the nearest nullable parent.</summary>
    private sealed class PropagatedNull : Exception;
}
