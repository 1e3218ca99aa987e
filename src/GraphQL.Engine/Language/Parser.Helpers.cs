namespace DutyGraph.GraphQL.Engine.Language;

public sealed partial class Parser
{
    private bool Peek(TokenKind kind) => Token.Kind == kind;

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private Token ExpectToken(TokenKind kind)
    {
        var token = Token;
        if (token.Kind != kind)
        {
            throw new GraphQLSyntaxException($"Expected {KindDescription(kind)}, found {token.Description}.", token.Location);
        }
        _lexer.Advance();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (Token.Kind != kind)
        {
            return false;
        }
        _lexer.Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!ExpectOptionalKeyword(keyword))
        {
            throw new GraphQLSyntaxException($"Expected \"{keyword}\", found {Token.Description}.", Token.Location);
        }
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (Token.Kind != TokenKind.Name || Token.Value != keyword)
        {
            return false;
        }
        _lexer.Advance();
        return true;
    }

    /// <summary>A token kind as graphql-js names it: punctuators quoted, others by kind.</summary>
    private static string KindDescription(TokenKind kind) =>
        kind is TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString or TokenKind.EndOfFile
            ? Token.Punctuator(kind)
            : $"\"{Token.Punctuator(kind)}\"";

    private static GraphQLSyntaxException Unexpected(Token token) => new($"Unexpected {token.Description}.", token.Location);

    /// <summary>Zero or more items between the delimiters, which must be there.</summary>
    private List<T> Any<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        ExpectToken(open);
        var items = new List<T>();
        while (!ExpectOptionalToken(close))
        {
            items.Add(item());
        }
        return items;
    }

    /// <summary>One or more items between delimiters that may be left out entirely (then none).</summary>
    private List<T> OptionalMany<T>(TokenKind open, Func<T> item, TokenKind close) =>
        Peek(open) ? Many(open, item, close) : [];

    /// <summary>One or more items between the delimiters, which must be there.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> item, TokenKind close, bool skipOpen = false)
    {
        if (!skipOpen)
        {
            ExpectToken(open);
        }
        var items = new List<T>();
        do
        {
            items.Add(item());
        }
        while (!ExpectOptionalToken(close));
        return items;
    }

    /// <summary>Items separated by a delimiter, which may also lead (as in <c>implements &amp; A &amp; B</c>).</summary>
    private List<T> Delimited<T>(TokenKind delimiter, Func<T> item)
    {
        ExpectOptionalToken(delimiter);
        var items = new List<T>();
        do
        {
            items.Add(item());
        }
        while (ExpectOptionalToken(delimiter));
        return items;
    }
}
