using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.GraphQL.Engine.Validation;

/// <summary>Rules about variables (specification 5.8).</summary>
internal static class VariableRules
{
    /// <summary>5.8.1 Variable Uniqueness.</summary>
    public static void UniqueVariableNames(ValidationContext c)
    {
        foreach (var operation in c.Operations)
        {
            foreach (var group in operation.Variables.GroupBy(v => v.Variable.Name.Value).Where(g => g.Count() > 1))
            {
                c.Report($"There can be only one variable named \"${group.Key}\".", [.. group.Select(v => v.Variable.Name.Location)]);
            }
        }
    }

    /// <summary>5.8.2 Variables Are Input Types.</summary>
    public static void VariablesAreInputTypes(ValidationContext c)
    {
        foreach (var definition in c.Operations.SelectMany(o => o.Variables))
        {
            if (VariableValues.TypeOf(c.Schema, definition.Type) is { } type && !type.NamedType.IsInputType)
            {
                c.Report($"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                    definition.Type.Location);
            }
        }
    }

    /// <summary>5.8.3 All Variable Uses Defined.</summary>
    public static void NoUndefinedVariables(ValidationContext c)
    {
        foreach (var operation in c.Operations)
        {
            var defined = operation.Variables.Select(v => v.Variable.Name.Value).ToHashSet();
            foreach (var usage in Usages(c, operation).Where(u => !defined.Contains(u.Name.Value)))
            {
                c.Report(operation.Name is { } name
                    ? $"Variable \"${usage.Name.Value}\" is not defined by operation \"{name.Value}\"."
                    : $"Variable \"${usage.Name.Value}\" is not defined.", usage.Location, operation.Location);
            }
        }
    }

    /// <summary>5.8.4 All Variables Used.</summary>
    public static void NoUnusedVariables(ValidationContext c)
    {
        foreach (var operation in c.Operations)
        {
            var used = Usages(c, operation).Select(u => u.Name.Value).ToHashSet();
            foreach (var definition in operation.Variables.Where(v => !used.Contains(v.Variable.Name.Value)))
            {
                c.Report(operation.Name is { } name
                    ? $"Variable \"${definition.Variable.Name.Value}\" is never used in operation \"{name.Value}\"."
                    : $"Variable \"${definition.Variable.Name.Value}\" is never used.", definition.Location);
            }
        }
    }

    /// <summary>Every variable an operation uses: in its directives, its selections, and the fragments it reaches.</summary>
    public static IEnumerable<Variable> Usages(ValidationContext c, OperationDefinition operation) =>
        operation.Directives.SelectMany(d => d.Arguments).SelectMany(a => ValidationContext.VariablesIn(a.Value))
            .Concat(ValidationContext.VariableUsages(operation.SelectionSet))
            .Concat(c.RecursivelyReferencedFragments(operation.SelectionSet).SelectMany(f =>
                f.Directives.SelectMany(d => d.Arguments).SelectMany(a => ValidationContext.VariablesIn(a.Value))
                    .Concat(ValidationContext.VariableUsages(f.SelectionSet))));
}
