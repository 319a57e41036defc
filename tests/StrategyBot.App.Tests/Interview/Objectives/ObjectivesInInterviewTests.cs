using Microsoft.Extensions.DependencyInjection;
using StrategyBot.App.Interview;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Smart;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview.Objectives;

/// <summary>The Objectives step under the real interview root, where its commands (back, language) come from.</summary>
public sealed class ObjectivesInInterviewTests
{
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task BackFromAddAnother_ShowsTheSavedObjectivesInsteadOfCoachingAgain()
    {
        var bot = await InterviewAtObjectivesAsync();
        await bot.SendAsync("edit objectives");
        await bot.SendAsync("Sales");
        (await bot.SendAsync("Get 60 Instagram orders a month, up from 50, by 30 June 2027 with weekly giveaways"))
            .AssertReplyContains("SMART check")
            .AssertReplyContains("Objective 1 saved")
            .AssertReply("Add another objective? You have 1 of 5.");

        (await bot.SendAsync("back"))
            .AssertReply(t => t.StartsWith("Your objectives so far (1 of 5):\n1. Get 60 Instagram orders", StringComparison.Ordinal))
            .AssertReply(t => t.StartsWith("What would you like to do with them?", StringComparison.Ordinal));

        Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
    }

    [Fact]
    public async Task LanguageChangedDuringTheSmartCoaching_TheCoachingQuestionIsAskedAgainInPersian()
    {
        var bot = await InterviewAtObjectivesAsync();
        await bot.SendAsync("edit objectives");
        await bot.SendAsync("Brand awareness");
        (await bot.SendAsync("Get more followers")).AssertReplyContains("SMART check").AssertReply("Which platform is it for?");

        (await bot.SendAsync("language persian")).AssertReplyContains("فارسی").AssertReply("\u200Fاین هدف برای کدام پلتفرم است؟").AssertNoMoreReplies();
        (await bot.SendAsync("اینستاگرام")).AssertReplyContains("۵٬۰۴۰");

        Assert.Empty((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
    }

    [Fact]
    public async Task HelpDuringTheSmartCheck_AsksTheSameQuestionAgain_WithTheFindingAboveIt()
    {
        var bot = await InterviewAtObjectivesAsync();
        await bot.SendAsync("edit objectives");
        await bot.SendAsync("Brand awareness");
        await bot.SendAsync("Get more followers");
        var asked = (await bot.SendAsync("Instagram")).Replies[^1];
        Assert.StartsWith("A target needs a number: you're at 4,200 followers now. 5,040?\nWhat's your target for followers?", asked.Text, StringComparison.Ordinal);

        var help = await bot.SendAsync("help");

        Assert.Equal(asked.Text, help.Replies[^1].Text);
        Assert.Equal(["5,040"], help.Replies[^1].SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task SkipAtTheResourcesQuestion_KeepsTheObjectiveAsItIsWithNoExceptionRecorded()
    {
        var bot = await InterviewAtObjectivesAsync();
        await bot.SendAsync("edit objectives");
        await bot.SendAsync("Brand awareness");
        (await bot.SendAsync("Grow Instagram followers from 4,200 to 5,000 by 30 June 2027"))
            .AssertReplyContains("SMART check")
            .AssertReplyContains("Objective 1 saved")
            .AssertReply("What's behind it? Budget, people, posts per week, tools.");

        (await bot.SendAsync("skip"))
            .AssertReply("Add another objective? You have 1 of 5.")
            .AssertNoMoreReplies();

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Empty(objective.KeptWithout);
        Assert.Null(objective.Resources);
    }

    private async Task<ConversationHarness> InterviewAtObjectivesAsync()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var time = ObjectiveTestKit.Clock();
        var provider = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time).AddInterview().BuildServiceProvider();
        var runner = provider.GetRequiredService<DialogRunner>();
        return new ConversationHarness((turn, state, ct) => runner.RunAsync(turn, state, PlanInterviewDialog.DialogId, ct), _store, time);
    }
}
