using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework;

/// <summary>Registers the Bot Framework protocol layer.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>Bot</c> options (validated at startup), channel-token authentication, the connector client
    /// with its retry, token and per-tenant pacing handlers, and the endpoint's services. The app registers its own
    /// <see cref="IBot"/>, calls <c>MapBotEndpoint()</c>, and may configure <see cref="ProactivePacingOptions"/>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(BotRequestHandler)))
        {
            // A second JwtBearer scheme of the same name would throw; registering once is enough.
            return services;
        }

        services.AddOptions<BotFrameworkOptions>()
            .Bind(configuration.GetSection(BotFrameworkOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.AddOptions<ProactivePacingOptions>()
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();

        services.AddAuthentication().AddJwtBearer(BotAuthenticationDefaults.AuthenticationScheme, _ => { });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<JwtBearerOptions>, ConfigureBotJwtBearerOptions>());

        services.TryAddSingleton<BotAuthenticationMode>();
        services.TryAddSingleton<SigningKeyEndorsements>();
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<BotRequestAuthenticator>();
        services.TryAddSingleton<RecentActivityFilter>();
        services.TryAddSingleton<TurnMetrics>();
        services.TryAddSingleton<TurnGate>();
        services.TryAddSingleton<TurnRunner>();
        services.TryAddSingleton<BotRequestHandler>();
        services.TryAddSingleton<IConnectorTokenSource>(provider =>
            provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.AppType == BotAppType.UserAssignedMSI
                ? ActivatorUtilities.CreateInstance<ManagedIdentityConnectorTokenSource>(provider)
                : ActivatorUtilities.CreateInstance<MsalConnectorTokenSource>(provider));
        services.TryAddSingleton<TenantSendPacer>();
        services.TryAddTransient<ConnectorAuthenticationHandler>();
        services.TryAddTransient<ConnectorPacingHandler>();
        services.TryAddTransient<ReplyDelivery>();
        services.AddHostedService<BotFrameworkStartupLog>();

        var connector = services
            .AddHttpClient<ConnectorClient, ConnectorClient>(
                ConnectorClient.HttpClientName,
                (HttpClient http, IServiceProvider provider) =>
                    new ConnectorClient(http, provider.GetRequiredService<ILogger<ConnectorClient>>()))
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            // No redirects: the service URL rules are checked on the URL the request was made for, and a redirect would
            // take the request (though not the token, which .NET drops) to a host they never saw (SECURITY.md).
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // No IHttpClientFactory request logging: ConnectorClient logs every failed call itself (method, host, status,
            // error code, correlation id), and the factory's two logging handlers built a redacted URI and a log scope
            // on every reply whatever the log level (about 1 KB a reply in the bench's allocation profile).
            .RemoveAllLoggers();

        // Retries wrap the token handler, so every attempt asks MSAL's cache for a token that is still valid, and the
        // pacing handler, so every attempt of a proactive call, retries included, takes its own slot of the tenant's
        // pace; pacing comes last so the slot is taken right before the request leaves.
        connector.AddResilienceHandler("connector", (pipeline, context) => ConnectorResilience.Configure(
            pipeline,
            context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value,
            context.ServiceProvider.GetRequiredService<TimeProvider>(),
            context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<ConnectorClient>()));
        connector.AddHttpMessageHandler<ConnectorAuthenticationHandler>();
        connector.AddHttpMessageHandler<ConnectorPacingHandler>();

        return services;
    }
}
