using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using DutyGraph.Server.Api.Access;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DutyGraph.Server.Hosting;

/// <summary>
/// How many requests a client may send to /graphql and the pages, bound once from the "RateLimits" section:
/// a request without a key counts against its client (its address), one with a key against the
/// key. Beyond the burst, requests are refused with 429 and Retry-After (a page in Chinese for a browser).
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests a second a client without a key may send, kept up over time.</summary>
    [Range(1, 1_000_000)]
    public int ClientPerSecond { get; set; } = 200;

    /// <summary>How many requests a client without a key may send at once before the rate applies.</summary>
    [Range(1, 1_000_000)]
    public int ClientBurst { get; set; } = 400;

    [Range(1, 1_000_000)]
    public int KeyPerSecond { get; set; } = 2000;

    [Range(1, 1_000_000)]
    public int KeyBurst { get; set; } = 4000;
}

public static class RateLimits
{
    public const string Policy = "graphql";

    public static IServiceCollection AddDutyGraphRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, ct) =>
            {
                rejected.HttpContext.RequestServices.GetRequiredService<ServerTelemetry>().Rejected("rate_limit");
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (Pages.ErrorPages.WantsPage(rejected.HttpContext.Request))
                {
                    await Pages.PageLayout.Page("请求太频繁", Pages.PageLayout.Alert("这台电脑（或这个密钥）的请求太频繁了。请等几秒钟再刷新页面。"),
                        StatusCodes.Status429TooManyRequests).ExecuteAsync(rejected.HttpContext);
                    return;
                }
                rejected.HttpContext.Response.ContentType = "application/json";
                await rejected.HttpContext.Response.WriteAsync(
                    """{"errors":[{"message":"Too many requests: slow down and try again after the Retry-After seconds."}]}""", ct);
            };
            limiter.AddPolicy(Policy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                if (!options.Enabled)
                {
                    return RateLimitPartition.GetNoLimiter("off");
                }
                var key = context.RequestServices.GetRequiredService<ApiKeys>().KeyOf(context.Request);
                var (partition, rate, burst) = key is not null
                    ? ("key:" + key.Sha256, options.KeyPerSecond, options.KeyBurst)
                    : ("client:" + context.Connection.RemoteIpAddress, options.ClientPerSecond, options.ClientBurst);
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = rate,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return services;
    }
}
