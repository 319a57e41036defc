using Microsoft.Extensions.DependencyInjection;
using StrategyBot.App.Interview;
using StrategyBot.App.Tests.Interview.Objectives;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview.Control;

/// <summary>The Control step under the real interview root, where "back" comes from.</summary>
public sealed class ControlInInterviewTests
{
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task BackFromTheSecondKpi_AsksTheFirstKpisDeadlineAgain_AndTheSecondFollows()
    {
        var bot = await InterviewAsync();
        await bot.SendAsync("edit control");
        await bot.SendAsync("engagement rate by reach, CTR");
        await bot.SendAsync("4%");
        (await bot.SendAsync("30 April 2027"))
            .AssertReply("✓ Engagement rate by reach: 4% by 30 April 2027")
            .AssertReplyContains("What's the target for Click-through rate (CTR)?");

        (await bot.SendAsync("back"))
            .AssertReply("By when for Engagement rate by reach? The objective's deadline is 30 June 2027: tap it, or type another date.");
        (await bot.SendAsync("31 May 2027"))
            .AssertReply("✓ Engagement rate by reach: 4% by 31 May 2027")
            .AssertReplyContains("What's the target for Click-through rate (CTR)?");

        var target = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Control.KpiTargets);
        Assert.Equal(new DateOnly(2027, 5, 31), target.Deadline);
    }

    private async Task<ConversationHarness> InterviewAsync()
    {
        var plan = ObjectiveTestKit.PlanWithSituation();
        plan = plan with { Objectives = [.. plan.Objectives, ObjectiveTestKit.SavedObjective(1)] };
        await ObjectiveTestKit.SeedAsync(_store, plan);
        var time = ObjectiveTestKit.Clock();
        var provider = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time).AddInterview().BuildServiceProvider();
        var runner = provider.GetRequiredService<DialogRunner>();
        return new ConversationHarness((turn, state, ct) => runner.RunAsync(turn, state, PlanInterviewDialog.DialogId, ct), _store, time);
    }
}
