using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.Server.Api.Common;

namespace DutyGraph.Server.Api.Mutations;

/// <summary>A refusal of a mutation's input found before the store is asked: the input path at fault and why.</summary>
public sealed class InputException(string code, IReadOnlyList<string> field, string message) : Exception(message)
{
    public string Code { get; } = code;
    public IReadOnlyList<string> Field { get; } = field;
}

/// <summary>A mutation's coerced <c>input</c> object, read by field name.</summary>
public sealed class Input(IReadOnlyDictionary<string, object?> values)
{
    public static Input Of(ResolveContext c) => new(c.Argument<IReadOnlyDictionary<string, object?>>("input"));

    public bool Has(string name) => values.ContainsKey(name);

    public T? Get<T>(string name) => values.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public string Text(string name) => Get<string>(name) ?? "";

    public DateOnly? Date(string name) => values.TryGetValue(name, out var value) ? value as DateOnly? : null;

    public int? Int(string name) => values.TryGetValue(name, out var value) ? value as int? : null;

    /// <summary>The field's new value when given (null clears it), else the current one.</summary>
    public T Patch<T>(string name, T current) => values.TryGetValue(name, out var value) ? (T)value! : current;

    public IReadOnlyList<string> Strings(string name) => Get<List<object?>>(name)?.Cast<string>().ToList() ?? [];

    public IReadOnlyList<Input> Objects(string name) =>
        Get<List<object?>>(name)?.Select(v => new Input((IReadOnlyDictionary<string, object?>)v!)).ToList() ?? [];

    /// <summary>The record id of a global id field that must name that type.</summary>
    public long Id(string name, string type, params string[] at) =>
        IdOf(Text(name), [type], [.. at, name]).Id;

    /// <summary>The type and record id of a global id that must name one of the types; refused naming the field otherwise.</summary>
    public static (string Type, long Id) IdOf(string globalId, IReadOnlyList<string> types, IReadOnlyList<string> at) =>
        GlobalId.Parse(globalId) is var (type, id) && types.Contains(type)
            ? (type, id)
            : throw new InputException("INVALID_ARGUMENT", ["input", .. at],
                $"\"{globalId}\" is not the id of a {string.Join(" or ", types.Select(t => t.ToLowerInvariant()))}");
}
