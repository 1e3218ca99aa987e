namespace DutyGraph.Graph.Neo4j;

/// <summary>
/// Where a Neo4j database is and how to sign in. There are no default credentials: the user
/// and password (or a bearer token) come from the environment or user secrets.
/// </summary>
public sealed record Neo4jSettings
{
    /// <summary>The server's HTTP address, e.g. http://localhost:7474 or https://xxxx.databases.neo4j.io.</summary>
    public required Uri Uri { get; init; }

    public string Database { get; init; } = "neo4j";

    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>A bearer token (single sign-on), used instead of user and password when set.</summary>
    public string? Token { get; init; }

    /// <summary>How long one request may take before it is abandoned.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a commit may take: it writes all its transaction did (a whole bulk load), so longer than a statement.</summary>
    public TimeSpan CommitTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How many times idempotent work is tried again after a transient error.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first wait before a retry; each later wait doubles (with jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The address without any user information, for messages and logs.</summary>
    public string Display => $"{Uri.Scheme}://{Uri.Authority} (database {Database})";

    /// <summary>
    /// The Query API's address for an address as Neo4j hands it out: Aura's credentials file gives
    /// <c>neo4j+s://id.databases.neo4j.io</c> (Bolt), whose Query API is <c>https://id.databases.neo4j.io</c>;
    /// a server's <c>neo4j://host:7687</c> or <c>bolt://host</c> has it at <c>http://host:7474</c>. HTTP addresses are kept.
    /// </summary>
    public static Uri HttpAddress(Uri uri) => uri.UserInfo.Length > 0 ? uri : uri.Scheme switch
    {
        "neo4j+s" or "bolt+s" or "neo4j+ssc" or "bolt+ssc" => new UriBuilder("https", uri.Host).Uri,
        "neo4j" or "bolt" => new UriBuilder("http", uri.Host, 7474).Uri,
        _ => uri,
    };

    /// <summary>The settings without their secrets: a record would otherwise print the password and token.</summary>
    private bool PrintMembers(System.Text.StringBuilder text)
    {
        text.Append($"Uri = {Display}, User = {User}, Password = {(Password is null ? "(none)" : "***")}, Token = {(Token is null ? "(none)" : "***")}, ");
        text.Append($"RequestTimeout = {RequestTimeout}, MaxRetries = {MaxRetries}, RetryDelay = {RetryDelay}");
        return true;
    }

    /// <summary>What is wrong with these settings, or null when they can be used.</summary>
    public string? Problem()
    {
        if (!string.IsNullOrEmpty(Uri.UserInfo))
        {
            return "Neo4j:Uri must not carry a user or password: set them in the environment (Neo4j__User, Neo4j__Password) or user secrets";
        }
        if (Uri.Scheme is not ("http" or "https"))
        {
            return $"Neo4j:Uri must be the HTTP address of the server (http:// or https://, port 7474 or 7473 by default) "
                + $"or a neo4j:// or neo4j+s:// address to take it from; it was {Uri.Scheme}://…";
        }
        if (Uri.AbsolutePath != "/")
        {
            return $"Neo4j:Uri must be the server's address only, without a path (it was …{Uri.AbsolutePath}): "
                + "DutyGraph adds /db/{database}/query/v2 itself, and the database is Neo4j:Database";
        }
        if (string.IsNullOrWhiteSpace(Database))
        {
            return "Neo4j:Database is empty";
        }
        if (Token is null && (string.IsNullOrEmpty(User) || Password is null))
        {
            return "Neo4j credentials are missing: set Neo4j__User and Neo4j__Password (or Neo4j__Token) in the environment or user secrets";
        }
        return RequestTimeout <= TimeSpan.Zero ? "Neo4j:RequestTimeoutSeconds must be positive"
            : CommitTimeout <= TimeSpan.Zero ? "Neo4j:CommitTimeoutSeconds must be positive"
            : MaxRetries < 0 ? "Neo4j:MaxRetries must be 0 or more" : null;
    }
}
