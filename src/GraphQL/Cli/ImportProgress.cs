using DutyGraph.Graph.Store;
using Spectre.Console;

namespace DutyGraph.Server.Cli;

/// <summary>
/// Shows how far an import is: a live bar on a terminal, a plain line per 10 % (and per
/// stage) when the output is a file or a pipe, so scripts and logs see progress too.
/// </summary>
internal sealed class ImportProgress : IProgress<LoadProgress>, IAsyncDisposable
{
    private const long QuietBelowRows = 20_000;
    private readonly object _gate = new();
    private readonly TaskCompletionSource _stop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task? _live;
    private ProgressTask? _task;
    private string _stage = "";
    private long _lastDecile = -1;

    private ImportProgress(bool interactive)
    {
        if (!interactive)
        {
            return;
        }
        var ready = new TaskCompletionSource();
        _live = AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            lock (_gate)
            {
                _task = context.AddTask("importing", maxValue: 1);
            }
            ready.SetResult();
            await _stop.Task;
        });
        ready.Task.Wait();
    }

    public static ImportProgress Start() =>
        new(AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected);

    public void Report(LoadProgress value)
    {
        lock (_gate)
        {
            if (_task is { } task)
            {
                task.Description = value.Stage;
                task.MaxValue = Math.Max(1, value.Total);
                task.Value = value.Total == 0 ? 0 : value.Done;
                return;
            }
            if (value.Total is > 0 and < QuietBelowRows)
            {
                return;
            }
            var decile = value.Total == 0 ? value.Done / 100_000 : value.Done * 10 / value.Total;
            if (value.Stage != _stage || decile != _lastDecile)
            {
                _stage = value.Stage;
                _lastDecile = decile;
                Console.WriteLine(value.Total == 0 ? $"{value.Stage}: {value.Done:N0} rows" : $"{value.Stage}: {value.Done:N0} / {value.Total:N0} rows");
            }
        }
    }

    public void Stop() => _stop.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Stop();
        if (_live is not null)
        {
            await _live;
        }
    }
}
