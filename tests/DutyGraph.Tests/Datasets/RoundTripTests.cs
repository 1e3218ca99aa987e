using System.Text;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Datasets.Csv;
using DutyGraph.Graph.Generation;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Datasets;

/// <summary>Import, export, import again: nothing is lost or changed.</summary>
public sealed class RoundTripTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<string> ImportAndExportAsync(TempFolder temp, IDatasetSource source, string db, string? exportTo = null)
    {
        var store = await Stores.NewSqliteAsync(temp, db);
        await store.BulkLoadAsync(source, LoadMode.Merge, null, None);
        if (exportTo is not null)
        {
            await DatasetWriter.WriteFolderAsync(await store.ExportAsync(None), exportTo);
        }
        return await Stores.ExportTextAsync(store, temp);
    }

    [Fact]
    public async Task The_seed_comes_back_unchanged_after_import_export_import()
    {
        using var temp = new TempFolder();
        var exported = temp.File("exported");

        var first = await ImportAndExportAsync(temp, DatasetFolder.Open(Paths.Seed), "a.db", exported);
        var second = await ImportAndExportAsync(temp, DatasetFolder.Open(exported), "b.db");

        Assert.Equal(first, second);
        var seed = DatasetReader.ReadFolder(Paths.Seed).ValidDataset();
        var again = DatasetReader.ReadFolder(exported).ValidDataset();
        Assert.Equal(seed.Units.Select(u => u.Value with { Aliases = [] }), again.Units.Select(u => u.Value with { Aliases = [] }));
        Assert.Equal(seed.Units.Select(u => string.Join('；', u.Value.Aliases)), again.Units.Select(u => string.Join('；', u.Value.Aliases)));
        Assert.Equal(seed.Sections.Select(s => s.Value), again.Sections.Select(s => s.Value));
        Assert.Equal(seed.Duties.Select(d => d.Duty.Value), again.Duties.Select(d => d.Duty.Value));
        Assert.Equal(seed.Duties.SelectMany(d => d.Holdings.Select(h => h.Value)), again.Duties.SelectMany(d => d.Holdings.Select(h => h.Value)));
        Assert.Equal(seed.Correspondences.Select(c => c.Value), again.Correspondences.Select(c => c.Value));
    }

    [Fact]
    public async Task Generated_counties_come_back_byte_for_byte_after_import_export_import()
    {
        using var temp = new TempFolder();
        var generated = temp.File("generated");
        var exported = temp.File("exported");
        await DatasetWriter.WriteFolderAsync(SyntheticDataset.Generate(2, seed: 7), generated);

        var first = await ImportAndExportAsync(temp, DatasetFolder.Open(generated), "a.db", exported);
        var second = await ImportAndExportAsync(temp, DatasetFolder.Open(exported), "b.db");

        Assert.Equal(first, second);
        Assert.Equal(Stores.FolderText(generated), Stores.FolderText(exported));
    }

    [Fact]
    public async Task A_GB18030_copy_of_the_seed_imports_to_exactly_what_the_UTF8_seed_does()
    {
        using var temp = new TempFolder();
        var gbk = temp.Sub("seed");
        foreach (var file in DatasetFiles.All)
        {
            var text = File.ReadAllText(Path.Combine(Paths.Seed, file), Encoding.UTF8);
            File.WriteAllBytes(Path.Combine(gbk, file), TextFileDecoder.Gb18030.GetBytes(text));
        }

        Assert.Equal(await ImportAndExportAsync(temp, DatasetFolder.Open(Paths.Seed), "utf8.db"),
            await ImportAndExportAsync(temp, DatasetFolder.Open(gbk), "gbk.db"));
    }

    [Fact]
    public void The_same_seed_generates_the_same_dataset_and_another_seed_a_different_one()
    {
        string Text(int seed) => string.Join("\n", SyntheticDataset.Generate(1, seed).DutyRows.Select(r => $"{r.Duty.Title}|{r.Holding?.Unit}|{r.Holding?.Section}"));

        Assert.Equal(Text(1), Text(1));
        Assert.NotEqual(Text(1), Text(2));
    }

    [Fact]
    public void A_generated_county_is_shaped_like_a_real_one_and_has_its_planted_orphans()
    {
        var county = SyntheticDataset.Generate(1);

        Assert.InRange(county.Units.Count(u => !u.Value.Jurisdiction.Contains('/')), 38, 45);
        Assert.InRange(county.Sections.Count, 250, 350);
        Assert.InRange(county.Duties.Count, 4_500, 5_500);
        Assert.Equal(10, county.Units.Select(u => u.Value.Jurisdiction).Distinct().Count(j => j.Contains('/')));
        Assert.Contains(county.Duties, d => d.Holdings.Count == 0);
        Assert.Contains(county.Duties, d => d.Holdings.Any(h => h.Value.Unit == SyntheticDataset.AbolishedUnit));
        Assert.Contains(county.Duties, d => d.Holdings.Any(h => h.Value.Section == SyntheticDataset.MissingSection));
        Assert.Contains(county.Correspondences, c => c.Value.CountyUnit == SyntheticDataset.MissingCountyUnit);
    }
}
