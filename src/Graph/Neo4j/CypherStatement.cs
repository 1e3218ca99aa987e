namespace DutyGraph.Graph.Neo4j;

/// <summary>
/// A Cypher statement the Neo4j store sends: its name, its text, the parameters the code that
/// sends it supplies, and whether running it twice leaves the same result (so a transient
/// failure may be retried). Every statement is a constant of <see cref="Cypher"/>, checked in the
/// test command by Neo4j's own Cypher front end against these parameter names.
/// </summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlyList<string> Parameters, bool Idempotent)
{
    /// <summary>The statement with its parameters; refused unless exactly the declared ones are given.</summary>
    public CypherCall With(params (string Name, object? Value)[] parameters)
    {
        var given = parameters.Select(p => p.Name).ToList();
        var missing = Parameters.Except(given, StringComparer.Ordinal).ToList();
        var extra = given.Except(Parameters, StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0 || given.Count != given.Distinct(StringComparer.Ordinal).Count())
        {
            throw new ArgumentException(
                $"Cypher statement {Name} takes ${string.Join(", $", Parameters)}; it was given ${string.Join(", $", given)}"
                + (missing.Count > 0 ? $" (missing ${string.Join(", $", missing)})" : "")
                + (extra.Count > 0 ? $" (not declared ${string.Join(", $", extra)})" : ""));
        }
        return new CypherCall(this, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));
    }
}

/// <summary>A statement with the values of its parameters, ready to send.</summary>
public sealed record CypherCall(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters);
