using System.CommandLine;
using DutyGraph.Server.Cli;

var root = new RootCommand("DutyGraph: who is responsible for what, across government units, sections and townships")
{
    ServeCommand.Create(),
    ImportCommand.Create(),
    ExportCommand.Create(),
    GenerateCommand.Create(),
    ApiKeyCommand.Create(),
    EvaluateCommand.Create(),
    ReportCommand.Create(),
    Neo4jCommand.Create(),
    CatalogueCommand.Create(),
};

// `dotnet run --project src/GraphQL` with no command is `dutygraph serve`; host options such as --urls pass through to serve.
var commandNames = root.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name)).ToHashSet();
var isHelpOrVersion = args.Length > 0 && args[0] is "-h" or "--help" or "-?" or "--version";
if (args.Length == 0 || (!commandNames.Contains(args[0]) && !isHelpOrVersion))
{
    args = ["serve", .. args];
}
return await root.Parse(args).InvokeAsync();

/// <summary>The entry point, named so that WebApplicationFactory can start the real host in tests.</summary>
public partial class Program;
