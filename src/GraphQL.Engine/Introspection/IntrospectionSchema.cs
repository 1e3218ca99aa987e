using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.GraphQL.Engine.Introspection;

/// <summary>The SDL of the introspection types, parsed once from the embedded resource.</summary>
internal static class IntrospectionSchema
{
    public static readonly Document Document = Load();

    private static Document Load()
    {
        using var stream = typeof(IntrospectionSchema).Assembly.GetManifestResourceStream("IntrospectionTypes.graphql")
            ?? throw new InvalidOperationException("the introspection types resource is missing from the engine assembly");
        using var reader = new StreamReader(stream);
        return Parser.Parse(reader.ReadToEnd());
    }
}
