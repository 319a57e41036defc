using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Table Storage for the bot: validated <see cref="StorageOptions"/>, one shared <see cref="TableServiceClient"/>,
    /// the table-backed <see cref="IStateStore"/> with its <see cref="StateCache"/>, table creation before the server
    /// starts, round-trip metrics and the "storage" health check. Call it before anything whose hosted service reads storage at startup.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<StorageMetrics>();
        services.TryAddSingleton(sp => StorageClientFactory.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton<StateCache>();
        services.AddSingleton<IStateStore>(sp => new TableStateStore(
            sp.GetRequiredService<TableServiceClient>().GetTableClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.StateTable),
            sp.GetRequiredService<StorageMetrics>(),
            sp.GetRequiredService<ILogger<TableStateStore>>(),
            sp.GetRequiredService<StateCache>()));
        services.AddHostedService<StorageInitializer>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name);
        return services;
    }
}
