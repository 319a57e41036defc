using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.BotFramework.Dialogs;

namespace StrategyBot.App.Interview;

internal static class InterviewServiceCollectionExtensions
{
    /// <summary>
    /// The planning interview: one <see cref="DialogSet"/> (the root "planInterview", the step dialogs, their
    /// prompts, and the Objectives/Control/quick-capture dialogs from <see cref="ObjectiveDialogs.Register"/>) and the
    /// <see cref="DialogRunner"/> over it. The handler runs every message through
    /// <c>runner.RunAsync(turn, state, PlanInterviewDialog.DialogId, cancellationToken)</c> and saves the state after.
    /// </summary>
    public static IServiceCollection AddInterview(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);

        // Control offers the configured default check-in slot; AddCheckIns binds and validates the section.
        services.AddOptions<CheckInOptions>();
        services.TryAddSingleton(provider =>
        {
            var time = provider.GetRequiredService<TimeProvider>();
            var loggers = provider.GetRequiredService<ILoggerFactory>();
            var dialogs = InterviewDialogs.Create(time, loggers);
            var checkIns = provider.GetRequiredService<IOptions<CheckInOptions>>().Value;
            ObjectiveDialogs.Register(dialogs, time, loggers.CreateLogger("StrategyBot.App.Interview.Objectives"), checkIns);
            return dialogs;
        });
        services.TryAddSingleton<DialogRunner>();
        return services;
    }
}
