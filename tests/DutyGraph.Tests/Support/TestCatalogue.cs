using DutyGraph.Graph.Analysis;
using DutyGraph.Graph.Analysis.Meanings;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Store;

namespace DutyGraph.Tests.Support;

/// <summary>
/// A small catalogue written in a test: its own matters, with the shipped unit kinds, action
/// words and cues, so that a test says exactly which matters exist.
/// </summary>
public static class TestCatalogue
{
    /// <summary>A matter: its name is also a wording; more wordings and everyday words after a '|' each, separated by '；'.</summary>
    public static Matter Matter(string name, string field, string wordings = "", string everyday = "", string leads = "市场监管", string? parent = null) =>
        new(name, field, [name, .. Split(wordings)], Split(everyday), Split(leads), [], parent, null);

    public static MatterCatalogue Of(params Matter[] matters) => Of([], matters);

    /// <summary>A catalogue of these matters with these 职责边界 (pairs of matter names).</summary>
    public static MatterCatalogue Of(IReadOnlyList<(string A, string B)> boundaries, params Matter[] matters)
    {
        var shipped = MatterCatalogue.Shipped;
        return new MatterCatalogue(matters, shipped.UnitKinds, shipped.Actions, shipped.Cues, [.. boundaries.Select(b => new MatterBoundary(b.A, b.B, null))]);
    }

    public static ModelMeanings Meanings(ReadModel model, MatterCatalogue catalogue, params DutyCorrection[] corrections) =>
        new(model, Knowledge.Of(0, catalogue, [], corrections).Reader);

    private static string[] Split(string text) => text.Split('；', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
