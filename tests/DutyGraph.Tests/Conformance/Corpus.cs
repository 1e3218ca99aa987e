using System.Text;

namespace DutyGraph.Tests.Conformance;

/// <summary>
/// A corpus file of <c>conformance/corpus/</c>: cases, each headed by a line <c>### name</c>,
/// followed by the document, exactly as written (line ends included).
/// </summary>
public static class Corpus
{
    public sealed record Case(string Name, string Source);

    public static IReadOnlyList<Case> Read(string file)
    {
        var text = File.ReadAllText(Path.Combine(ReferenceImplementation.Folder, "corpus", file), new UTF8Encoding(false));
        var cases = new List<Case>();
        var headers = text.Split("### ");
        foreach (var part in headers.Skip(1))
        {
            var newline = part.IndexOf('\n', StringComparison.Ordinal);
            var name = part[..newline].TrimEnd('\r');
            var source = part[(newline + 1)..];
            if (source.EndsWith('\n'))
            {
                source = source[..^1];
            }
            cases.Add(new Case(name, source));
        }
        return cases;
    }
}
