namespace DutyGraph.Graph.Datasets;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>
/// Something wrong with an input, where it is: <c>duties.csv:12:9</c>. Line is the physical
/// line where the row starts (the header is line 1); column is the 1-based field number,
/// or null where the problem is the file or the row as a whole.
/// </summary>
public sealed record Problem(Severity Severity, string File, int Line, int? Column, string Message)
{
    public string Location => Column is { } column ? $"{File}:{Line}:{column}" : Line > 0 ? $"{File}:{Line}" : File;

    public override string ToString() => $"{Location}: {Message}";

    public static Problem Error(string file, int line, int? column, string message) =>
        new(Severity.Error, file, line, column, message);

    public static Problem Warning(string file, int line, int? column, string message) =>
        new(Severity.Warning, file, line, column, message);
}

/// <summary>Thrown when an input is refused: carries every error found, never just the first.</summary>
public sealed class DatasetRejectedException(IReadOnlyList<Problem> errors)
    : Exception($"The dataset was refused with {errors.Count} error(s); nothing was written.{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Take(50)))
{
    public IReadOnlyList<Problem> Errors { get; } = errors;
}
