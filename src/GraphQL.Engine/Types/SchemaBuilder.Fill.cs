using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.GraphQL.Engine.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>Gives a type what its definition and extensions say, checking each reference.</summary>
    private void Fill(NamedGraphType type, List<TypeDefinition> nodes)
    {
        foreach (var node in nodes)
        {
            type.AppliedDirectives.AddRange(node.Directives);
        }
        switch (type)
        {
            case ScalarGraphType scalar:
                scalar.SpecifiedByUrl = nodes.SelectMany(n => n.Directives).Where(d => d.Name.Value == "specifiedBy")
                    .SelectMany(d => d.Arguments).Where(a => a.Name.Value == "url").Select(a => a.Value).OfType<StringValue>()
                    .Select(v => v.Text).FirstOrDefault();
                break;
            case FieldsGraphType fields:
                foreach (var named in nodes.SelectMany(n => n switch
                {
                    ObjectTypeDefinition o => o.Interfaces,
                    InterfaceTypeDefinition i => i.Interfaces,
                    _ => [],
                }))
                {
                    if (Resolve(named) is InterfaceGraphType face)
                    {
                        fields.Interfaces.Add(face);
                    }
                    else if (_types.ContainsKey(named.Name.Value))
                    {
                        Error($"Type {type.Name} must only implement Interface types, it cannot implement {named.Name.Value}.", named.Location);
                    }
                }
                foreach (var field in nodes.SelectMany(n => n switch
                {
                    ObjectTypeDefinition o => o.Fields,
                    InterfaceTypeDefinition i => i.Fields,
                    _ => [],
                }))
                {
                    AddField(fields, field);
                }
                break;
            case UnionGraphType union:
                foreach (var member in nodes.OfType<UnionTypeDefinition>().SelectMany(u => u.Types))
                {
                    if (Resolve(member) is ObjectGraphType obj)
                    {
                        union.Types.Add(obj);
                    }
                    else if (_types.ContainsKey(member.Name.Value))
                    {
                        Error($"Union type {type.Name} can only include Object types, it cannot include {member.Name.Value}.", member.Location);
                    }
                }
                break;
            case EnumGraphType enumType:
                foreach (var value in nodes.OfType<EnumTypeDefinition>().SelectMany(e => e.Values))
                {
                    var member = new EnumMember(value.Name.Value, value.Description?.Text, DeprecationReason(value.Directives));
                    member.AppliedDirectives.AddRange(value.Directives);
                    if (!enumType.Values.TryAdd(member.Name, member))
                    {
                        Error($"Enum value \"{type.Name}.{member.Name}\" can only be defined once.", value.Name.Location);
                    }
                }
                break;
            case InputObjectGraphType input:
                input.IsOneOf = nodes.SelectMany(n => n.Directives).Any(d => d.Name.Value == "oneOf");
                foreach (var field in nodes.OfType<InputObjectTypeDefinition>().SelectMany(i => i.Fields))
                {
                    if (!input.Fields.TryAdd(field.Name.Value, InputValueOf(field, $"{type.Name}.{field.Name.Value}")))
                    {
                        Error($"Field \"{type.Name}.{field.Name.Value}\" can only be defined once.", field.Name.Location);
                    }
                }
                break;
        }
    }

    private void AddField(FieldsGraphType owner, FieldDefinition definition)
    {
        var name = definition.Name.Value;
        var type = Resolve(definition.Type);
        if (type.NamedType is { IsOutputType: false } && _types.ContainsKey(type.NamedType.Name))
        {
            Error($"The type of {owner.Name}.{name} must be Output Type but got: {type}.", definition.Type.Location);
        }
        var field = new OutputField(name, type, definition.Description?.Text, DeprecationReason(definition.Directives));
        field.AppliedDirectives.AddRange(definition.Directives);
        foreach (var argument in definition.Arguments)
        {
            if (!field.Arguments.TryAdd(argument.Name.Value, InputValueOf(argument, $"{owner.Name}.{name}({argument.Name.Value}:)")))
            {
                Error($"Argument \"{owner.Name}.{name}({argument.Name.Value}:)\" can only be defined once.", argument.Name.Location);
            }
        }
        if (!owner.Fields.TryAdd(name, field))
        {
            Error($"Field \"{owner.Name}.{name}\" can only be defined once.", definition.Name.Location);
        }
    }

    private InputValue InputValueOf(InputValueDefinition definition, string path)
    {
        var type = Resolve(definition.Type);
        if (type.NamedType is { IsInputType: false } && _types.ContainsKey(type.NamedType.Name))
        {
            Error($"The type of {path} must be Input Type but got: {type}.", definition.Type.Location);
        }
        var value = new InputValue(definition.Name.Value, type, definition.Description?.Text, definition.DefaultValue,
            DeprecationReason(definition.Directives));
        value.AppliedDirectives.AddRange(definition.Directives);
        return value;
    }

    private IReadOnlyList<DirectiveType> BuildDirectives(List<DirectiveDefinition> definitions)
    {
        var defined = new List<DirectiveType>();
        foreach (var definition in definitions)
        {
            var name = definition.Name.Value;
            if (defined.Any(d => d.Name == name))
            {
                Error($"There can be only one directive named \"@{name}\".", definition.Name.Location);
                continue;
            }
            var directive = new DirectiveType(name, [.. definition.Locations.Select(l => l.Value)], definition.Repeatable, definition.Description?.Text);
            foreach (var argument in definition.Arguments)
            {
                if (!directive.Arguments.TryAdd(argument.Name.Value, InputValueOf(argument, $"@{name}({argument.Name.Value}:)")))
                {
                    Error($"Argument \"@{name}({argument.Name.Value}:)\" can only be defined once.", argument.Name.Location);
                }
            }
            defined.Add(directive);
        }
        var builtIn = BuiltIns.Directives(n => _types[n]).Where(b => defined.All(d => d.Name != b.Name));
        return [.. defined, .. builtIn];
    }

    /// <summary>A written type reference as a type; an unknown name is an error (and stands as String so checking goes on).</summary>
    private GraphType Resolve(TypeReference reference) => reference switch
    {
        NamedType named => _types.TryGetValue(named.Name.Value, out var type) ? type : Unknown(named),
        ListType list => new ListGraphType(Resolve(list.OfType)),
        NonNullType nonNull => new NonNullGraphType(Resolve(nonNull.OfType)),
        _ => throw new ArgumentOutOfRangeException(nameof(reference)),
    };

    private NamedGraphType Unknown(NamedType named)
    {
        Error($"Unknown type \"{named.Name.Value}\".", named.Location);
        return _types["String"];
    }

    /// <summary>The reason of a @deprecated directive: its argument, or graphql-js's default when it has none.</summary>
    private static string? DeprecationReason(IReadOnlyList<Directive> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }
        return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value switch
        {
            StringValue reason => reason.Text,
            NullValue => null,
            _ => BuiltIns.DefaultDeprecationReason,
        };
    }
}
