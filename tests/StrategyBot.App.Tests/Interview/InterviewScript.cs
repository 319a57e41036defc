using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>
/// Plays <see cref="PlanAnswers"/> to take a conversation through whole steps, for tests about what happens afterwards.
/// Each method returns the number of turns it took; the step-by-step checks live in the step dialogs' own tests.
/// </summary>
internal static class InterviewScript
{
    public static async Task<int> AnswerAllAsync(ConversationHarness bot, IEnumerable<string> answers, ICollection<HarnessTurn>? log = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(answers);
        var turns = 0;
        foreach (var answer in answers)
        {
            var turn = await bot.SendAsync(answer);
            log?.Add(turn);
            turns++;
        }

        return turns;
    }

    /// <summary>From "hi" to the Objectives step's first question.</summary>
    public static async Task<int> ThroughSituationAsync(ConversationHarness bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        await bot.SendAsync("hi");
        return 1 + await AnswerAllAsync(bot, PlanAnswers.SituationEnglish);
    }

    /// <summary>From "hi" to the Tactics step's first question.</summary>
    public static async Task<int> ThroughStrategyAsync(ConversationHarness bot)
    {
        var turns = await ThroughSituationAsync(bot);
        await bot.SendAsync("Grow Instagram reach 20% by September");
        return turns + 1 + await AnswerAllAsync(bot, PlanAnswers.StrategyEnglish);
    }

    /// <summary>From "hi" to a complete plan and its summary card.</summary>
    public static async Task<int> WholePlanAsync(ConversationHarness bot)
    {
        var turns = await ThroughStrategyAsync(bot);
        turns += await AnswerAllAsync(bot, PlanAnswers.TacticsEnglish);
        turns += await AnswerAllAsync(bot, PlanAnswers.ActionEnglish);
        await bot.SendAsync("yes");
        return turns + 1;
    }
}
