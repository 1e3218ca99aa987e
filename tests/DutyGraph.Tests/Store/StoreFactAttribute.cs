using DutyGraph.Tests.Neo4j;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DutyGraph.Tests.Store;

/// <summary>
/// A fact of the store contract. It runs for every store's test class, except that a class
/// marked <see cref="NeedsLiveNeo4jAttribute"/> reports it as skipped, saying what to set, when
/// no live Neo4j is configured.
/// </summary>
[XunitTestCaseDiscoverer("DutyGraph.Tests.Store.StoreFactDiscoverer", "DutyGraph.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>The test class runs against the live Neo4j of NEO4J_URI (see <see cref="LiveNeo4jFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsLiveNeo4jAttribute : Attribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var live = testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsLiveNeo4jAttribute)).Any();
        if (live && LiveNeo4j.Settings() is null)
        {
            return [new XunitSkippedDataRowTestCase(diagnostics, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(),
                testMethod, LiveNeo4jFactAttribute.Reason)];
        }
        return [new XunitTestCase(diagnostics, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod)];
    }
}
