using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Text;

namespace DutyGraph.Server.Api.Analysis;

/// <summary>Finds matters of the catalogue for the <c>matters</c> query: by words in the name, wordings or everyday words, and by field.</summary>
public static class CatalogueSearch
{
    public const int MaxMatters = 500;

    public static IReadOnlyList<Matter> Find(MatterCatalogue catalogue, string? search, string? field, int first)
    {
        if (first is < 0 or > MaxMatters)
        {
            throw new GraphQL.Engine.Execution.FieldException($"Argument \"first\" must be between 0 and {MaxMatters}; it was {first}.");
        }
        var words = SearchText.Normalize(search);
        bool Has(string text) => SearchText.Normalize(text).Contains(words, StringComparison.Ordinal);
        return [.. catalogue.Matters
            .Where(m => field is null || m.Field == field.Trim() || m.Field.StartsWith(field.Trim() + "/", StringComparison.Ordinal))
            .Where(m => words.Length == 0 || Has(m.Name) || m.Wordings.Any(Has) || m.Everyday.Any(Has))
            .OrderBy(m => words.Length > 0 && !Has(m.Name)).ThenBy(m => m.Name.Length).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Take(first)];
    }
}
