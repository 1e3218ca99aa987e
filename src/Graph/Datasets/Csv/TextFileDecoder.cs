using System.Text;

namespace DutyGraph.Graph.Datasets.Csv;

/// <summary>
/// Opens a text file as UTF-8 (with or without a byte-order mark) or, when its bytes are
/// not valid UTF-8, as GB18030 (which covers GBK and GB2312): what Excel's plain "CSV"
/// writes on a Chinese Windows.
/// </summary>
public static class TextFileDecoder
{
    public const string Utf8Name = "UTF-8";
    public const string Gb18030Name = "GB18030";

    public static (TextReader Reader, string EncodingName) Open(string path)
    {
        var encoding = Detect(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, 1 << 16);
        return (reader, encoding is UTF8Encoding ? Utf8Name : Gb18030Name);
    }

    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(
        54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("GB18030 (code page 54936) is not available on this runtime.");

    private static Encoding Detect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[(1 << 16) + 4];
        int read;
        try
        {
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return new UTF8Encoding(false, throwOnInvalidBytes: true);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030;
        }
    }
}
