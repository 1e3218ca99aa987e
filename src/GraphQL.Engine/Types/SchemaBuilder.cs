using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.GraphQL.Engine.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL, as graphql-js's buildASTSchema does: type definitions
/// and their extensions merged, built-in scalars and directives added, @deprecated,
/// @specifiedBy and @oneOf read, root types from the schema definition or the conventional
/// names. Every problem found is reported together in a <see cref="SchemaException"/>.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<SchemaError> _errors = [];
    private readonly Dictionary<string, NamedGraphType> _types = new(StringComparer.Ordinal);

    private SchemaBuilder()
    {
    }

    public static Schema Build(string sdl) => Build(Parser.Parse(sdl));

    /// <summary>Builds the schema and gives the named custom scalars their coercion.</summary>
    public static Schema Build(string sdl, IReadOnlyDictionary<string, ScalarCodec> codecs)
    {
        var schema = Build(sdl);
        foreach (var (name, codec) in codecs)
        {
            if (schema.GetType(name) is not ScalarGraphType scalar || BuiltIns.Scalars().Any(s => s.Name == name))
            {
                throw new SchemaException([new SchemaError($"A codec is given for \"{name}\", which is not a custom scalar of the schema.", null)]);
            }
            scalar.Codec = codec;
        }
        return schema;
    }

    public static Schema Build(Document document) => new SchemaBuilder().BuildSchema(document);

    private Schema BuildSchema(Document document)
    {
        var definitions = document.Definitions.OfType<TypeDefinition>().Where(d => !d.IsExtension).ToList();
        var extensions = document.Definitions.OfType<TypeDefinition>().Where(d => d.IsExtension).ToList();
        var directiveDefinitions = document.Definitions.OfType<DirectiveDefinition>().ToList();
        var schemaDefinitions = document.Definitions.OfType<SchemaDefinition>().ToList();

        foreach (var scalar in BuiltIns.Scalars())
        {
            _types[scalar.Name] = scalar;
        }
        var defined = new List<NamedGraphType>();
        foreach (var definition in definitions)
        {
            var name = definition.Name.Value;
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                Error($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", definition.Name.Location);
            }
            if (defined.Any(t => t.Name == name))
            {
                Error($"There can be only one type named \"{name}\".", definition.Name.Location);
                continue;
            }
            var type = BuiltIns.ScalarNames.Contains(name) ? _types[name] : Shell(definition);
            _types[name] = type;
            defined.Add(type);
        }
        foreach (var extension in extensions)
        {
            CheckExtension(extension);
        }
        var directives = BuildDirectives(directiveDefinitions);
        foreach (var type in defined.Where(t => !BuiltIns.ScalarNames.Contains(t.Name)))
        {
            var nodes = definitions.Where(d => d.Name.Value == type.Name).Take(1)
                .Concat(extensions.Where(e => e.Name.Value == type.Name)).ToList();
            Fill(type, nodes);
        }
        var (query, mutation, subscription, description) = RootTypes(schemaDefinitions);
        if (_errors.Count > 0)
        {
            throw new SchemaException(_errors);
        }
        var introspection = BuildIntrospectionTypes();
        return new Schema(defined, query, mutation, subscription, directives, description, [introspection]);
    }

    /// <summary>The __Schema type and all it reaches, sharing this schema's String and Boolean.</summary>
    private NamedGraphType BuildIntrospectionTypes()
    {
        var definitions = Introspection.IntrospectionSchema.Document.Definitions.OfType<TypeDefinition>().ToList();
        foreach (var definition in definitions)
        {
            _types[definition.Name.Value] = Shell(definition);
        }
        foreach (var definition in definitions)
        {
            Fill(_types[definition.Name.Value], [definition]);
        }
        return _errors.Count == 0 ? _types["__Schema"] : throw new SchemaException(_errors);
    }

    private static NamedGraphType Shell(TypeDefinition definition)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Text;
        return definition switch
        {
            ScalarTypeDefinition => new ScalarGraphType(name, description),
            ObjectTypeDefinition => new ObjectGraphType(name, description),
            InterfaceTypeDefinition => new InterfaceGraphType(name, description),
            UnionTypeDefinition => new UnionGraphType(name, description),
            EnumTypeDefinition => new EnumGraphType(name, description),
            InputObjectTypeDefinition => new InputObjectGraphType(name, description),
            _ => throw new ArgumentOutOfRangeException(nameof(definition)),
        };
    }

    private void CheckExtension(TypeDefinition extension)
    {
        var name = extension.Name.Value;
        if (!_types.TryGetValue(name, out var type))
        {
            Error($"Cannot extend type \"{name}\" because it is not defined.", extension.Name.Location);
            return;
        }
        var matches = (extension, type) switch
        {
            (ScalarTypeDefinition, ScalarGraphType) or (ObjectTypeDefinition, ObjectGraphType) or (InterfaceTypeDefinition, InterfaceGraphType)
                or (UnionTypeDefinition, UnionGraphType) or (EnumTypeDefinition, EnumGraphType) or (InputObjectTypeDefinition, InputObjectGraphType) => true,
            _ => false,
        };
        if (!matches)
        {
            Error($"Cannot extend non-{KindWord(extension)} type \"{name}\".", extension.Name.Location);
        }
    }

    private static string KindWord(TypeDefinition extension) => extension switch
    {
        ScalarTypeDefinition => "scalar",
        ObjectTypeDefinition => "object",
        InterfaceTypeDefinition => "interface",
        UnionTypeDefinition => "union",
        EnumTypeDefinition => "enum",
        _ => "input object",
    };

    private (ObjectGraphType? Query, ObjectGraphType? Mutation, ObjectGraphType? Subscription, string? Description) RootTypes(
        List<SchemaDefinition> schemaDefinitions)
    {
        var definitions = schemaDefinitions.Where(d => !d.IsExtension).ToList();
        foreach (var extra in definitions.Skip(1))
        {
            Error("Must provide only one schema definition.", extra.Location);
        }
        var operations = schemaDefinitions.SelectMany(d => d.OperationTypes).ToList();
        if (operations.Count == 0)
        {
            return (Root(OperationType.Query, "Query", null), Root(OperationType.Mutation, "Mutation", null),
                Root(OperationType.Subscription, "Subscription", null), definitions.FirstOrDefault()?.Description?.Text);
        }
        foreach (var repeated in operations.GroupBy(o => o.Operation).SelectMany(g => g.Skip(1)))
        {
            Error($"There can be only one {repeated.Operation.ToString().ToLowerInvariant()} type in schema.", repeated.Location);
        }
        ObjectGraphType? Find(OperationType operation) =>
            operations.FirstOrDefault(o => o.Operation == operation) is { } o ? Root(operation, o.Type.Name.Value, o.Type) : null;
        return (Find(OperationType.Query), Find(OperationType.Mutation), Find(OperationType.Subscription), definitions.FirstOrDefault()?.Description?.Text);
    }

    /// <summary>A root operation type by name: by convention (absent is fine) or as the schema definition names it (it must exist and be an object type).</summary>
    private ObjectGraphType? Root(OperationType operation, string name, NamedType? named)
    {
        if (!_types.TryGetValue(name, out var type))
        {
            if (named is not null)
            {
                Error($"Unknown type \"{name}\".", named.Location);
            }
            return null;
        }
        if (type is ObjectGraphType root)
        {
            return root;
        }
        if (named is not null)
        {
            Error($"{operation} root type must be Object type, it cannot be {name}.", named.Location);
        }
        return null;
    }

    private void Error(string message, SourceLocation? location) => _errors.Add(new SchemaError(message, location));
}
