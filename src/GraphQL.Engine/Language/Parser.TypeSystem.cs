namespace DutyGraph.GraphQL.Engine.Language;

public sealed partial class Parser
{
    private StringValue? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinition ParseSchemaDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operations = Many(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight);
        return new SchemaDefinition(description, directives, operations, false, location);
    }

    private OperationTypeDefinition ParseOperationTypeDefinition()
    {
        var location = Token.Location;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        return new OperationTypeDefinition(operation, ParseNamedType(), location);
    }

    private ScalarTypeDefinition ParseScalarTypeDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        return new ScalarTypeDefinition(description, ParseName(), ParseDirectives(true), false, location);
    }

    private ObjectTypeDefinition ParseObjectTypeDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        return new ObjectTypeDefinition(description, name, ParseImplementsInterfaces(), ParseDirectives(true), ParseFieldsDefinition(), false, location);
    }

    private InterfaceTypeDefinition ParseInterfaceTypeDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        return new InterfaceTypeDefinition(description, name, ParseImplementsInterfaces(), ParseDirectives(true), ParseFieldsDefinition(), false, location);
    }

    private List<NamedType> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? Delimited(TokenKind.Ampersand, ParseNamedType) : [];

    private List<FieldDefinition> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceLeft, ParseFieldDefinition, TokenKind.BraceRight);

    private FieldDefinition ParseFieldDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinition(description, name, arguments, type, ParseDirectives(true), location);
    }

    private List<InputValueDefinition> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenLeft, ParseInputValueDefinition, TokenKind.ParenRight);

    private InputValueDefinition ParseInputValueDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValue(isConst: true) : null;
        return new InputValueDefinition(description, name, type, defaultValue, ParseDirectives(true), location);
    }

    private UnionTypeDefinition ParseUnionTypeDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new UnionTypeDefinition(description, name, directives, ParseUnionMemberTypes(), false, location);
    }

    private List<NamedType> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? Delimited(TokenKind.Pipe, ParseNamedType) : [];

    private EnumTypeDefinition ParseEnumTypeDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new EnumTypeDefinition(description, name, directives, ParseEnumValuesDefinition(), false, location);
    }

    private List<EnumValueDefinition> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceLeft, ParseEnumValueDefinition, TokenKind.BraceRight);

    private EnumValueDefinition ParseEnumValueDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        if (Token.Kind == TokenKind.Name && Token.Value is "true" or "false" or "null")
        {
            throw new GraphQLSyntaxException($"{Token.Description} is reserved and cannot be used for an enum value.", Token.Location);
        }
        return new EnumValueDefinition(description, ParseName(), ParseDirectives(true), location);
    }

    private InputObjectTypeDefinition ParseInputObjectTypeDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new InputObjectTypeDefinition(description, name, directives, ParseInputFieldsDefinition(), false, location);
    }

    private List<InputValueDefinition> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceLeft, ParseInputValueDefinition, TokenKind.BraceRight);

    private DirectiveDefinition ParseDirectiveDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        return new DirectiveDefinition(description, name, arguments, repeatable, Delimited(TokenKind.Pipe, ParseDirectiveLocation), location);
    }

    private Name ParseDirectiveLocation()
    {
        var token = Token;
        var name = ParseName();
        return DirectiveLocations.All.Contains(name.Value) ? name : throw Unexpected(token);
    }

    private TypeSystemDefinition ParseTypeSystemExtension()
    {
        var keyword = _lexer.Peek();
        if (keyword.Kind != TokenKind.Name)
        {
            throw Unexpected(keyword);
        }
        var location = Token.Location;
        ExpectKeyword("extend");
        switch (keyword.Value)
        {
            case "schema":
            {
                ExpectKeyword("schema");
                var directives = ParseDirectives(true);
                var operations = OptionalMany(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight);
                return directives.Count == 0 && operations.Count == 0 ? throw Unexpected(Token)
                    : new SchemaDefinition(null, directives, operations, true, location);
            }
            case "scalar":
            {
                ExpectKeyword("scalar");
                var name = ParseName();
                var directives = ParseDirectives(true);
                return directives.Count == 0 ? throw Unexpected(Token) : new ScalarTypeDefinition(null, name, directives, true, location);
            }
            case "type" or "interface":
            {
                ExpectKeyword(keyword.Value);
                var name = ParseName();
                var interfaces = ParseImplementsInterfaces();
                var directives = ParseDirectives(true);
                var fields = ParseFieldsDefinition();
                if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
                {
                    throw Unexpected(Token);
                }
                return keyword.Value == "type"
                    ? new ObjectTypeDefinition(null, name, interfaces, directives, fields, true, location)
                    : new InterfaceTypeDefinition(null, name, interfaces, directives, fields, true, location);
            }
            case "union":
            {
                ExpectKeyword("union");
                var name = ParseName();
                var directives = ParseDirectives(true);
                var types = ParseUnionMemberTypes();
                return directives.Count == 0 && types.Count == 0 ? throw Unexpected(Token)
                    : new UnionTypeDefinition(null, name, directives, types, true, location);
            }
            case "enum":
            {
                ExpectKeyword("enum");
                var name = ParseName();
                var directives = ParseDirectives(true);
                var values = ParseEnumValuesDefinition();
                return directives.Count == 0 && values.Count == 0 ? throw Unexpected(Token)
                    : new EnumTypeDefinition(null, name, directives, values, true, location);
            }
            case "input":
            {
                ExpectKeyword("input");
                var name = ParseName();
                var directives = ParseDirectives(true);
                var fields = ParseInputFieldsDefinition();
                return directives.Count == 0 && fields.Count == 0 ? throw Unexpected(Token)
                    : new InputObjectTypeDefinition(null, name, directives, fields, true, location);
            }
            default:
                throw Unexpected(keyword);
        }
    }
}
