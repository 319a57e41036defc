using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StrategyBot.App.Cards;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.CheckIns;

internal static class CheckInsServiceCollectionExtensions
{
    /// <summary>
    /// The weekly check-ins: validated <see cref="CheckInOptions"/> (section "CheckIns"), the CheckIns and
    /// CheckInSchedule tables, the <see cref="CheckInTurnHandler"/> the turn pipeline calls, and the
    /// <see cref="WeeklyCheckInService"/> scheduler, and the connector's per-tenant pace of proactive sends from
    /// CheckIns:SendsPerSecondPerTenant. Needs AddBotFramework (connector) and AddStorage (tables) first.
    /// </summary>
    public static IServiceCollection AddCheckIns(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CheckInOptions>()
            .Bind(configuration.GetSection(CheckInOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ProactivePacingOptions>()
            .Configure<IOptions<CheckInOptions>>((pacing, checkIns) => pacing.SendsPerSecondPerTenant = checkIns.Value.SendsPerSecondPerTenant);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICheckInHistory>(sp => new CheckInHistoryTable(
            sp.GetRequiredService<TableServiceClient>().GetTableClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.CheckInsTable),
            sp.GetRequiredService<StorageMetrics>()));
        services.TryAddSingleton<IScheduleIndex>(sp => new ScheduleIndexTable(
            sp.GetRequiredService<TableServiceClient>().GetTableClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ScheduleTable),
            sp.GetRequiredService<StorageMetrics>(),
            sp.GetRequiredService<IOptions<CheckInOptions>>().Value.IndexShards));
        services.TryAddSingleton(sp => new CheckInRules(sp.GetRequiredService<IOptions<CheckInOptions>>().Value));
        services.AddMetrics();
        services.TryAddSingleton<CheckInMetrics>();
        services.TryAddSingleton<ProactiveSender>();
        services.TryAddSingleton<ScheduleSync>();
        services.TryAddSingleton<CheckInCommandRunner>();
        services.TryAddSingleton<CheckInTurnHandler>();
        services.TryAddSingleton<DueCheckInProcessor>();
        services.TryAddSingleton<CheckInDispatcher>();
        services.AddHostedService<WeeklyCheckInService>();

        return services;
    }
}
