using System.Collections;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>
/// Executing fields and completing values (specification 6.4). Each step answers at once when
/// everything below it did (most fields read a value already at hand) and only becomes an
/// async step where something really waits, such as a batch loader.
/// </summary>
public sealed partial class Executor
{
    /// <summary>The fields of one object side by side: all are started before any is awaited.</summary>
    private ValueTask<object?> ExecuteFieldsAsync(Run run, object? source, ResponsePath? path, IReadOnlyList<FieldPlan> fields)
    {
        var result = new OrderedDictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Definition is null)
            {
                continue;
            }
            var executing = ExecuteFieldAsync(run, source, path, fields[i]);
            if (!executing.IsCompletedSuccessfully)
            {
                return new(FinishFieldsAsync(run, source, path, fields, i, executing, result));
            }
            result[fields[i].Key] = executing.Result;
        }
        return new(result);
    }

    private async Task<object?> FinishFieldsAsync(Run run, object? source, ResponsePath? path,
        IReadOnlyList<FieldPlan> fields, int first, ValueTask<object?> firstExecuting, OrderedDictionary<string, object?> result)
    {
        var executing = new ValueTask<object?>[fields.Count - first];
        executing[0] = firstExecuting;
        for (var i = first + 1; i < fields.Count; i++)
        {
            if (fields[i].Definition is not null)
            {
                executing[i - first] = ExecuteFieldAsync(run, source, path, fields[i]);
            }
        }
        PropagatedNull? propagated = null;
        for (var i = 0; i < executing.Length; i++)
        {
            if (fields[first + i].Definition is null)
            {
                continue;
            }
            try
            {
                result[fields[first + i].Key] = await executing[i];
            }
            catch (PropagatedNull e)
            {
                propagated = e;
            }
        }
        return propagated is null ? result : throw propagated;
    }

    private async Task<object?> ExecuteSeriallyAsync(Run run, object? source, IReadOnlyList<FieldPlan> fields)
    {
        var result = new OrderedDictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        foreach (var field in fields.Where(f => f.Definition is not null))
        {
            run.Batches.Forget();
            result[field.Key] = await ExecuteFieldAsync(run, source, null, field);
        }
        return result;
    }

    /// <summary>
    /// Resolves and completes one field of the parent at <paramref name="parentPath"/>. A leaf read
    /// straight from its parent (most fields) is done without a path or a resolve context.
    /// </summary>
    private ValueTask<object?> ExecuteFieldAsync(Run run, object? source, ResponsePath? parentPath, FieldPlan field)
    {
        var definition = field.Definition!;
        if (field.Reader is { } read && field.Leaf is { } leaf && field.TakesNoArguments)
        {
            try
            {
                run.Cancellation.ThrowIfCancellationRequested();
                if (read(source) is { } value)
                {
                    return new(Coercion.Serialize(value, leaf));
                }
                if (definition.Type is not NonNullGraphType)
                {
                    return new((object?)null);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Done again below, where the error is reported at the field's path.
            }
        }
        var path = ResponsePath.Field(parentPath, field.Key);
        ValueTask<object?> resolved;
        try
        {
            run.Cancellation.ThrowIfCancellationRequested();
            resolved = definition.Name == "__typename" ? new(field.ParentType.Name) : Resolve(run, source, path, field);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            resolved = ValueTask.FromException<object?>(e);
        }
        return CompleteOrNullAsync(run, definition.Type, field, path, resolved);
    }

    /// <summary>A field read straight from its parent value needs no context; any other resolver gets one.</summary>
    private ValueTask<object?> Resolve(Run run, object? source, ResponsePath path, FieldPlan field)
    {
        if (field.Reader is { } read && field.TakesNoArguments)
        {
            return new(read(source));
        }
        var node = field.Nodes[0];
        var context = new ResolveContext
        {
            Source = source, Arguments = ArgumentValues.Coerce(field.Definition!.Arguments, node.Arguments, run.Variables, node,
                $"{field.ParentType.Name}.{field.Definition.Name}"),
            Field = field.Definition, ParentType = field.ParentType, Node = node, Schema = schema,
            Path = path, UserContext = run.Request.UserContext, Cancellation = run.Cancellation, Batches = run.Batches,
        };
        if (context.Arguments.Count > 0 && resolvers.CheckArguments?.Invoke(context) is { } refusal)
        {
            throw new FieldException(refusal);
        }
        return field.Resolver!(context);
    }

    /// <summary>
    /// Completes a field's (or list item's) value once it is there. An error is recorded at its
    /// path and the value becomes null, or, where the type is non-null, the null moves up to the parent.
    /// </summary>
    private ValueTask<object?> CompleteOrNullAsync(Run run, GraphType type, FieldPlan field, ResponsePath path, ValueTask<object?> value)
    {
        if (!value.IsCompletedSuccessfully)
        {
            return new(CompleteOrNullSlowAsync(run, type, field, path, value, completed: false));
        }
        ValueTask<object?> completing;
        try
        {
            completing = CompleteAsync(run, Nullable(type), field, path, value.Result);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            completing = ValueTask.FromException<object?>(e);
        }
        // Reading Result of a completed ValueTask and passing it on is safe here because every ValueTask
        // below this point is made by the executor (a value or a Task), never backed by a pooled source.
        return completing.IsCompletedSuccessfully && (completing.Result is not null || type is not NonNullGraphType)
            ? completing
            : new(CompleteOrNullSlowAsync(run, type, field, path, completing, completed: true));
    }

    private async Task<object?> CompleteOrNullSlowAsync(Run run, GraphType type, FieldPlan field, ResponsePath path, ValueTask<object?> value, bool completed)
    {
        try
        {
            var awaited = await value;
            var done = completed ? awaited : await CompleteAsync(run, Nullable(type), field, path, awaited);
            return done is null && type is NonNullGraphType
                ? throw new FieldException($"Cannot return null for non-nullable field {field.Name}.")
                : done;
        }
        catch (PropagatedNull) when (type is not NonNullGraphType)
        {
            return null;
        }
        catch (Exception e) when (e is not PropagatedNull and not OperationCanceledException)
        {
            run.Add(new GraphQLError(ErrorMessage(e), [e is LocatedFieldException located ? located.At.Location : field.Nodes[0].Location], path.ToList()));
            return type is NonNullGraphType ? throw new PropagatedNull() : null;
        }
    }

    private static GraphType Nullable(GraphType type) => type is NonNullGraphType nonNull ? nonNull.OfType : type;

    /// <summary>What a client may read of an exception: messages of the engine's own errors; never a stack trace or internals.</summary>
    private string ErrorMessage(Exception e) => e switch
    {
        FieldException or GraphQLRequestException or CoercionException => e.Message,
        _ => resolvers.DescribeError?.Invoke(e) ?? "Unexpected error.",
    };

    /// <summary>
    /// A value completed by its nullable type (CompleteValue, 6.4.3; the caller checks non-null);
    /// throws or faults for a value that does not fit.
    /// </summary>
    private ValueTask<object?> CompleteAsync(Run run, GraphType type, FieldPlan field, ResponsePath path, object? value)
    {
        if (value is null)
        {
            return new((object?)null);
        }
        switch (type)
        {
            case ScalarGraphType or EnumGraphType:
                return new(Coercion.Serialize(value, (NamedGraphType)type));
            case ListGraphType list:
                return CompleteListAsync(run, list, field, path, value);
            case ObjectGraphType obj:
                return ExecuteFieldsAsync(run, value, path, SubPlans(run, obj, field));
            case InterfaceGraphType or UnionGraphType:
                var concrete = RuntimeType(value, (NamedGraphType)type, field.Name);
                return ExecuteFieldsAsync(run, value, path, SubPlans(run, concrete, field));
            default:
                throw new FieldException($"Cannot complete a value of type \"{type}\".");
        }
    }

    /// <summary>The items of a list completed side by side (each may fail alone); at once when every item is.</summary>
    private ValueTask<object?> CompleteListAsync(Run run, ListGraphType list, FieldPlan field, ResponsePath path, object value)
    {
        if (value is string || value is not IEnumerable items)
        {
            throw new FieldException($"Expected Iterable, but did not find one for field \"{field.Name}\".");
        }
        var completing = new List<ValueTask<object?>>(value is ICollection collection ? collection.Count : 4);
        foreach (var item in items)
        {
            completing.Add(CompleteOrNullAsync(run, list.OfType, field, ResponsePath.Item(path, completing.Count), new ValueTask<object?>(item)));
        }
        var results = new List<object?>(completing.Count);
        foreach (var item in completing)
        {
            if (!item.IsCompletedSuccessfully)
            {
                return new(FinishListAsync(completing, results));
            }
            results.Add(item.Result);
        }
        return new(results);
    }

    private static async Task<object?> FinishListAsync(List<ValueTask<object?>> completing, List<object?> results)
    {
        PropagatedNull? propagated = null;
        for (var i = results.Count; i < completing.Count; i++)
        {
            try
            {
                results.Add(await completing[i]);
            }
            catch (PropagatedNull e)
            {
                propagated = e;
                results.Add(null);
            }
        }
        return propagated is null ? results : throw propagated;
    }

    /// <summary>The plans of what a field's selection sets ask of the object type its value is.</summary>
    private IReadOnlyList<FieldPlan> SubPlans(Run run, ObjectGraphType type, FieldPlan field) =>
        run.PlansOf(type, field) ?? Plans(run, type, field, field.Nodes.Where(n => n.SelectionSet is not null).Select(n => n.SelectionSet!));

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
