using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>What a resolver is given: the parent value, the coerced arguments, the field and where it is.</summary>
public sealed class ResolveContext
{
    public required object? Source { get; init; }
    public required IReadOnlyDictionary<string, object?> Arguments { get; init; }
    public required OutputField Field { get; init; }
    public required ObjectGraphType ParentType { get; init; }
    public required Field Node { get; init; }
    public required Schema Schema { get; init; }
    public required ResponsePath Path { get; init; }
    public object? UserContext { get; init; }
    public CancellationToken Cancellation { get; init; }
    /// <summary>This execution's batch loaders.</summary>
    public required BatchScope Batches { get; init; }

    public T Argument<T>(string name) => Arguments.TryGetValue(name, out var value) && value is T typed ? typed : default!;
}

public delegate ValueTask<object?> FieldResolver(ResolveContext context);

/// <summary>Says which object type a value of an abstract type is.</summary>
public delegate ObjectGraphType? TypeResolver(object value, NamedGraphType abstractType, Schema schema);

/// <summary>
/// The resolvers of a schema, by type and field. A field without one reads the parent value:
/// a dictionary by the field's name. A value of an abstract type names its type in a
/// <c>__typename</c> entry unless a <see cref="TypeResolver"/> is given.
/// </summary>
public sealed class ResolverMap
{
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), Func<object?, object?>> _readers = [];
    private readonly HashSet<string> _byKey = new(StringComparer.Ordinal);

    public TypeResolver? ResolveType { get; init; }

    /// <summary>
    /// What a client may read of an exception the engine does not know (a resolver's own
    /// refusals); null keeps it hidden as "Unexpected error.".
    /// </summary>
    public Func<Exception, string?>? DescribeError { get; init; }

    /// <summary>
    /// Looks at a field's arguments before its resolver runs (a string too long, say); a message
    /// refuses the field with that error and its resolver never runs.
    /// </summary>
    public Func<ResolveContext, string?>? CheckArguments { get; init; }

    public ResolverMap Add(string type, string field, FieldResolver resolver)
    {
        _resolvers[(type, field)] = resolver;
        _readers.Remove((type, field));
        return this;
    }

    public ResolverMap Add(string type, string field, Func<ResolveContext, object?> resolver) =>
        Add(type, field, context => ValueTask.FromResult(resolver(context)));

    /// <summary>A field read straight from the parent value, which is a <typeparamref name="TSource"/>.</summary>
    public ResolverMap Read<TSource>(string type, string field, Func<TSource, object?> read)
    {
        Add(type, field, context => ValueTask.FromResult(read((TSource)context.Source!)));
        _readers[(type, field)] = source => read((TSource)source!);
        return this;
    }

    /// <summary>
    /// Types whose values are dictionaries keyed by field name (mutation payloads, say): their
    /// fields are read by the default resolver on purpose, and need no resolver of their own.
    /// </summary>
    public ResolverMap ByKey(params string[] types)
    {
        _byKey.UnionWith(types);
        return this;
    }

    /// <summary>
    /// What does not match between a schema and these resolvers: a field of an object type with
    /// no resolver that is not of a <see cref="ByKey"/> type (it would resolve to null without a
    /// word), and a resolver or by-key type that names a type or field the schema does not have
    /// (a misspelling). Introspection types are the engine's own.
    /// </summary>
    public IReadOnlyList<string> Mismatches(Types.Schema schema)
    {
        var problems = new List<string>();
        foreach (var type in schema.Types.OfType<Types.ObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (_byKey.Contains(type.Name))
            {
                continue;
            }
            problems.AddRange(type.Fields.Keys.Where(f => !_resolvers.ContainsKey((type.Name, f))).Select(f => $"{type.Name}.{f} has no resolver"));
        }
        foreach (var (typeName, field) in _resolvers.Keys)
        {
            if (schema.GetType(typeName) is not Types.FieldsGraphType type || !type.Fields.ContainsKey(field))
            {
                problems.Add($"the resolver of {typeName}.{field} names no field of the schema");
            }
        }
        problems.AddRange(_byKey.Where(t => schema.GetType(t) is not Types.ObjectGraphType).Select(t => $"{t} is read by key but is no object type of the schema"));
        return problems;
    }

    public FieldResolver? Find(string type, string field) => _resolvers.GetValueOrDefault((type, field));

    /// <summary>The read function of a field added with <see cref="Read{TSource}"/>: the executor calls it without a resolve context.</summary>
    public Func<object?, object?>? FindReader(string type, string field) => _readers.GetValueOrDefault((type, field));

    public static ValueTask<object?> DefaultResolve(ResolveContext context) => ValueTask.FromResult(context.Source switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(context.Field.Name),
        IDictionary<string, object?> map => map.TryGetValue(context.Field.Name, out var v) ? v : null,
        _ => null,
    });
}
