using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Sqlite;
using DutyGraph.Graph.Store;

namespace DutyGraph.Tests.Support;

/// <summary>Helpers to make a fresh embedded store and to compare stores by what they export.</summary>
public static class Stores
{
    public static async Task<SqliteGraphStore> NewSqliteAsync(TempFolder folder, string name = "store.db")
    {
        var store = new SqliteGraphStore(folder.File(name));
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    /// <summary>The store's content as the text of its exported files: equal text, equal data.</summary>
    public static async Task<string> ExportTextAsync(IGraphStore store, TempFolder folder)
    {
        var target = folder.Sub("export-" + Guid.NewGuid().ToString("N"));
        await DatasetWriter.WriteFolderAsync(await store.ExportAsync(CancellationToken.None), target);
        return FolderText(target);
    }

    public static string FolderText(string folder) =>
        string.Join("\n", DatasetFiles.All.Select(f => $"== {f}\n{File.ReadAllText(Path.Combine(folder, f))}"));
}
