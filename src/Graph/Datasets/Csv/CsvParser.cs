using System.Buffers;
using System.Text;

namespace DutyGraph.Graph.Datasets.Csv;

/// <summary>
/// A streaming RFC 4180 reader that never stops at the first problem: broken quoting is
/// reported with its line and field number, and reading goes on where it sensibly can.
/// Accepts CRLF, LF and CR line ends. Unquoted fields, the common case, are cut straight
/// out of the buffer.
/// </summary>
public sealed class CsvParser
{
    private static readonly SearchValues<char> FieldEnd = SearchValues.Create(",\r\n\"");

    private readonly TextReader _reader;
    private readonly string _file;
    private readonly ICollection<Problem> _problems;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private int _length;
    private int _position;
    private int _line = 1;

    public CsvParser(TextReader reader, string file, ICollection<Problem> problems)
    {
        _reader = reader;
        _file = file;
        _problems = problems;
    }

    /// <summary>The physical line being read.</summary>
    public int Line => _line;

    /// <summary>Reads the next record, or returns null at the end of the file.</summary>
    public CsvRecord? Read()
    {
        if (Peek() < 0)
        {
            return null;
        }
        _fields.Clear();
        var startLine = _line;
        while (true)
        {
            var (value, ended) = ReadField(startLine);
            _fields.Add(value);
            if (ended)
            {
                return new CsvRecord(startLine, [.. _fields]);
            }
        }
    }

    /// <summary>Reads one field; true when it ended the record.</summary>
    private (string Value, bool Ended) ReadField(int recordLine)
    {
        var column = _fields.Count + 1;
        if (Peek() == '"')
        {
            Next();
            _field.Clear();
            var ended = ReadQuoted(recordLine, column);
            return (_field.ToString(), ended);
        }
        if (TryCutUnquoted(out var cut, out var endedHere))
        {
            return (cut, endedHere);
        }
        _field.Clear();
        var reportedQuote = false;
        while (true)
        {
            var c = Next();
            switch (c)
            {
                case < 0:
                    return (_field.ToString(), true);
                case ',':
                    return (_field.ToString(), false);
                case '\r' or '\n':
                    EndLine(c);
                    return (_field.ToString(), true);
                case '"' when !reportedQuote:
                    reportedQuote = true;
                    _problems.Add(Problem.Error(_file, _line, column,
                        "a quote inside an unquoted field: quote the whole field and double the quote (\"\")"));
                    _field.Append('"');
                    break;
                default:
                    _field.Append((char)c);
                    break;
            }
        }
    }

    /// <summary>An unquoted field that ends inside the buffer, cut out in one piece; false leaves it to the slow path.</summary>
    private bool TryCutUnquoted(out string value, out bool ended)
    {
        var span = _buffer.AsSpan(_position, _length - _position);
        var end = span.IndexOfAny(FieldEnd);
        if (end < 0 || span[end] == '"' || (span[end] == '\r' && end + 1 == span.Length))
        {
            value = "";
            ended = false;
            return false;
        }
        value = end == 0 ? "" : new string(span[..end]);
        var c = span[end];
        _position += end + 1;
        ended = c != ',';
        if (ended)
        {
            EndLine(c);
        }
        return true;
    }

    private bool ReadQuoted(int recordLine, int column)
    {
        var openedAt = _line;
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                _problems.Add(Problem.Error(_file, openedAt, column,
                    "the quoted field that starts here is never closed (a missing closing quote)"));
                return true;
            }
            if (c == '"')
            {
                if (Peek() == '"')
                {
                    Next();
                    _field.Append('"');
                    continue;
                }
                return AfterClosingQuote(column);
            }
            if (c == '\r' || c == '\n')
            {
                _field.Append((char)c);
                if (c == '\r' && Peek() == '\n')
                {
                    _field.Append('\n');
                }
                EndLine(c);
                continue;
            }
            _field.Append((char)c);
        }
    }

    private bool AfterClosingQuote(int column)
    {
        var reported = false;
        while (true)
        {
            var c = Next();
            switch (c)
            {
                case < 0:
                    return true;
                case ',':
                    return false;
                case '\r' or '\n':
                    EndLine(c);
                    return true;
                case ' ' or '\t':
                    break;
                default:
                    if (!reported)
                    {
                        reported = true;
                        _problems.Add(Problem.Error(_file, _line, column,
                            "text after the closing quote of a quoted field: quote the whole field and double any quote inside it"));
                    }
                    _field.Append((char)c);
                    break;
            }
        }
    }

    private void EndLine(int c)
    {
        if (c == '\r' && Peek() == '\n')
        {
            Next();
        }
        _line++;
    }

    private int Peek()
    {
        if (_position < _length)
        {
            return _buffer[_position];
        }
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0 ? _buffer[0] : -1;
    }

    private int Next()
    {
        var c = Peek();
        if (c >= 0)
        {
            _position++;
        }
        return c;
    }
}
