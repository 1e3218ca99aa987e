using System.Globalization;
using System.Text;

namespace DutyGraph.GraphQL.Engine.Language;

/// <summary>
/// Turns GraphQL source text into tokens (specification section 2.1), skipping what the
/// specification ignores (byte-order mark, white space, line terminators, comments, commas).
/// Errors are worded as graphql-js words them, with the line and column where they occur.
/// </summary>
public sealed class Lexer(string source, int? maxTokens = null)
{
    private int _tokens;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public Token Current { get; private set; } = new(TokenKind.StartOfFile, 0, 0, new SourceLocation(0, 0), null);

    public string Source => source;

    /// <summary>Moves to the next significant token and returns it.</summary>
    public Token Advance()
    {
        if (Current.Kind != TokenKind.EndOfFile)
        {
            Current = ReadToken();
            if (maxTokens is { } max && Current.Kind != TokenKind.EndOfFile && ++_tokens > max)
            {
                throw new GraphQLSyntaxException($"Document contains more than {max} tokens. Parsing aborted.", Current.Location);
            }
        }
        return Current;
    }

    /// <summary>The token after the current one, without moving.</summary>
    public Token Peek()
    {
        var (position, line, lineStart, current, tokens) = (_position, _line, _lineStart, Current, _tokens);
        var next = Advance();
        (_position, _line, _lineStart, Current, _tokens) = (position, line, lineStart, current, tokens);
        return next;
    }

    public SourceLocation LocationOf(int position) => new(_line, position - _lineStart + 1);

    private Token ReadToken()
    {
        SkipIgnored();
        var start = _position;
        var location = LocationOf(start);
        if (start >= source.Length)
        {
            return new Token(TokenKind.EndOfFile, start, start, location, null);
        }
        var c = source[start];
        TokenKind? punctuator = c switch
        {
            '!' => TokenKind.Bang,
            '$' => TokenKind.Dollar,
            '&' => TokenKind.Ampersand,
            '(' => TokenKind.ParenLeft,
            ')' => TokenKind.ParenRight,
            ':' => TokenKind.Colon,
            '=' => TokenKind.Equals,
            '@' => TokenKind.At,
            '[' => TokenKind.BracketLeft,
            ']' => TokenKind.BracketRight,
            '{' => TokenKind.BraceLeft,
            '|' => TokenKind.Pipe,
            '}' => TokenKind.BraceRight,
            _ => null,
        };
        if (punctuator is { } kind)
        {
            _position++;
            return new Token(kind, start, _position, location, null);
        }
        if (c == '.' && At(start + 1) == '.' && At(start + 2) == '.')
        {
            _position += 3;
            return new Token(TokenKind.Spread, start, _position, location, null);
        }
        if (c == '.' && At(start + 1) == '.')
        {
            throw Error(start, "Unexpected \"..\", did you mean \"...\"?");
        }
        if (c == '.' && char.IsAsciiDigit(At(start + 1)))
        {
            throw Error(start, $"Invalid number, expected digit before \".\", did you mean \"0.{source[(start + 1)..ReadDigits(start + 1)]}\"?");
        }
        if (IsNameStart(c))
        {
            _position++;
            while (_position < source.Length && IsNameContinue(source[_position]))
            {
                _position++;
            }
            return new Token(TokenKind.Name, start, _position, location, source[start.._position]);
        }
        if (c == '-' || char.IsAsciiDigit(c))
        {
            return ReadNumber(start, location);
        }
        if (c == '"')
        {
            return At(start + 1) == '"' && At(start + 2) == '"' ? ReadBlockString(start, location) : ReadString(start, location);
        }
        throw Error(start, c == '\''
            ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : $"{(IsUnicodeScalarValue(start) ? "Unexpected" : "Invalid")} character: {PrintCodePointAt(start)}.");
    }

