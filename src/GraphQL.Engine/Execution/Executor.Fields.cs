using System.Collections;
using DutyGraph.GraphQL.Engine.Introspection;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Execution;

public sealed partial class Executor
{
    private async Task<OrderedDictionary<string, object?>> ExecuteFieldsAsync(
        Run run, ObjectGraphType type, object? source, IReadOnlyList<object> path, OrderedDictionary<string, List<Field>> fields)
    {
        var pending = new List<(string Key, ValueTask<(bool Present, object? Value)> Task)>(fields.Count);
        foreach (var (key, nodes) in fields)
        {
            pending.Add((key, ExecuteFieldAsync(run, type, source, [.. path, key], nodes)));
        }
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        PropagatedNull? propagated = null;
        foreach (var (key, task) in pending)
        {
            try
            {
                var (present, value) = await task;
                if (present)
                {
                    result[key] = value;
                }
            }
            catch (PropagatedNull e)
            {
                propagated = e;
            }
        }
        return propagated is null ? result : throw propagated;
    }

    private async Task<OrderedDictionary<string, object?>> ExecuteSeriallyAsync(
        Run run, ObjectGraphType type, object? source, IReadOnlyList<object> path, OrderedDictionary<string, List<Field>> fields)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, nodes) in fields)
        {
            run.Batches.Forget();
            var (present, value) = await ExecuteFieldAsync(run, type, source, [.. path, key], nodes);
            if (present)
            {
                result[key] = value;
            }
        }
        return result;
    }

    /// <summary>
    /// Resolves and completes one field; (false, null) when the field is unknown to the type. A
    /// leaf whose resolver answers at once completes without an async step (most fields are such).
    /// </summary>
    private ValueTask<(bool Present, object? Value)> ExecuteFieldAsync(Run run, ObjectGraphType type, object? source, IReadOnlyList<object> path, List<Field> nodes)
    {
        var node = nodes[0];
        var definition = MetaFields.FieldOf(schema, type, node.Name.Value);
        if (definition is null)
        {
            return new((false, null));
        }
        try
        {
            run.Cancellation.ThrowIfCancellationRequested();
            if (node.Name.Value == "__typename")
            {
                return new((true, type.Name));
            }
            var resolved = Resolve(run, type, source, path, node, definition);
            if (resolved.IsCompletedSuccessfully && LeafOf(definition.Type) is { } leaf)
            {
                var value = resolved.Result;
                return value is null
                    ? definition.Type is NonNullGraphType
                        ? new(CompleteSlowAsync(run, type, path, nodes, definition, resolved))
                        : new((true, null))
                    : new((true, Coercion.Serialize(value, leaf)));
            }
            return new(CompleteSlowAsync(run, type, path, nodes, definition, resolved));
        }
        catch (Exception e) when (e is not PropagatedNull and not OperationCanceledException)
        {
            return new(CompleteSlowAsync(run, type, path, nodes, definition, ValueTask.FromException<object?>(e)));
        }
    }

    /// <summary>The named scalar or enum type of a leaf field (nullable or not); null for anything else.</summary>
    private static NamedGraphType? LeafOf(GraphType type) => (type is NonNullGraphType nonNull ? nonNull.OfType : type) switch
    {
        ScalarGraphType scalar => scalar,
        EnumGraphType enumType => enumType,
        _ => null,
    };

    private ValueTask<object?> Resolve(Run run, ObjectGraphType type, object? source, IReadOnlyList<object> path, Field node, OutputField definition)
    {
        var arguments = ArgumentValues.Coerce(definition.Arguments, node.Arguments, run.Variables, node);
        var context = new ResolveContext
        {
            Source = source, Arguments = arguments, Field = definition, ParentType = type, Node = node, Schema = schema,
            Path = path, UserContext = run.Request.UserContext, Cancellation = run.Cancellation, Batches = run.Batches,
        };
        return ResolverFor(type, definition)(context);
    }

    private async Task<(bool Present, object? Value)> CompleteSlowAsync(
        Run run, ObjectGraphType type, IReadOnlyList<object> path, List<Field> nodes, OutputField definition, ValueTask<object?> resolving) =>
        (true, await CompleteOrNullAsync(run, definition.Type, nodes, path, resolving, $"{type.Name}.{definition.Name}"));

    /// <summary>
    /// Awaits a field's (or list item's) value and completes it; an error is recorded at its path and
    /// the value becomes null, or, where the type is non-null, the null moves up to the parent.
    /// </summary>
    private async Task<object?> CompleteOrNullAsync(Run run, GraphType type, List<Field> nodes, IReadOnlyList<object> path, ValueTask<object?> value, string fieldName)
    {
        try
        {
            return await CompleteAsync(run, type, nodes, path, await value, fieldName);
        }
        catch (PropagatedNull) when (type is not NonNullGraphType)
        {
            return null;
        }
        catch (Exception e) when (e is not PropagatedNull and not OperationCanceledException)
        {
            run.Add(new GraphQLError(ErrorMessage(e), [e is LocatedFieldException located ? located.At.Location : nodes[0].Location], path));
            return type is NonNullGraphType ? throw new PropagatedNull() : null;
        }
    }

    /// <summary>What a client may read of an exception: messages of the engine's own errors; never a stack trace or internals.</summary>
    private string ErrorMessage(Exception e) => e switch
    {
        FieldException or GraphQLRequestException or CoercionException => e.Message,
        _ => resolvers.DescribeError?.Invoke(e) ?? "Unexpected error.",
    };

    private async Task<object?> CompleteAsync(Run run, GraphType type, List<Field> nodes, IReadOnlyList<object> path, object? value, string fieldName)
    {
        if (type is NonNullGraphType nonNull)
        {
            var completed = await CompleteAsync(run, nonNull.OfType, nodes, path, value, fieldName);
            return completed ?? throw new FieldException($"Cannot return null for non-nullable field {fieldName}.");
        }
        if (value is null)
        {
            return null;
        }
        switch (type)
        {
            case ListGraphType list:
                if (value is string || value is not IEnumerable items)
                {
                    throw new FieldException($"Expected Iterable, but did not find one for field \"{fieldName}\".");
                }
                var pending = new List<Task<object?>>();
                var index = 0;
                foreach (var item in items)
                {
                    pending.Add(CompleteOrNullAsync(run, list.OfType, nodes, [.. path, index++], new ValueTask<object?>(item), fieldName));
                }
                var results = new List<object?>(pending.Count);
                PropagatedNull? propagated = null;
                foreach (var task in pending)
                {
                    try
                    {
                        results.Add(await task);
                    }
                    catch (PropagatedNull e)
                    {
                        propagated = e;
                    }
                }
                if (propagated is not null)
                {
                    throw propagated;
                }
                return results;
            case ScalarGraphType or EnumGraphType:
                return Coercion.Serialize(value, (NamedGraphType)type);
            case ObjectGraphType obj:
                return await ExecuteFieldsAsync(run, obj, value, path, CollectFields(run, obj, SubSelections(nodes)));
            case InterfaceGraphType or UnionGraphType:
                var concrete = RuntimeType(value, (NamedGraphType)type, fieldName);
                return await ExecuteFieldsAsync(run, concrete, value, path, CollectFields(run, concrete, SubSelections(nodes)));
            default:
                throw new FieldException($"Cannot complete a value of type \"{type}\".");
        }
    }

    private static List<SelectionSet> SubSelections(List<Field> nodes) => [.. nodes.Where(n => n.SelectionSet is not null).Select(n => n.SelectionSet!)];

    /// <summary>The object type a value of an abstract type is: from the type resolver, else its <c>__typename</c>; refused as graphql-js refuses it.</summary>
    private ObjectGraphType RuntimeType(object value, NamedGraphType abstractType, string fieldName)
    {
        var name = resolvers.ResolveType?.Invoke(value, abstractType, schema)?.Name ?? value switch
        {
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
            IDictionary<string, object?> map => map.TryGetValue("__typename", out var n) ? n as string : null,
            _ => null,
        };
        if (name is null)
        {
            throw new FieldException($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{fieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }
        var type = schema.GetType(name)
            ?? throw new FieldException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.");
        if (type is not ObjectGraphType concrete)
        {
            throw new FieldException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".");
        }
        return schema.PossibleTypes(abstractType).Contains(concrete)
            ? concrete
            : throw new FieldException($"Runtime Object type \"{concrete.Name}\" is not a possible type for \"{abstractType.Name}\".");
    }
}
