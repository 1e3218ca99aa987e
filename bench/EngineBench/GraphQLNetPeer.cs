using GraphQL;
using GraphQL.Types;

namespace DutyGraph.Bench;

/// <summary>
/// GraphQL.NET (8.8.5) on the same schema (schema first, from the same SDL) and the same data:
/// every field of an object type reads its value from the parent dictionary by name, as our
/// engine's and graphql-js's default resolvers do (GraphQL.NET's own default reads properties).
/// One operation is parse + validate + execute, as for the other two engines.
/// </summary>
public sealed class GraphQLNetPeer(string sdl, object? root, IEnumerable<(string Type, IEnumerable<string> Fields)> objectFields)
{
    private static readonly global::GraphQL.Resolvers.FuncFieldResolver<object?> FromDictionary =
        new(context => context.Source is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(context.FieldDefinition.Name) : null);

    private readonly ISchema _schema = Schema.For(sdl, builder =>
    {
        foreach (var (type, fields) in objectFields)
        {
            foreach (var field in fields)
            {
                builder.Types.For(type).FieldFor(field).Resolver = FromDictionary;
            }
        }
    });
    private readonly DocumentExecuter _executer = new();

    public async Task<object?> OnceAsync(string query)
    {
        var result = await _executer.ExecuteAsync(options =>
        {
            options.Schema = _schema;
            options.Query = query;
            options.Root = root;
            options.ThrowOnUnhandledException = true;
        });
        return result.Errors is { Count: > 0 } errors ? throw new InvalidOperationException("GraphQL.NET: " + errors[0].Message) : result.Data;
    }
}