    private void SkipIgnored()
    {
        while (_position < source.Length)
        {
            switch (source[_position])
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    _position++;
                    break;
                case '\n':
                    NewLine(_position + 1);
                    break;
                case '\r':
                    NewLine(At(_position + 1) == '\n' ? _position + 2 : _position + 1);
                    break;
                case '#':
                    while (_position < source.Length && source[_position] is not ('\n' or '\r'))
                    {
                        _position++;
                    }
                    break;
                default:
                    return;
            }
        }
    }

    private void NewLine(int next)
    {
        _position = next;
        _line++;
        _lineStart = next;
    }

    private Token ReadNumber(int start, SourceLocation location)
    {
        var p = start;
        var isFloat = false;
        if (At(p) == '-')
        {
            p++;
        }
        if (At(p) == '0')
        {
            p++;
            if (char.IsAsciiDigit(At(p)))
            {
                throw Error(p, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(p)}.");
            }
        }
        else
        {
            p = ReadDigits(p);
        }
        if (At(p) == '.')
        {
            isFloat = true;
            p = ReadDigits(p + 1);
        }
        if (At(p) is 'e' or 'E')
        {
            isFloat = true;
            p++;
            if (At(p) is '+' or '-')
            {
                p++;
            }
            p = ReadDigits(p);
        }
        if (At(p) == '.' || IsNameStart(At(p)))
        {
            throw Error(p, $"Invalid number, expected digit but got: {PrintCodePointAt(p)}.");
        }
        _position = p;
        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, p, location, source[start..p]);
    }

    private int ReadDigits(int p)
    {
        if (!char.IsAsciiDigit(At(p)))
        {
            throw Error(p, $"Invalid number, expected digit but got: {PrintCodePointAt(p)}.");
        }
        while (char.IsAsciiDigit(At(p)))
        {
            p++;
        }
        return p;
    }

    private Token ReadString(int start, SourceLocation location)
    {
        var value = new StringBuilder();
        var p = start + 1;
        while (p < source.Length)
        {
            var c = source[p];
            if (c == '"')
            {
                _position = p + 1;
                return new Token(TokenKind.String, start, _position, location, value.ToString());
            }
            if (c is '\n' or '\r')
            {
                break;
            }
            if (c == '\\')
            {
                p = ReadEscape(p, value);
                continue;
            }
            if (char.IsHighSurrogate(c) && char.IsLowSurrogate(At(p + 1)))
            {
                value.Append(c).Append(source[p + 1]);
                p += 2;
                continue;
            }
            if (!IsSourceCharacter(p))
            {
                throw Error(p, $"Invalid character within String: {PrintCodePointAt(p)}.");
            }
            value.Append(c);
            p++;
        }
        throw Error(p, "Unterminated string.");
    }

    private int ReadEscape(int p, StringBuilder value)
    {
        switch (At(p + 1))
        {
            case '"': value.Append('"'); return p + 2;
            case '\\': value.Append('\\'); return p + 2;
            case '/': value.Append('/'); return p + 2;
            case 'b': value.Append('\b'); return p + 2;
            case 'f': value.Append('\f'); return p + 2;
            case 'n': value.Append('\n'); return p + 2;
            case 'r': value.Append('\r'); return p + 2;
            case 't': value.Append('\t'); return p + 2;
            case 'u': return ReadUnicodeEscape(p, value);
            default:
                var end = Math.Min(source.Length, p + 2);
                throw Error(p, $"Invalid character escape sequence: \"{source[p..end]}\".");
        }
    }

    private int ReadUnicodeEscape(int p, StringBuilder value)
    {
        if (At(p + 2) == '{')
        {
            var close = source.IndexOf('}', p + 3);
            var hex = close < 0 ? "" : source[(p + 3)..close];
            if (close < 0 || hex.Length == 0 || hex.Length > 8 || !hex.All(char.IsAsciiHexDigit)
                || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var point)
                || point > 0x10FFFF || point is >= 0xD800 and <= 0xDFFF)
            {
                var end = close < 0 ? Math.Min(source.Length, p + 3 + hex.Length) : close + 1;
                throw Error(p, $"Invalid Unicode escape sequence: \"{source[p..Math.Min(end, source.Length)]}\".");
            }
            value.Append(char.ConvertFromUtf32(point));
            return close + 1;
        }
        var code = ReadHex4(p + 2);
        if (code < 0)
        {
            throw Error(p, $"Invalid Unicode escape sequence: \"{source[p..Math.Min(source.Length, p + 6)]}\".");
        }
        if (char.IsHighSurrogate((char)code) && At(p + 6) == '\\' && At(p + 7) == 'u' && ReadHex4(p + 8) is var low && low >= 0
            && char.IsLowSurrogate((char)low))
        {
            value.Append((char)code).Append((char)low);
            return p + 12;
        }
        if (code is >= 0xD800 and <= 0xDFFF)
        {
            throw Error(p, $"Invalid Unicode escape sequence: \"{source[p..(p + 6)]}\".");
        }
        value.Append((char)code);
        return p + 6;
    }

    private int ReadHex4(int p) =>
        p + 4 <= source.Length && source.AsSpan(p, 4).ContainsAnyExcept("0123456789abcdefABCDEF") is false
            ? int.Parse(source.AsSpan(p, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : -1;

    private Token ReadBlockString(int start, SourceLocation location)
    {
        var raw = new StringBuilder();
        var p = start + 3;
        var (line, lineStart) = (_line, _lineStart);
        while (p < source.Length)
        {
            var c = source[p];
            if (c == '"' && At(p + 1) == '"' && At(p + 2) == '"')
            {
                _position = p + 3;
                (_line, _lineStart) = (line, lineStart);
                return new Token(TokenKind.BlockString, start, _position, location, BlockString.Value(raw.ToString()));
            }
            if (c == '\\' && At(p + 1) == '"' && At(p + 2) == '"' && At(p + 3) == '"')
            {
                raw.Append("\"\"\"");
                p += 4;
                continue;
            }
            if (c is '\n' or '\r')
            {
                raw.Append('\n');
                p += c == '\r' && At(p + 1) == '\n' ? 2 : 1;
                line++;
                lineStart = p;
                continue;
            }
            if (char.IsHighSurrogate(c) && char.IsLowSurrogate(At(p + 1)))
            {
                raw.Append(c).Append(source[p + 1]);
                p += 2;
                continue;
            }
            if (!IsSourceCharacter(p))
            {
                throw Error(p, $"Invalid character within String: {PrintCodePointAt(p)}.");
            }
            raw.Append(c);
            p++;
        }
        throw Error(p, "Unterminated string.");
    }

    private char At(int p) => p < source.Length ? source[p] : '\0';

    /// <summary>Inside strings any Unicode scalar value may stand (as in graphql-js); only lone surrogates are refused.</summary>
    private bool IsSourceCharacter(int p) => !char.IsSurrogate(source[p]);

    private bool IsUnicodeScalarValue(int p)
    {
        var c = source[p];
        return !char.IsSurrogate(c) || (char.IsHighSurrogate(c) && char.IsLowSurrogate(At(p + 1)));
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>A character as graphql-js prints it in messages: "c" when printable ASCII, U+XXXX otherwise, &lt;EOF&gt; at the end.</summary>
    private string PrintCodePointAt(int p)
    {
        if (p >= source.Length)
        {
            return "<EOF>";
        }
        var c = source[p];
        if (c is >= '\u0020' and <= '\u007E')
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }
        var point = char.IsHighSurrogate(c) && char.IsLowSurrogate(At(p + 1)) ? char.ConvertToUtf32(c, source[p + 1]) : c;
        return "U+" + point.ToString("X4", CultureInfo.InvariantCulture);
    }

    private GraphQLSyntaxException Error(int position, string message) => new(message, LocationAt(position));

    /// <summary>Line and column of any position, counted afresh (errors may lie past the current line).</summary>
    public SourceLocation LocationAt(int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < source.Length; i++)
        {
            if (source[i] == '\n' || (source[i] == '\r' && At(i + 1) != '\n'))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, position - lineStart + 1);
    }
}
