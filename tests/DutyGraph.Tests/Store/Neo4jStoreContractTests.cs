using DutyGraph.Graph.Neo4j;
using DutyGraph.Graph.Neo4j.Store;
using DutyGraph.Graph.Store;
using DutyGraph.Tests.Neo4j;
using DutyGraph.Tests.Support;

namespace DutyGraph.Tests.Store;

/// <summary>
/// The Neo4j store runs the whole contract against the live Neo4j of NEO4J_URI, each test from
/// an empty database (so point it at a database kept for tests); skipped, saying so, without one.
/// </summary>
[NeedsLiveNeo4j]
[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jStoreContractTests : StoreContract, IAsyncLifetime
{
    private readonly List<Neo4jGraphStore> _stores = [];

    protected override async Task<IGraphStore> NewStoreAsync(TempFolder temp)
    {
        var store = await LiveNeo4j.EmptyStoreAsync(CancellationToken.None);
        _stores.Add(store);
        return store;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }
}
