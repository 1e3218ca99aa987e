namespace DutyGraph.GraphQL.Engine.Language;

/// <summary>
/// A recursive-descent parser for the whole GraphQL grammar (specification sections 2 and 3),
/// following the reference implementation's choices so that documents are accepted or refused
/// as graphql-js does, with the same wording.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;

    private Parser(string source, int? maxTokens = null)
    {
        _lexer = new Lexer(source, maxTokens);
        _lexer.Advance();
    }

    /// <summary>Parses a document; throws <see cref="GraphQLSyntaxException"/> at the first syntax error.</summary>
    public static Document Parse(string source) => Parse(source, null);

    /// <summary>Parses a document of at most <paramref name="maxTokens"/> tokens (graphql-js's maxTokens option).</summary>
    public static Document Parse(string source, int? maxTokens)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Parser(source, maxTokens).ParseDocument();
    }

    /// <summary>Parses a single value, as graphql-js's <c>parseValue</c> does (variables allowed).</summary>
    public static Value ParseValue(string source)
    {
        var parser = new Parser(source);
        var value = parser.ParseValue(isConst: false);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference, as graphql-js's <c>parseType</c> does.</summary>
    public static TypeReference ParseType(string source)
    {
        var parser = new Parser(source);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EndOfFile);
        return type;
    }

    private Token Token => _lexer.Current;

    private Document ParseDocument()
    {
        var location = Token.Location;
        var definitions = Many(TokenKind.StartOfFile, ParseDefinition, TokenKind.EndOfFile, skipOpen: true);
        return new Document(definitions, location);
    }

    private Definition ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Peek() : Token;
        if (hasDescription && keyword.Kind == TokenKind.BraceLeft)
        {
            throw new GraphQLSyntaxException("Unexpected description, descriptions are not supported on shorthand queries.", Token.Location);
        }
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }
            switch (keyword.Value)
            {
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }
            if (hasDescription)
            {
                throw new GraphQLSyntaxException("Unexpected description, only GraphQL definitions support descriptions.", Token.Location);
            }
            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private OperationDefinition ParseOperationDefinition()
    {
        var location = Token.Location;
        if (Peek(TokenKind.BraceLeft))
        {
            return new OperationDefinition(OperationType.Query, null, [], [], ParseSelectionSet(), location);
        }
        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinition(operation, name, ParseVariableDefinitions(), ParseDirectives(false), ParseSelectionSet(), location, description);
    }

    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinition> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenLeft, ParseVariableDefinition, TokenKind.ParenRight);

    private VariableDefinition ParseVariableDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValue(isConst: true) : null;
        return new VariableDefinition(variable, type, defaultValue, ParseDirectives(true), location, description);
    }

    private Variable ParseVariable()
    {
        var location = Token.Location;
        ExpectToken(TokenKind.Dollar);
        return new Variable(ParseName(), location);
    }

    private SelectionSet ParseSelectionSet()
    {
        var location = Token.Location;
        // Since graphql-js 17 an empty selection set parses ({ }); validation says what it lacks.
        return new SelectionSet(Any(TokenKind.BraceLeft, ParseSelection, TokenKind.BraceRight), location);
    }

    private Selection ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private Field ParseField()
    {
        var location = Token.Location;
        var nameOrAlias = ParseName();
        Name? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new Field(alias, name, arguments, directives, selectionSet, location);
    }

    private IReadOnlyList<Argument> ParseArguments(bool isConst) =>
        OptionalMany(TokenKind.ParenLeft, () => ParseArgument(isConst), TokenKind.ParenRight);

    private Argument ParseArgument(bool isConst)
    {
        var location = Token.Location;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new Argument(name, ParseValue(isConst), location);
    }

    private Selection ParseFragment()
    {
        var location = Token.Location;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return new FragmentSpread(ParseFragmentName(), ParseDirectives(false), location);
        }
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        return new InlineFragment(typeCondition, ParseDirectives(false), ParseSelectionSet(), location);
    }

    private FragmentDefinition ParseFragmentDefinition()
    {
        var location = Token.Location;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        return new FragmentDefinition(name, typeCondition, ParseDirectives(false), ParseSelectionSet(), location, description);
    }

    private Name ParseFragmentName()
    {
        if (Token.Kind == TokenKind.Name && Token.Value == "on")
        {
            throw Unexpected(Token);
        }
        return ParseName();
    }

    private Value ParseValue(bool isConst)
    {
        var token = Token;
        var location = token.Location;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return new ListValue(Any(TokenKind.BracketLeft, () => ParseValue(isConst), TokenKind.BracketRight), location);
            case TokenKind.BraceLeft:
                return new ObjectValue(Any(TokenKind.BraceLeft, () => ParseObjectField(isConst), TokenKind.BraceRight), location);
            case TokenKind.Int:
                _lexer.Advance();
                return new IntValue(token.Value!, location);
            case TokenKind.Float:
                _lexer.Advance();
                return new FloatValue(token.Value!, location);
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                _lexer.Advance();
                return token.Value switch
                {
                    "true" => new BooleanValue(true, location),
                    "false" => new BooleanValue(false, location),
                    "null" => new NullValue(location),
                    _ => new EnumValue(token.Value!, location),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (Token.Kind == TokenKind.Name)
                    {
                        throw new GraphQLSyntaxException($"Unexpected variable \"${Token.Value}\" in constant value.", token.Location);
                    }
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private StringValue ParseStringLiteral()
    {
        var token = Token;
        _lexer.Advance();
        return new StringValue(token.Value!, token.Kind == TokenKind.BlockString, token.Location);
    }

    private ObjectField ParseObjectField(bool isConst)
    {
        var location = Token.Location;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ObjectField(name, ParseValue(isConst), location);
    }

    private IReadOnlyList<Directive> ParseDirectives(bool isConst)
    {
        var directives = new List<Directive>();
        while (Peek(TokenKind.At))
        {
            var location = Token.Location;
            ExpectToken(TokenKind.At);
            directives.Add(new Directive(ParseName(), ParseArguments(isConst), location));
        }
        return directives;
    }

    private TypeReference ParseTypeReference()
    {
        var location = Token.Location;
        TypeReference type;
        if (ExpectOptionalToken(TokenKind.BracketLeft))
        {
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketRight);
            type = new ListType(inner, location);
        }
        else
        {
            type = ParseNamedType();
        }
        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullType(type, location) : type;
    }

    private NamedType ParseNamedType()
    {
        var location = Token.Location;
        return new NamedType(ParseName(), location);
    }

    private Name ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new Name(token.Value!, token.Location);
    }
}
