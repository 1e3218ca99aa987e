using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace DutyGraph.Server.Api.Access;

/// <summary>
/// Makes API keys and recognises them by their SHA-256 hash, in constant time. Follows the
/// configuration as it changes (appsettings.json is reloaded when saved): a key taken out of
/// <c>Access:Keys</c> stops working, and the sessions signed in with it end, without a restart.
/// </summary>
public sealed class ApiKeys(IOptionsMonitor<AccessOptions> options)
{
    private sealed record Table(AccessOptions Options, (byte[] Hash, ApiKeyOptions Key)[] Keys);

    private Table? _table;

    private (byte[] Hash, ApiKeyOptions Key)[] Keys => Current.Keys;

    private Table Current
    {
        get
        {
            var now = options.CurrentValue;
            var table = _table;
            if (table is null || !ReferenceEquals(table.Options, now))
            {
                _table = table = new Table(now, [.. now.Keys.Select(k => (Convert.FromHexString(k.Sha256), k))]);
            }
            return table;
        }
    }

    public bool ReadsNeedKey => options.CurrentValue.ReadsNeedKey;

    /// <summary>A new random key (shown once) and the hash to configure.</summary>
    public static (string Key, string Sha256) Create()
    {
        var key = "dg_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (key, Hash(key));
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The role of the key the request carries (Authorization: Bearer, or X-Api-Key); null when it carries none or an unknown one.</summary>
    public ApiRole? RoleOf(HttpRequest request) => KeyOf(request)?.Role;

    /// <summary>The configured key the request carries, or null when it carries none or an unknown one.</summary>
    public ApiKeyOptions? KeyOf(HttpRequest request)
    {
        var given = request.Headers["X-Api-Key"].ToString();
        var authorization = request.Headers.Authorization.ToString();
        if (given.Length == 0 && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            given = authorization["Bearer ".Length..].Trim();
        }
        return Find(given);
    }

    /// <summary>The configured key a secret is, or null when it is empty or unknown.</summary>
    public ApiKeyOptions? Find(string? given) => string.IsNullOrEmpty(given) ? null : ByHash(SHA256.HashData(Encoding.UTF8.GetBytes(given)));

    /// <summary>The configured key with a SHA-256 hash (hex), or null when none is (any more).</summary>
    public ApiKeyOptions? ByHashText(string? sha256) =>
        sha256 is { Length: 64 } && sha256.All(Uri.IsHexDigit) ? ByHash(Convert.FromHexString(sha256)) : null;

    private ApiKeyOptions? ByHash(byte[] hash)
    {
        ApiKeyOptions? found = null;
        foreach (var (known, key) in Keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, known))
            {
                found = key;
            }
        }
        return found;
    }
}
