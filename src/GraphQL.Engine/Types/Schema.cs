namespace DutyGraph.GraphQL.Engine.Types;

/// <summary>
/// A schema: its root operation types, every named type (in the order graphql-js lists them)
/// and its directives.
/// </summary>
public sealed class Schema
{
    private readonly OrderedDictionary<string, NamedGraphType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveType> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ObjectGraphType>> _implementations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public Schema(
        IEnumerable<NamedGraphType> types, ObjectGraphType? query, ObjectGraphType? mutation, ObjectGraphType? subscription,
        IReadOnlyList<DirectiveType> directives, string? description = null, IEnumerable<NamedGraphType>? afterDirectives = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Directives = directives;
        Description = description;
        // As graphql-js orders its type map: each given type in turn, followed by the types it
        // refers to that are not themselves given (those keep their own turn).
        var given = types.ToList();
        _seen.UnionWith(given.Select(t => t.Name));
        foreach (var type in given)
        {
            _seen.Remove(type.Name);
            Collect(type);
        }
        foreach (var root in new[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                Collect(root);
            }
        }
        foreach (var argument in directives.SelectMany(d => d.Arguments.Values))
        {
            Collect(argument.Type.NamedType);
        }
        foreach (var type in afterDirectives ?? [])
        {
            Collect(type);
        }
        foreach (var directive in directives)
        {
            _directives[directive.Name] = directive;
        }
        foreach (var type in _types.Values.OfType<ObjectGraphType>())
        {
            foreach (var face in type.Interfaces)
            {
                if (!_implementations.TryGetValue(face.Name, out var list))
                {
                    _implementations[face.Name] = list = [];
                }
                list.Add(type);
            }
        }
    }

    public string? Description { get; }
    public ObjectGraphType? QueryType { get; }
    public ObjectGraphType? MutationType { get; }
    public ObjectGraphType? SubscriptionType { get; }
    public IReadOnlyList<DirectiveType> Directives { get; }
    public IEnumerable<NamedGraphType> Types => _types.Values;

    public NamedGraphType? GetType(string name) => _types.TryGetValue(name, out var type) ? type : null;

    public DirectiveType? GetDirective(string name) => _directives.TryGetValue(name, out var directive) ? directive : null;

    private Introspection.MetaFields? _meta;

    /// <summary>The meta-fields of this schema, made on first use.</summary>
    internal Introspection.MetaFields Meta => _meta ??= new Introspection.MetaFields(this);

    /// <summary>Whether a fragment with this type condition applies to an object of this type.</summary>
    public bool ConditionApplies(string condition, ObjectGraphType type) =>
        condition == type.Name || (GetType(condition) is { } conditionType && PossibleTypes(conditionType).Contains(type));

    public ObjectGraphType? RootType(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => QueryType,
        Language.OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type can be: a union's members, or the objects implementing an interface.</summary>
    public IReadOnlyList<ObjectGraphType> PossibleTypes(NamedGraphType type) => type switch
    {
        UnionGraphType union => union.Types,
        InterfaceGraphType face => _implementations.TryGetValue(face.Name, out var list) ? list : [],
        ObjectGraphType obj => [obj],
        _ => [],
    };

    private void Collect(NamedGraphType type)
    {
        if (!_seen.Add(type.Name))
        {
            return;
        }
        _types.Add(type.Name, type);
        switch (type)
        {
            case UnionGraphType union:
                union.Types.ForEach(Collect);
                break;
            case FieldsGraphType fields:
                fields.Interfaces.ForEach(Collect);
                foreach (var field in fields.Fields.Values)
                {
                    Collect(field.Type.NamedType);
                    foreach (var argument in field.Arguments.Values)
                    {
                        Collect(argument.Type.NamedType);
                    }
                }
                break;
            case InputObjectGraphType input:
                foreach (var field in input.Fields.Values)
                {
                    Collect(field.Type.NamedType);
                }
                break;
        }
    }
}
