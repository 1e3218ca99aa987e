using DutyGraph.GraphQL.Engine.Execution;
using DutyGraph.GraphQL.Engine.Language;
using DutyGraph.GraphQL.Engine.Types;

namespace DutyGraph.GraphQL.Engine.Validation;

/// <summary>
/// Validates a document against a schema (specification section 5), with graphql-js's wording.
/// The rules below are those built so far; each is checked against graphql-js on the
/// validation corpus.
/// </summary>
public static class Validator
{
    private static readonly Action<ValidationContext>[] Rules =
    [
        OperationRules.MaxIntrospectionDepth,
        DocumentRules.ExecutableDefinitions,
        DocumentRules.UniqueOperationNames,
        DocumentRules.LoneAnonymousOperation,
        OperationRules.SingleFieldSubscriptions,
        NameRules.KnownTypeNames,
        NameRules.FragmentsOnCompositeTypes,
        VariableRules.VariablesAreInputTypes,
        FieldRules.ScalarLeafs,
        FieldRules.FieldsOnCorrectType,
        DocumentRules.UniqueFragmentNames,
        DocumentRules.KnownFragmentNames,
        DocumentRules.NoUnusedFragments,
        FieldRules.PossibleFragmentSpreads,
        DocumentRules.NoFragmentCycles,
        VariableRules.UniqueVariableNames,
        VariableRules.NoUndefinedVariables,
        VariableRules.NoUnusedVariables,
        NameRules.KnownDirectives,
        NameRules.UniqueDirectivesPerLocation,
        FieldRules.KnownArgumentNames,
        NameRules.UniqueArgumentNames,
        ValueRules.ValuesOfCorrectType,
        FieldRules.ProvidedRequiredArguments,
        ValueRules.VariablesInAllowedPosition,
        OverlappingFields.Check,
        NameRules.UniqueInputFieldNames,
    ];

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, Document document)
    {
        var context = new ValidationContext(schema, document);
        foreach (var rule in Rules)
        {
            rule(context);
        }
        return context.Errors;
    }
}
