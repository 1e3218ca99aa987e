using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Validation;

/// <summary>
/// 5.3.2 Field Selection Merging: fields with the same response name must be mergeable (same
/// field and arguments, unless their parents can never both apply; compatible types; mergeable
/// sub-selections). Follows graphql-js's algorithm and its memoisation, so the same conflicts
/// are reported once, worded the same, with the same locations.
/// </summary>
internal sealed class OverlappingFields(ValidationContext c)
{
    private const int MaxDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    private sealed record FieldDetails(NamedGraphType? ParentType, Field Node, OutputField? Definition)
    {
        public bool IsSimpleLeaf => Node.Arguments.Count == 0 && Node.SelectionSet is null;
    }

    private sealed class CollectResult
    {
        public OrderedDictionary<string, List<FieldDetails>> Fields { get; } = new(StringComparer.Ordinal);
        public List<string> FragmentNames { get; } = [];
        public Dictionary<string, bool> ComparedFragments { get; } = new(StringComparer.Ordinal);
    }

    private sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<Field> Fields1, IReadOnlyList<Field> Fields2);

    private readonly Dictionary<(NamedGraphType?, SelectionSet), CollectResult> _collected = [];
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];

    public static void Check(ValidationContext c)
    {
        var rule = new OverlappingFields(c);
        foreach (var operation in c.Operations)
        {
            rule.Visit(c.Schema.RootType(operation.Operation), operation.SelectionSet);
        }
        foreach (var fragment in c.FragmentDefinitions)
        {
            rule.Visit(TypedSelections.Composite(c, fragment.TypeCondition.Name.Value), fragment.SelectionSet);
        }
        foreach (var field in TypedSelections.Fields(c).Where(f => f.Field.SelectionSet is not null))
        {
            var type = field.Definition?.Type.NamedType;
            rule.Visit(type is not null && NameRules.IsComposite(type) ? type : null, field.Field.SelectionSet!);
        }
    }

    private void Visit(NamedGraphType? parentType, SelectionSet set)
    {
        if (set.Selections.Count <= 1 && set.Selections.FirstOrDefault() is not InlineFragment)
        {
            return;
        }
        foreach (var conflict in ConflictsWithin(parentType, set))
        {
            c.Report($"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1.Concat(conflict.Fields2).Select(f => f.Location)]);
        }
    }

    private List<Conflict> ConflictsWithin(NamedGraphType? parentType, SelectionSet set)
    {
        var conflicts = new List<Conflict>();
        var collected = Collect(parentType, set);
        foreach (var (responseName, fields) in collected.Fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
        var names = collected.FragmentNames;
        if (names.Count != 0 && (collected.Fields.Count != 0 || names.Count > 1))
        {
            for (var i = 0; i < names.Count; i++)
            {
                BetweenFieldsAndFragment(conflicts, false, collected, names[i]);
                for (var j = i + 1; j < names.Count; j++)
                {
                    BetweenFragments(conflicts, false, names[i], names[j]);
                }
            }
        }
        return conflicts;
    }

    private void BetweenFieldsAndFragment(List<Conflict> conflicts, bool exclusive, CollectResult fields, string fragmentName)
    {
        if (fields.Fields.Count == 0)
        {
            return;
        }
        if (fields.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || exclusive))
        {
            return;
        }
        fields.ComparedFragments[fragmentName] = exclusive;
        if (c.Fragment(fragmentName) is not { } fragment)
        {
            return;
        }
        var fragmentFields = CollectFragment(fragment);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }
        Between(conflicts, exclusive, fields, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
        {
            BetweenFieldsAndFragment(conflicts, exclusive, fields, referenced);
        }
    }

    private void BetweenFragments(List<Conflict> conflicts, bool exclusive, string name1, string name2)
    {
        if (name1 == name2 || ComparedPair(name1, name2, exclusive))
        {
            return;
        }
        _comparedFragmentPairs[(name1, name2)] = exclusive;
        if (c.Fragment(name1) is not { } fragment1 || c.Fragment(name2) is not { } fragment2)
        {
            return;
        }
        var fields1 = CollectFragment(fragment1);
        var fields2 = CollectFragment(fragment2);
        Between(conflicts, exclusive, fields1, fields2);
        foreach (var referenced in fields2.FragmentNames)
        {
            BetweenFragments(conflicts, exclusive, name1, referenced);
        }
        foreach (var referenced in fields1.FragmentNames)
        {
            BetweenFragments(conflicts, exclusive, referenced, name2);
        }
    }

    private bool ComparedPair(string a, string b, bool exclusive)
    {
        bool Has(string x, string y) => _comparedFragmentPairs.TryGetValue((x, y), out var stored) && (exclusive || stored == exclusive);
        return Has(a, b) || Has(b, a);
    }

    private List<Conflict> BetweenSubSelections(bool exclusive, NamedGraphType? type1, SelectionSet set1, NamedGraphType? type2, SelectionSet set2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = Collect(type1, set1);
        var fields2 = Collect(type2, set2);
        Between(conflicts, exclusive, fields1, fields2);
        foreach (var name in fields2.FragmentNames)
        {
            BetweenFieldsAndFragment(conflicts, exclusive, fields1, name);
        }
        foreach (var name in fields1.FragmentNames)
        {
            BetweenFieldsAndFragment(conflicts, exclusive, fields2, name);
        }
        foreach (var name1 in fields1.FragmentNames)
        {
            foreach (var name2 in fields2.FragmentNames)
            {
                BetweenFragments(conflicts, exclusive, name1, name2);
            }
        }
        return conflicts;
    }

    private void Between(List<Conflict> conflicts, bool exclusive, CollectResult fields1, CollectResult fields2)
    {
        if (fields1.Fields.Count == 0 || fields2.Fields.Count == 0)
        {
            return;
        }
        foreach (var (responseName, list1) in fields1.Fields)
        {
            if (!fields2.Fields.TryGetValue(responseName, out var list2))
            {
                continue;
            }
            foreach (var field1 in list1)
            {
                foreach (var field2 in list2)
                {
                    if (FindConflict(exclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentsExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        var exclusive = parentsExclusive
            || (field1.ParentType != field2.ParentType && field1.ParentType is ObjectGraphType && field2.ParentType is ObjectGraphType);
        var (node1, node2) = (field1.Node, field2.Node);
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(field1.Definition?.Type, field2.Definition?.Type)
            && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }
        if (!exclusive)
        {
            var reason = node1.Name.Value != node2.Name.Value
                ? $"\"{Abbreviate(node1.Name.Value)}\" and \"{Abbreviate(node2.Name.Value)}\" are different fields"
                : SameArguments(node1.Arguments, node2.Arguments) ? null : "they have differing arguments";
            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }
        var (type1, type2) = (field1.Definition?.Type, field2.Definition?.Type);
        if (type1 is not null && type2 is not null && TypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }
        if (node1.SelectionSet is { } set1 && node2.SelectionSet is { } set2)
        {
            var sub = BetweenSubSelections(exclusive, type1?.NamedType, set1, type2?.NamedType, set2);
            return SubfieldConflict(sub, responseName, node1, node2);
        }
        return null;
    }

    private static Conflict? SubfieldConflict(List<Conflict> conflicts, string responseName, Field node1, Field node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }
        var message = "";
        foreach (var conflict in conflicts)
        {
            message += (message.Length == 0 ? "" : " and ") + $"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}";
            if (message.Length > MaxDetailLength)
            {
                break;
            }
        }
        return new Conflict(responseName, Abbreviate(message), Nodes(node1, conflicts, c => c.Fields1), Nodes(node2, conflicts, c => c.Fields2));
    }

    private static List<Field> Nodes(Field node, List<Conflict> conflicts, Func<Conflict, IReadOnlyList<Field>> side)
    {
        var nodes = new List<Field> { node };
        foreach (var conflict in conflicts)
        {
            var remaining = MaxConflictNodes - nodes.Count;
            var fields = side(conflict);
            nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }
        return nodes;
    }

    private static bool SameArguments(IReadOnlyList<Argument> arguments1, IReadOnlyList<Argument> arguments2)
    {
        if (arguments1.Count == 0)
        {
            return arguments2.Count == 0;
        }
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }
        return arguments1.All(a1 => arguments2.LastOrDefault(a2 => a2.Name.Value == a1.Name.Value) is { } a2
            && Canonical(a1.Value) == Canonical(a2.Value));
    }

    /// <summary>A value's structure as text, object fields sorted, for comparing arguments.</summary>
    private static string Canonical(Value value) => value switch
    {
        Variable v => $"$({v.Name.Value})",
        ObjectValue o => "{" + string.Join(",", o.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal)
            .Select(f => f.Name.Value + ":" + Canonical(f.Value))) + "}",
        ListValue l => "[" + string.Join(",", l.Items.Select(Canonical)) + "]",
        StringValue s => $"S({s.Text}|{s.Block})",
        IntValue i => $"I({i.Text})",
        FloatValue f => $"F({f.Text})",
        BooleanValue b => $"B({b.Flag})",
        EnumValue e => $"E({e.Text})",
        _ => "null",
    };

    private static bool TypesConflict(GraphType type1, GraphType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }
        return (type1, type2) switch
        {
            (ListGraphType l1, ListGraphType l2) => TypesConflict(l1.OfType, l2.OfType),
            (ListGraphType, _) or (_, ListGraphType) => true,
            (NonNullGraphType n1, NonNullGraphType n2) => TypesConflict(n1.OfType, n2.OfType),
            (NonNullGraphType, _) or (_, NonNullGraphType) => true,
            _ when type1 is ScalarGraphType or EnumGraphType || type2 is ScalarGraphType or EnumGraphType => !ReferenceEquals(type1, type2),
            _ => false,
        };
    }

    private CollectResult Collect(NamedGraphType? parentType, SelectionSet set)
    {
        if (_collected.TryGetValue((parentType, set), out var cached))
        {
            return cached;
        }
        var result = new CollectResult();
        CollectInto(parentType, set, result);
        _collected[(parentType, set)] = result;
        return result;
    }

    private CollectResult CollectFragment(FragmentDefinition fragment) =>
        Collect(c.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectInto(NamedGraphType? parentType, SelectionSet set, CollectResult result)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case Field field:
                    var definition = parentType is FieldsGraphType fields ? fields.Fields.GetValueOrDefault(field.Name.Value) : null;
                    if (!result.Fields.TryGetValue(field.ResponseKey, out var list))
                    {
                        result.Fields[field.ResponseKey] = list = [];
                    }
                    list.Add(new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpread spread:
                    if (!result.FragmentNames.Contains(spread.Name.Value))
                    {
                        result.FragmentNames.Add(spread.Name.Value);
                    }
                    break;
                case InlineFragment inline:
                    CollectInto(inline.TypeCondition is { } condition ? c.Schema.GetType(condition.Name.Value) : parentType, inline.SelectionSet, result);
                    break;
            }
        }
    }

    private static string Abbreviate(string text) => text.Length > MaxDetailLength ? text[..MaxDetailLength] + "..." : text;
}
