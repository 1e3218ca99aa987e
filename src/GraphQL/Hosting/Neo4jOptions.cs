using DutyGraph.Graph.Neo4j;

namespace DutyGraph.Server.Hosting;

/// <summary>
/// Where the Neo4j store is, bound once from the "Neo4j" section. Credentials have no default and
/// belong in the environment (<c>Neo4j__User</c>, <c>Neo4j__Password</c>) or user secrets, never in
/// appsettings.json; the variables in Aura's credentials file (<c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>,
/// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>) are read when the section leaves a value out.
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>The server's HTTP address (http://localhost:7474), or the neo4j+s:// address Aura hands out.</summary>
    public string? Uri { get; set; }

    public string? Database { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>A bearer token, instead of user and password.</summary>
    public string? Token { get; set; }

    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>How long a commit may take (it writes all its transaction did: a whole import).</summary>
    public int CommitTimeoutSeconds { get; set; } = 300;

    public int MaxRetries { get; set; } = 4;

    /// <summary>The settings to connect with, or why there are none.</summary>
    public (Neo4jSettings? Settings, string? Problem) Resolve()
    {
        static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;
        var uri = Uri is { Length: > 0 } ? Uri : Env("NEO4J_URI");
        if (uri is null)
        {
            return (null, "no Neo4j address: set Neo4j:Uri (or NEO4J_URI), e.g. http://localhost:7474 or Aura's neo4j+s://<id>.databases.neo4j.io");
        }
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var address))
        {
            return (null, "Neo4j:Uri is not an address such as http://localhost:7474 (its value is not shown: it may hold a password)");
        }
        var settings = new Neo4jSettings
        {
            Uri = Neo4jSettings.HttpAddress(address),
            Database = Database is { Length: > 0 } ? Database : Env("NEO4J_DATABASE") ?? "neo4j",
            User = User is { Length: > 0 } ? User : Env("NEO4J_USERNAME"),
            Password = Password is { Length: > 0 } ? Password : Env("NEO4J_PASSWORD"),
            Token = Token is { Length: > 0 } ? Token : null,
            RequestTimeout = TimeSpan.FromSeconds(RequestTimeoutSeconds),
            CommitTimeout = TimeSpan.FromSeconds(CommitTimeoutSeconds),
            MaxRetries = MaxRetries,
        };
        return settings.Problem() is { } problem ? (null, problem) : (settings, null);
    }

    /// <summary>The configuration a command reads outside the web host: appsettings.json beside the executable, user secrets, the environment.</summary>
    public static IConfiguration CommandLineConfiguration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddUserSecrets(typeof(Neo4jOptions).Assembly, optional: true)
        .AddEnvironmentVariables()
        .Build();
}
