using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;
using DutyGraph.Graph.Store;

namespace DutyGraph.Graph.Analysis.Text;

/// <summary>A dataset folder's <c>thesaurus.csv</c> (口语, 清单用语, 备注), read with the same decoding and error reporting as the other files.</summary>
public static class ThesaurusFile
{
    public const string Name = "thesaurus.csv";

    /// <summary>The entries of a thesaurus file; any error refuses the whole file, each naming its line and column.</summary>
    public static IReadOnlyList<ThesaurusEntry> Read(string path)
    {
        var problems = new List<Problem>();
        var (reader, _) = TextFileDecoder.Open(path);
        using (reader)
        {
            var entries = Thesaurus.Read(reader, Path.GetFileName(path), problems);
            return problems.Any(p => p.Severity == Severity.Error) ? throw new DatasetRejectedException([.. problems.Where(p => p.Severity == Severity.Error)]) : entries;
        }
    }

    /// <summary>Adds the folder's thesaurus.csv to the store; null when the folder has none, else how many entries were new.</summary>
    public static async Task<int?> ImportAsync(IGraphStore store, string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, Name);
        return File.Exists(path) ? await store.AddThesaurusAsync([.. Read(path)], ct) : null;
    }
}
