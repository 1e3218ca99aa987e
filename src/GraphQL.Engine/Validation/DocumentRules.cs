using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.GraphQL.Engine.Validation;

/// <summary>Rules about a document's definitions and fragments (specification 5.1, 5.2.1, 5.2.2, 5.5).</summary>
internal static class DocumentRules
{
    /// <summary>5.1.1 Executable Definitions.</summary>
    public static void ExecutableDefinitions(ValidationContext c)
    {
        foreach (var definition in c.Document.Definitions)
        {
            var name = definition switch
            {
                OperationDefinition or FragmentDefinition => null,
                SchemaDefinition => "schema",
                TypeDefinition t => $"\"{t.Name.Value}\"",
                DirectiveDefinition d => $"\"{d.Name.Value}\"",
                _ => "unknown",
            };
            if (name is not null)
            {
                c.Report($"The {name} definition is not executable.", definition.Location);
            }
        }
    }

    /// <summary>5.2.1.1 Operation Name Uniqueness.</summary>
    public static void UniqueOperationNames(ValidationContext c)
    {
        foreach (var group in c.Operations.Where(o => o.Name is not null).GroupBy(o => o.Name!.Value))
        {
            var first = group.First();
            foreach (var repeat in group.Skip(1))
            {
                c.Report($"There can be only one operation named \"{group.Key}\".", first.Name!.Location, repeat.Name!.Location);
            }
        }
    }

    /// <summary>5.2.2.1 Lone Anonymous Operation.</summary>
    public static void LoneAnonymousOperation(ValidationContext c)
    {
        if (c.Operations.Count <= 1)
        {
            return;
        }
        foreach (var anonymous in c.Operations.Where(o => o.Name is null))
        {
            c.Report("This anonymous operation must be the only defined operation.", anonymous.Location);
        }
    }

    /// <summary>5.5.1.1 Fragment Name Uniqueness.</summary>
    public static void UniqueFragmentNames(ValidationContext c)
    {
        foreach (var group in c.FragmentDefinitions.GroupBy(f => f.Name.Value))
        {
            var first = group.First();
            foreach (var repeat in group.Skip(1))
            {
                c.Report($"There can be only one fragment named \"{group.Key}\".", first.Name.Location, repeat.Name.Location);
            }
        }
    }

    /// <summary>5.5.2.1 Fragment spread target defined.</summary>
    public static void KnownFragmentNames(ValidationContext c)
    {
        foreach (var spread in AllSelectionSets(c).SelectMany(s => s.Selections).OfType<FragmentSpread>())
        {
            if (c.Fragment(spread.Name.Value) is null)
            {
                c.Report($"Unknown fragment \"{spread.Name.Value}\".", spread.Name.Location);
            }
        }
    }

    /// <summary>5.5.1.4 Fragments Must Be Used.</summary>
    public static void NoUnusedFragments(ValidationContext c)
    {
        var used = c.Operations.SelectMany(o => c.RecursivelyReferencedFragments(o.SelectionSet)).Select(f => f.Name.Value).ToHashSet();
        foreach (var fragment in c.FragmentDefinitions.Where(f => !used.Contains(f.Name.Value)))
        {
            c.Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment.Location);
        }
    }

    /// <summary>5.5.2.2 Fragment spreads must not form cycles; each cycle is reported once, from where it is first entered.</summary>
    public static void NoFragmentCycles(ValidationContext c)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<FragmentSpread>();
        var pathIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fragment in c.FragmentDefinitions)
        {
            Detect(fragment);
        }

        void Detect(FragmentDefinition fragment)
        {
            if (!visited.Add(fragment.Name.Value))
            {
                return;
            }
            var spreads = ValidationContext.Spreads(fragment.SelectionSet).ToList();
            if (spreads.Count == 0)
            {
                return;
            }
            pathIndex[fragment.Name.Value] = path.Count;
            foreach (var spread in spreads)
            {
                var name = spread.Name.Value;
                path.Add(spread);
                if (!pathIndex.TryGetValue(name, out var cycleStart))
                {
                    if (c.Fragment(name) is { } next)
                    {
                        Detect(next);
                    }
                }
                else
                {
                    var cycle = path.Skip(cycleStart).ToList();
                    var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                    c.Report($"Cannot spread fragment \"{name}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                        [.. cycle.Select(s => s.Location)]);
                }
                path.RemoveAt(path.Count - 1);
            }
            pathIndex.Remove(fragment.Name.Value);
        }
    }

    /// <summary>Every selection set of every operation and fragment.</summary>
    public static IEnumerable<SelectionSet> AllSelectionSets(ValidationContext c) =>
        c.Operations.Select(o => o.SelectionSet).Concat(c.FragmentDefinitions.Select(f => f.SelectionSet)).SelectMany(ValidationContext.SelectionSets);
}
