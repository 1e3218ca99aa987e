namespace DutyGraph.Graph.Common;

/// <summary>
/// The columns of a row that docs/formats.md does not define, kept in file order as
/// (header, value) so an export writes them back unchanged.
/// </summary>
public sealed class Extras : IEquatable<Extras>
{
    public static readonly Extras Empty = new([]);

    private readonly KeyValuePair<string, string>[] _pairs;

    public Extras(IEnumerable<KeyValuePair<string, string>> pairs) => _pairs = [.. pairs];

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    public bool IsEmpty => _pairs.Length == 0;

    public string? this[string header] =>
        _pairs.FirstOrDefault(p => string.Equals(p.Key, header, StringComparison.OrdinalIgnoreCase)).Value;

    public bool Equals(Extras? other) =>
        other is not null && _pairs.AsSpan().SequenceEqual(other._pairs);

    public override bool Equals(object? obj) => Equals(obj as Extras);

    public override int GetHashCode() => _pairs.Length == 0 ? 0 : HashCode.Combine(_pairs.Length, _pairs[0]);

    public override string ToString() => string.Join("; ", _pairs.Select(p => $"{p.Key}={p.Value}"));
}
