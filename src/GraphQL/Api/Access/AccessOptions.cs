using System.ComponentModel.DataAnnotations;

namespace DutyGraph.Server.Api.Access;

/// <summary>
/// Who may read and change data, bound once from the "Access" section. Keys are stored as
/// SHA-256 hashes only (`dutygraph apikey` makes a key and its hash); there are none by default,
/// so by default reads are open and nothing can change data over the API.
/// </summary>
public sealed class AccessOptions : IValidatableObject
{
    public const string Section = "Access";

    /// <summary>Whether queries too need a key (of either role).</summary>
    public bool ReadsNeedKey { get; set; }

    public List<ApiKeyOptions> Keys { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            var key = Keys[i];
            if (key.Sha256 is not { Length: 64 } hash || !hash.All(Uri.IsHexDigit))
            {
                yield return new ValidationResult($"Access:Keys:{i}:Sha256 must be the 64 hex digits that `dutygraph apikey` prints", [$"Keys[{i}].Sha256"]);
            }
            if (key.Role is not (ApiRole.Reader or ApiRole.Editor))
            {
                yield return new ValidationResult($"Access:Keys:{i}:Role must be Reader or Editor", [$"Keys[{i}].Role"]);
            }
        }
    }
}

public sealed class ApiKeyOptions
{
    /// <summary>Who the key is for, for the logs.</summary>
    public string Name { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public ApiRole Role { get; set; } = ApiRole.Reader;
}

public enum ApiRole
{
    Reader,
    Editor,
}
