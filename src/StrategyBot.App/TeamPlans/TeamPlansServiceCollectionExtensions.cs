using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using StrategyBot.App.Storage;

namespace StrategyBot.App.TeamPlans;

internal static class TeamPlansServiceCollectionExtensions
{
    /// <summary>Team plans in channels and group chats, and "my plans" in the 1:1 chat.</summary>
    public static IServiceCollection AddTeamPlans(this IServiceCollection services)
    {
        services.AddSingleton<ConversationRoster>();
        services.AddSingleton<ITeamMembershipIndex>(sp => new TeamMembershipTable(
            sp.GetRequiredService<TableServiceClient>().GetTableClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.StateTable),
            sp.GetRequiredService<StorageMetrics>()));
        services.AddSingleton<TeamSummaryTracker>();
        services.AddSingleton<TeamPlanTurnHandler>();
        services.AddSingleton<MyPlans>();
        return services;
    }
}
