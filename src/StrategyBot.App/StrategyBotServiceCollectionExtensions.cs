using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App;

internal static class StrategyBotServiceCollectionExtensions
{
    /// <summary>The turn pipeline and what it routes to.</summary>
    public static IServiceCollection AddStrategyBot(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<IBot, StrategyBotHandler>();
        return services;
    }
}
