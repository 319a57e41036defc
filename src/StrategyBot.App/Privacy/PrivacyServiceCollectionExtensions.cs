using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StrategyBot.App.Storage;

namespace StrategyBot.App.Privacy;

internal static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// "export my data" and "delete my data": validated <see cref="PrivacyOptions"/> (section "Privacy"), Data
    /// Protection for the download links, and the user's rows outside the state scope (the CheckIns table and the
    /// check-in schedule). Other features add their own <see cref="IUserDataSource"/>. Needs AddStorage first; map
    /// the download with <c>app.MapPrivacyExport()</c>.
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(PrivacyTurnHandler)))
        {
            return services;
        }

        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection(PrivacyOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IUserDataSource>(sp => new TableUserRows(
            Table(sp, o => o.CheckInsTable), PrivacyText.ItemCheckInHistory, TableUserRows.PartitionOfScope, sp.GetRequiredService<StorageMetrics>()));
        services.AddSingleton<IUserDataSource>(sp => new TableUserRows(
            Table(sp, o => o.ScheduleTable), PrivacyText.ItemCheckInSchedule, TableUserRows.PropertyEquals("Scope"), sp.GetRequiredService<StorageMetrics>()));
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<UserDataCollector>();
        services.AddSingleton<UserDataEraser>();
        services.AddSingleton<PrivacyTurnHandler>();
        return services;
    }

    private static TableClient Table(IServiceProvider services, Func<StorageOptions, string> name) =>
        services.GetRequiredService<TableServiceClient>().GetTableClient(name(services.GetRequiredService<IOptions<StorageOptions>>().Value));
}
