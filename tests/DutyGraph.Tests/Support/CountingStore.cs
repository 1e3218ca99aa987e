using System.Collections.Concurrent;
using System.Reflection;
using DutyGraph.Graph.Store;

namespace DutyGraph.Tests.Support;

/// <summary>Wraps a store and counts the calls made to it, by method name.</summary>
public class CountingStore : DispatchProxy
{
    private IGraphStore _inner = null!;

    public ConcurrentDictionary<string, int> Calls { get; } = new();

    public int Total => Calls.Values.Sum();

    public static (IGraphStore Store, CountingStore Counter) Over(IGraphStore inner)
    {
        var proxy = Create<IGraphStore, CountingStore>();
        var counter = (CountingStore)(object)proxy;
        counter._inner = inner;
        return (proxy, counter);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        Calls.AddOrUpdate(targetMethod!.Name, 1, (_, n) => n + 1);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
