using StrategyBot.App.Cards;
using StrategyBot.App.MessageExtensions;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App;

internal static class StrategyBotServiceCollectionExtensions
{
    /// <summary>The turn pipeline and what it routes to.</summary>
    public static IServiceCollection AddStrategyBot(this IServiceCollection services)
    {
        // A missing or broken card template must stop the deploy, not the first user who needs that card.
        CardTemplates.VerifyAll();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TurnStorageMetrics>();
        services.AddSingleton<MessageExtensionHandler>();
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<IBot, StrategyBotHandler>();
        return services;
    }
}
