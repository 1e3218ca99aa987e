using System.ComponentModel.DataAnnotations;
using DutyGraph.GraphQL.Engine.Protection;

namespace DutyGraph.Server.Api;

/// <summary>The GraphQL endpoint's limits, bound once from the "GraphQL" section; the defaults suit a public server.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    [Range(1024, 64 << 20)]
    public int MaxRequestBytes { get; set; } = 1 << 20;

    [Range(1, 1_000_000)]
    public int MaxTokens { get; set; } = 10_000;

    [Range(1, 1000)]
    public int MaxDepth { get; set; } = 15;

    [Range(0, 100_000)]
    public int MaxAliases { get; set; } = 50;

    [Range(1, int.MaxValue)]
    public int MaxCost { get; set; } = 100_000;

    [Range(1, 10_000)]
    public int DefaultListSize { get; set; } = 10;

    /// <summary>Whether __schema and __type may be asked (IDEs and code generators need them).</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>The most characters a name argument (a name, title, code, jurisdiction, search words) may have.</summary>
    [Range(1, 100_000)]
    public int MaxNameLength { get; set; } = 200;

    /// <summary>The most characters any other text argument (a description, basis, note, reason) may have.</summary>
    [Range(1, 10_000_000)]
    public int MaxTextLength { get; set; } = 10_000;

    /// <summary>How long one request may execute before it is stopped.</summary>
    [Range(0.01, 3600)]
    public double TimeoutSeconds { get; set; } = 10;

    public RequestLimits Limits => new()
    {
        MaxTokens = MaxTokens, MaxDepth = MaxDepth, MaxAliases = MaxAliases, MaxCost = MaxCost,
        DefaultListSize = DefaultListSize, Introspection = Introspection,
    };
}
