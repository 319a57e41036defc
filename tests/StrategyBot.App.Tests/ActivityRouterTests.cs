using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.App.Tests.Pipeline;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests;

public sealed class ActivityRouterTests
{
    private readonly PipelineHost _host = new();

    [Fact]
    public async Task RouteAsync_WhileAQuestionWaits_TheDialogGetsTheMessage()
    {
        await _host.SendAsync(Activities.CardSubmit(new JsonObject { ["action"] = "start" }));

        var turn = await _host.SayAsync("help");

        Assert.Equal("Who buys it?", Assert.Single(turn.Outbox).Text);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("راهنما")]
    public async Task RouteAsync_HelpBeforeAnyPlan_ShowsHelpWithoutStartingTheInterview(string text)
    {
        var turn = await _host.SayAsync(text);

        Assert.Equal(Texts.Get(Language.English, TextKey.HelpText), Assert.Single(turn.Outbox).Text);
        Assert.Null((await _host.LoadAsync()).Get("dialogs"));
    }

    [Fact]
    public async Task RouteAsync_ShowMyPlanCommand_SendsTheSummaryCard()
    {
        var turn = await _host.SayAsync("show my plan");

        var card = Assert.Single(Assert.Single(turn.Outbox).Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
    }

    [Fact]
    public async Task RouteAsync_LanguageCardClickedTwice_StaysPersian()
    {
        var toPersian = new JsonObject { ["action"] = "language", ["language"] = "fa" };

        await _host.SendAsync(Activities.CardSubmit(toPersian.DeepClone().AsObject()));
        var second = await _host.SendAsync(Activities.CardSubmit(toPersian.DeepClone().AsObject()));

        Assert.Equal(Texts.Get(Language.Persian, TextKey.LanguageSwitched), second.Outbox[0].Text);
        Assert.Equal(Language.Persian, TurnState.Of(await _host.LoadAsync()).Profile.Language);
    }

    [Fact]
    public async Task RouteAsync_ShowPlanExecute_AnswersWithTheSummaryCard()
    {
        var turn = await _host.SendAsync(Activities.AdaptiveCardAction("showPlan"));

        Assert.NotNull(turn.InvokeResponse);
        Assert.Equal(InvokeResponse.CardType, turn.InvokeResponse.Type);
        Assert.Equal("AdaptiveCard", (string?)turn.InvokeResponse.Value?["type"]);
        Assert.Empty(turn.Outbox);
    }

    [Fact]
    public async Task RouteAsync_UnknownExecuteVerb_AnswersWithAMessage()
    {
        var turn = await _host.SendAsync(Activities.AdaptiveCardAction("launchRocket"));

        Assert.Equal(InvokeResponse.MessageType, turn.InvokeResponse?.Type);
    }

    [Fact]
    public async Task RouteAsync_FormSaveWithNoInterviewOpen_SaysTheCardIsNotCurrentAndStartsNothing()
    {
        var data = new JsonObject { ["action"] = "form", ["promptId"] = "situation.swot.strengths.0", ["swot.strengths"] = "Fresh" };

        var turn = await _host.SendAsync(Activities.AdaptiveCardAction("form", data));

        Assert.Equal(InvokeResponse.MessageType, turn.InvokeResponse?.Type);
        Assert.Contains("no longer the current question", turn.InvokeResponse!.Value!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(turn.Outbox);
        Assert.Null((await _host.LoadAsync()).Get("dialogs"));
    }

    [Fact]
    public async Task RouteAsync_FormSaveNoStepClaims_SaysSoAndAsksTheCurrentQuestionAgain()
    {
        await _host.SendAsync(Activities.CardSubmit(new JsonObject { ["action"] = "start" }));
        var data = new JsonObject { ["action"] = "form", ["promptId"] = "tactics.tactic.pillars.0" };

        var turn = await _host.SendAsync(Activities.AdaptiveCardAction("form", data));

        Assert.Equal(InvokeResponse.MessageType, turn.InvokeResponse?.Type);
        Assert.Equal("What does your business sell?", Assert.Single(turn.Outbox).Text);
    }

    [Fact]
    public async Task RouteAsync_MembersAddedHoldsANullMember_WelcomesWithoutThrowing()
    {
        // Built in code, so it never met the endpoint's reader, which drops such nulls.
        var update = Activities.MembersAdded();
        update.MembersAdded!.Insert(0, null!);

        var turn = await _host.SendAsync(update);

        Assert.False(_host.Logger.Logged(104));
        Assert.Single(turn.Outbox);
    }

    [Fact]
    public async Task RouteAsync_Uninstall_SendsNothing()
    {
        var turn = await _host.SendAsync(Activities.InstallationUpdate("remove"));

        Assert.Empty(turn.Outbox);
    }

    [Fact]
    public async Task RouteAsync_MessageFromPersianClient_RemembersLocaleAndTimeZone()
    {
        var activity = Activities.Message("سلام");
        activity.Locale = "fa-IR";
        activity.LocalTimezone = "Asia/Tehran";

        await _host.SendAsync(activity);

        var profile = TurnState.Of(await _host.LoadAsync()).Profile;
        Assert.Equal(Language.Persian, profile.Language);
        Assert.Equal("Asia/Tehran", profile.TimeZoneId);
    }

    [Fact]
    public async Task RouteAsync_ShowPlanWithKpisAndSlot_CardShowsTheNextCheckInInTheUsersZone()
    {
        await _host.SayAsync("hi");
        var state = await _host.LoadAsync();
        var plan = TurnState.Of(state).Plan;
        plan = plan with
        {
            Control = plan.Control with
            {
                KpiTargets = [.. plan.Control.KpiTargets, new KpiTarget { ObjectiveId = "o1", KpiId = "reach", Target = 10_000 }],
                CheckInDay = DayOfWeek.Monday,
                CheckInTime = new TimeOnly(9, 0),
                TimeZoneId = "Asia/Tehran",
            },
        };
        TurnState.Of(state).SavePlan(plan);
        await _host.Inner.SaveAsync(state, CancellationToken.None);

        var turn = await _host.SendAsync(Activities.AdaptiveCardAction("showPlan"));

        // Thursday 26 November 2026 09:00 UTC is 12:30 in Tehran; the next Monday 09:00 there is 30 November.
        var expected = LocalFormat.DateAndTime(Language.English, new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(3.5)));
        Assert.Contains(expected, turn.InvokeResponse!.Value!.ToJsonString(), StringComparison.Ordinal);
    }
}
