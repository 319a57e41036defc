using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StrategyBot.App.RateLimiting;

internal static class RateLimitingServiceCollectionExtensions
{
    /// <summary>The per-user rate limit with validated <see cref="UserRateLimitOptions"/> (section "RateLimiting").</summary>
    public static IServiceCollection AddUserRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<UserRateLimitOptions>()
            .Bind(configuration.GetSection(UserRateLimitOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UserRateLimiter>();
        return services;
    }
}
