using System.CommandLine;
using DutyGraph.Server.Hosting;

namespace DutyGraph.Server.Cli;

/// <summary><c>dutygraph serve [--db FILE]</c>: the HTTP server, listening where ASPNETCORE_URLS says.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var command = new Command("serve", "Run the server on the embedded store (created and loaded with the seed on first start)")
        {
            db,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) =>
        {
            var path = CommonOptions.ChosenDb(result.GetValue(db));
            await using var app = ServerHost.Build([.. result.UnmatchedTokens], path);
            await app.RunAsync(ct);
            return 0;
        });
        return command;
    }
}
