using System.Collections;
using DutyGraph.Graph.Duties;
using DutyGraph.GraphQL.Engine.Execution;

namespace DutyGraph.Server.Api;

/// <summary>
/// How long a text argument (or a text field of an input) may be, checked before a field does
/// any work: a question (<see cref="Analysis.AnalysisOptions.MaxQuestionLength"/>), a name
/// (<see cref="GraphQLOptions.MaxNameLength"/>: names, titles, codes, jurisdictions, search
/// words), or any other text (<see cref="GraphQLOptions.MaxTextLength"/>: descriptions, bases,
/// notes). The files of importDataset are bounded by the request's size alone.
/// </summary>
public sealed class ArgumentLimits(int question, int name, int text)
{
    private static readonly HashSet<string> Files = ["units", "sections", "duties", "correspondences"];
    private static readonly HashSet<string> Texts =
        ["source", "note", "reason", "key", "message", .. Duty.TextFields.Where(f => f.Long).Select(f => f.Name)];

    /// <summary>The refusal of the first argument that is too long, naming it, or null.</summary>
    public string? Check(ResolveContext context)
    {
        foreach (var (argument, value) in context.Arguments)
        {
            if (Problem(argument, argument, value) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    private string? Problem(string path, string key, object? value)
    {
        switch (value)
        {
            case string s:
                var (limit, what) = key == "question" ? (question, "a question")
                    : Files.Contains(key) ? (int.MaxValue, "")
                    : Texts.Contains(key) ? (text, "a text") : (name, "a name");
                return s.Length > limit ? $"Argument \"{path}\" is {s.Length} characters long; {what} may have at most {limit}." : null;
            case IReadOnlyDictionary<string, object?> input:
                foreach (var (field, inner) in input)
                {
                    if (Problem($"{path}.{field}", field, inner) is { } problem)
                    {
                        return problem;
                    }
                }
                return null;
            case IEnumerable list:
                var i = 0;
                foreach (var item in list)
                {
                    if (Problem($"{path}[{i++}]", key, item) is { } problem)
                    {
                        return problem;
                    }
                }
                return null;
            default:
                return null;
        }
    }
}
