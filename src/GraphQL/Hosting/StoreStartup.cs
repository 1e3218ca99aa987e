using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;
using Microsoft.Extensions.Options;

namespace DutyGraph.Server.Hosting;

/// <summary>
/// At start: checks the schema against its resolvers (a server whose schema names a field
/// nothing resolves does not start), creates or migrates the store and, when it is empty, loads
/// the seed dataset; says where and what.
/// </summary>
public sealed class StoreStartup(IGraphStore store, IOptions<StoreOptions> options, ILogger<StoreStartup> logger, IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<Api.DutyGraphSchema>();
        await store.InitializeAsync(cancellationToken);
        var counts = await store.CountAsync(cancellationToken);
        logger.LogInformation("DutyGraph store: {Location}", store.Location);
        if (counts.Units + counts.Duties == 0 && options.Value.LoadSeedWhenEmpty)
        {
            var folder = options.Value.ResolvedSeedFolder;
            var summary = await store.BulkLoadAsync(DatasetFolder.Open(folder, cancellationToken), LoadMode.Merge, null, cancellationToken);
            logger.LogInformation(
                "Loaded the seed dataset from {Folder}: {Units} units, {Sections} sections, {Duties} duties ({Holdings} holdings), {Correspondences} correspondences, {Warnings} dangling references",
                folder, summary.Units, summary.Sections, summary.Duties, summary.Holdings, summary.Correspondences, summary.Warnings.Count);
            counts = await store.CountAsync(cancellationToken);
        }
        logger.LogInformation("The store holds {Units} units, {Sections} sections, {Duties} duties, {Holdings} holdings, {Correspondences} correspondences",
            counts.Units, counts.Sections, counts.Duties, counts.Holdings, counts.Correspondences);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
