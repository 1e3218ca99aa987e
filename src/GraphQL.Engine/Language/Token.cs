namespace DutyGraph.GraphQL.Engine.Language;

/// <summary>The lexical tokens of the GraphQL specification (section 2.1).</summary>
public enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    ParenLeft,
    ParenRight,
    Spread,
    Colon,
    Equals,
    At,
    BracketLeft,
    BracketRight,
    BraceLeft,
    Pipe,
    BraceRight,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

/// <summary>A line and column, both counted from 1, as the specification's error locations are.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>
/// A token: its kind, where it starts and ends in the source (character offsets), where it
/// starts as line and column, and for names, numbers and strings its value (strings with
/// escapes resolved, block strings with their indentation removed).
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, SourceLocation Location, string? Value)
{
    /// <summary>How the token reads in an error message, the way graphql-js writes it.</summary>
    public string Description => Kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Name => $"Name \"{Value}\"",
        TokenKind.Int => $"Int \"{Value}\"",
        TokenKind.Float => $"Float \"{Value}\"",
        TokenKind.String => $"String \"{Value}\"",
        TokenKind.BlockString => $"BlockString \"{Value}\"",
        _ => $"\"{Punctuator(Kind)}\"",
    };

    public static string Punctuator(TokenKind kind) => kind switch
    {
        TokenKind.Bang => "!",
        TokenKind.Dollar => "$",
        TokenKind.Ampersand => "&",
        TokenKind.ParenLeft => "(",
        TokenKind.ParenRight => ")",
        TokenKind.Spread => "...",
        TokenKind.Colon => ":",
        TokenKind.Equals => "=",
        TokenKind.At => "@",
        TokenKind.BracketLeft => "[",
        TokenKind.BracketRight => "]",
        TokenKind.BraceLeft => "{",
        TokenKind.Pipe => "|",
        TokenKind.BraceRight => "}",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };
}

/// <summary>A syntax error: a message worded as graphql-js words it, and where in the source.</summary>
public sealed class GraphQLSyntaxException(string message, SourceLocation location)
    : Exception($"Syntax Error: {message}")
{
    public SourceLocation Location { get; } = location;
}
