using System.Security.Claims;
using DutyGraph.Server.Api.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DutyGraph.Server.Pages;

/// <summary>Who is using the pages: an editor signed in with an API key (a session cookie), or a key sent with the request.</summary>
public sealed record StaffMember(string Name, ApiRole Role, bool SignedIn);

/// <summary>
/// Staff sign-in for the pages: an editor enters an API key once and gets an HttpOnly, SameSite=Lax
/// session cookie for eight hours that names the key's hash (so a key taken out of the
/// configuration ends its sessions); forms carry anti-forgery tokens (SameSite=Strict). Readers need
/// no sign-in unless reads need a key.
/// </summary>
public static class StaffSession
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    private const string KeyClaim = "dutygraph:key";

    public static IServiceCollection AddStaffSessions(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme).AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "dutygraph.session";
            o.Cookie.HttpOnly = true;
            // Lax, so that an answer sent as a link and opened from a chat keeps the editor signed in; every change is a POST with a form token.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Eight hours from signing in, however busy: a shift, not for ever.
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = false;
            o.LoginPath = "/signin";
            o.ReturnUrlParameter = "returnUrl";
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "dutygraph.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__form";
        });
        return services;
    }

    /// <summary>The staff member of a request: a key it carries, else a session whose key is still configured; null for an anonymous reader.</summary>
    public static StaffMember? Of(HttpContext context)
    {
        var keys = context.RequestServices.GetRequiredService<ApiKeys>();
        if (keys.KeyOf(context.Request) is { } sent)
        {
            return new StaffMember(sent.Name, sent.Role, SignedIn: false);
        }
        return context.User.Identity?.IsAuthenticated == true && keys.ByHashText(context.User.FindFirstValue(KeyClaim)) is { } key
            ? new StaffMember(key.Name, key.Role, SignedIn: true) : null;
    }

    public static bool IsEditor(HttpContext context) => Of(context)?.Role == ApiRole.Editor;

    /// <summary>Starts a session for a configured key.</summary>
    public static Task SignInAsync(HttpContext context, ApiKeyOptions key) =>
        context.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, key.Name), new Claim(ClaimTypes.Role, key.Role.ToString()), new Claim(KeyClaim, key.Sha256.ToLowerInvariant())], Scheme)));

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(Scheme);

    /// <summary>The hidden field that proves a form came from this site.</summary>
    public static string FormToken(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{PageLayout.E(tokens.FormFieldName)}\" value=\"{PageLayout.E(tokens.RequestToken)}\">";
    }

    /// <summary>Reads a posted form, or null when it does not carry a valid anti-forgery token.</summary>
    public static async Task<IFormCollection?> ReadFormAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }
        return await context.Request.ReadFormAsync(context.RequestAborted);
    }

    /// <summary>
    /// A page path of this site to go back to, or the home page: never another site. A path must
    /// start with one '/' (not '//' or a slash and a backslash), and holds no control character (a browser drops a
    /// tab or line break, and '/&lt;tab&gt;/evil' would become '//evil'); anything beyond ASCII
    /// (a question typed in Chinese) is percent-encoded so the Location header can carry it.
    /// </summary>
    public static string LocalPath(string? path)
    {
        if (path is not { Length: > 0 } p || p[0] != '/' || (p.Length > 1 && p[1] is '/' or '\\') || p.Any(char.IsControl))
        {
            return "/";
        }
        var local = new System.Text.StringBuilder(p.Length);
        foreach (var rune in p.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                local.Append((char)rune.Value);
            }
            else
            {
                local.Append(Uri.EscapeDataString(rune.ToString()));
            }
        }
        return local.ToString();
    }

    /// <summary>The sign-in page, coming back to a page of this site afterwards.</summary>
    public static string SignInLink(string returnPath) => "/signin?returnUrl=" + Uri.EscapeDataString(LocalPath(returnPath));
}
