using System.CommandLine;
using DutyGraph.Server.Api.Access;

namespace DutyGraph.Server.Cli;

/// <summary><c>dutygraph apikey --name N [--role editor]</c>: a new API key, and the hash to configure (the key itself is never stored).</summary>
internal static class ApiKeyCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Who the key is for (a system or a person), for the logs", Required = true };
        var role = new Option<ApiRole>("--role") { Description = "Reader (queries) or Editor (queries and mutations)", DefaultValueFactory = _ => ApiRole.Reader };
        var command = new Command("apikey", "Make an API key: prints the key once, and the settings that let the server recognise it") { name, role };
        command.SetAction(result =>
        {
            var (key, hash) = ApiKeys.Create();
            Console.WriteLine($"API key for {result.GetValue(name)} ({result.GetValue(role)}); give it to its user, it is shown only this once:");
            Console.WriteLine();
            Console.WriteLine($"  {key}");
            Console.WriteLine();
            Console.WriteLine("Let the server recognise it: add to the \"Access\":\"Keys\" list in appsettings.json");
            Console.WriteLine($"  {{ \"Name\": \"{result.GetValue(name)}\", \"Sha256\": \"{hash}\", \"Role\": \"{result.GetValue(role)}\" }}");
            Console.WriteLine("or set the environment (N = the key's place in the list, from 0):");
            Console.WriteLine($"  Access__Keys__N__Name={result.GetValue(name)} Access__Keys__N__Sha256={hash} Access__Keys__N__Role={result.GetValue(role)}");
            return 0;
        });
        return command;
    }
}
