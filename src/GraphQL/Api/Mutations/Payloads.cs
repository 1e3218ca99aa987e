using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Store;

namespace DutyGraph.Server.Api.Mutations;

/// <summary>
/// Mutation payloads: the result fields and an empty error list, or, when the input or the
/// store refuses the change, empty result fields and the errors (codes, messages, input paths).
/// </summary>
public static class Payloads
{
    /// <summary>Runs the change; a refusal becomes the payload's errors, with store field names mapped to input paths.</summary>
    public static async ValueTask<object?> RunAsync(
        Func<Task<Dictionary<string, object?>>> change, Dictionary<string, object?> empty, Func<string, IReadOnlyList<string>>? fieldPath = null)
    {
        try
        {
            var result = await change();
            result["errors"] = Array.Empty<object>();
            return result;
        }
        catch (InputException e)
        {
            return Refused(empty, Error(e.Code, e.Message, e.Field));
        }
        catch (StoreException e)
        {
            var path = fieldPath?.Invoke(e.Field) ?? ["input", .. e.Field.Split('.')];
            var message = e.Code switch
            {
                StoreErrorCode.Unavailable => DutyGraphSchema.StoreUnavailable,
                StoreErrorCode.OutcomeUnknown => DutyGraphSchema.OutcomeUnknown,
                _ => e.Message,
            };
            return Refused(empty, Error(CodeOf(e.Code), message, path));
        }
        catch (DatasetRejectedException e)
        {
            return Refused(empty, [.. e.Errors.Select(p => Error("INVALID_DATASET", p.ToString(), ["input", Path.GetFileNameWithoutExtension(p.File)])[0])]);
        }
    }

    private static Dictionary<string, object?> Refused(Dictionary<string, object?> empty, object[] errors)
    {
        empty["errors"] = errors;
        return empty;
    }

    private static object[] Error(string code, string message, IReadOnlyList<string> field) =>
        [new Dictionary<string, object?> { ["code"] = code, ["message"] = message, ["field"] = field }];

    private static string CodeOf(StoreErrorCode code) => code switch
    {
        StoreErrorCode.NotFound => "NOT_FOUND",
        StoreErrorCode.Conflict => "CONFLICT",
        StoreErrorCode.StillHoldsDuties => "STILL_HOLDS_DUTIES",
        StoreErrorCode.Unavailable or StoreErrorCode.OutcomeUnknown => "UNAVAILABLE",
        _ => "INVALID_ARGUMENT",
    };

    /// <summary>A store field name as an input path, where the input calls it something else.</summary>
    public static Func<string, IReadOnlyList<string>> Renamed(params (string Store, string Input)[] names) => field =>
        ["input", .. (names.FirstOrDefault(n => n.Store == field).Input ?? field).Split('.')];
}
