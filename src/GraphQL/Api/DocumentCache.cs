using System.Collections.Concurrent;
using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;
using DutyGraph.GraphQL.Engine.Validation;

namespace DutyGraph.Server.Api;

/// <summary>
/// Parsed and validated documents by their text: clients send the same few queries again and
/// again, and a document's validity depends only on the schema. Bounded: when full it starts afresh.
/// Only valid documents of at most 16K characters are kept.
/// </summary>
public sealed class DocumentCache(Schema schema, int capacity = 1000)
{
    private ConcurrentDictionary<(string Text, int MaxTokens), (Document Document, IReadOnlyList<GraphQLError> Errors)> _entries = new();

    /// <summary>Longer texts are parsed each time: the cache holds at most capacity × this many characters.</summary>
    public const int MaxCachedLength = 16 * 1024;

    public (Document Document, IReadOnlyList<GraphQLError> Errors) Get(string text, int maxTokens)
    {
        if (_entries.TryGetValue((text, maxTokens), out var entry))
        {
            return entry;
        }
        var document = Parser.Parse(text, maxTokens);
        entry = (document, Validator.Validate(schema, document));
        if (entry.Errors.Count > 0 || text.Length > MaxCachedLength)
        {
            return entry;
        }
        if (_entries.Count >= capacity)
        {
            _entries = new();
        }
        _entries[(text, maxTokens)] = entry;
        return entry;
    }
}
