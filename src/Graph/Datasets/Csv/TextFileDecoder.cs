using System.Text;

namespace DutyGraph.Graph.Datasets.Csv;

/// <summary>
/// Opens a text file by what it is: UTF-8 or UTF-16 when it starts with that byte-order mark;
/// otherwise UTF-8 when every byte is valid UTF-8, else GB18030 (which covers GBK and GB2312:
/// what Excel's plain "CSV" writes on a Chinese Windows). Decoding is strict: a byte that is
/// not text in the encoding found throws <see cref="DecoderFallbackException"/> rather than
/// being replaced, so nothing is changed silently.
/// </summary>
public static class TextFileDecoder
{
    public const string Utf8Name = "UTF-8";
    public const string Utf16Name = "UTF-16";
    public const string Gb18030Name = "GB18030";

    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(
        54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("GB18030 (code page 54936) is not available on this runtime.");

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(false, false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(true, false, throwOnInvalidBytes: true);

    public static (TextReader Reader, string EncodingName) Open(string path)
    {
        var (encoding, name, bomLength) = Detect(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        stream.Position = bomLength;
        return (new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, 1 << 16), name);
    }

    private static (Encoding Encoding, string Name, int BomLength) Detect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> head = stackalloc byte[3];
        var read = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        if (read >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            return (StrictUtf8, Utf8Name, 3);
        }
        if (read >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return (StrictUtf16LittleEndian, Utf16Name, 2);
        }
        if (read >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            return (StrictUtf16BigEndian, Utf16Name, 2);
        }
        stream.Position = 0;
        return IsUtf8(stream) ? (StrictUtf8, Utf8Name, 0) : (Gb18030, Gb18030Name, 0);
    }

    private static bool IsUtf8(Stream stream)
    {
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[(1 << 16) + 4];
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
