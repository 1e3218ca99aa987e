using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.GraphQL.Engine.Execution;

/// <summary>Which operation of a document a request runs (GetOperation, 6.1): the one named, or the only one.</summary>
public static class Operations
{
    /// <summary>The operation a request selects; null when the name matches none, or no name is given and there is not exactly one.</summary>
    public static OperationDefinition? Select(Document document, string? name)
    {
        OperationDefinition? only = null;
        var count = 0;
        foreach (var operation in document.Definitions.OfType<OperationDefinition>())
        {
            if (name is not null && operation.Name?.Value == name)
            {
                return operation;
            }
            only = operation;
            count++;
        }
        return name is null && count == 1 ? only : null;
    }
}
