using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Tests.Cards;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>The answered check-in card replaces the clicked card, queued in the turn's outbox beside the reply.</summary>
public sealed class CheckInTurnHandlerCardsTests
{
    // Thursday 11 March 2027, 10:00 UTC (11:00 in Berlin, the sample plan's zone): a check-in now reports week 10.
    private static readonly DateTimeOffset Thursday = new(2027, 3, 11, 10, 0, 0, TimeSpan.Zero);

    // Monday 15 March 2027, 09:00 in Berlin: the sample plan's slot, when the scheduler sends the card for week 10.
    private static readonly DateTimeOffset Slot = new(2027, 3, 15, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en-US", "Weekly check-in: 8 to 14 March 2027", "Numbers received ✓")]
    [InlineData("fa-IR", "گزارش هفتگی: هفتهٔ ۱۷ اسفند ۱۴۰۵ تا ۲۳ اسفند ۱۴۰۵", "اعداد دریافت شد ✓")]
    public async Task Submit_NumbersFromTheCard_ReplacesThatCardAndRepliesWithTheResult(string locale, string title, string outcome)
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan(), locale);

        var (turn, _) = await host.TurnAsync(Activities.CardSubmit(Numbers("2027-W10", "8000"), replyToId: "card-7"), locale);

        var card = AssertReplaced(turn, "card-7", title, outcome, locale);
        Assert.Equal("good", (string?)CardAssert.OfType(card, "TextBlock").Last()["color"]);
        Assert.Single(turn.Outbox);
        Assert.Contains(CardAssert.OfType(turn.Outbox[0].Attachments![0].Content!, "Image"), image => image["url"] is not null);
    }

    [Theory]
    [InlineData("en-US", "Snoozed until Thursday 11 March 2027, 12:00")]
    [InlineData("fa-IR", "یادآوری دوباره: پنجشنبه ۲۰ اسفند ۱۴۰۵ \u200f(\u200e11 March 2027\u200e)\u200f، ساعت ۱۲:۰۰")]
    public async Task Submit_SnoozeFromTheCard_ReplacesThatCardWithTheReturnTime(string locale, string outcome)
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan(), locale);
        var snooze = new JsonObject { ["action"] = CheckInCard.SnoozeAction, ["until"] = "1h", ["week"] = "2027-W10" };

        var (turn, _) = await host.TurnAsync(Activities.CardSubmit(snooze, replyToId: "card-7"), locale);

        AssertReplaced(turn, "card-7", title: null, outcome, locale);
        Assert.Single(turn.Outbox);
    }

    [Theory]
    [InlineData("  on holiday ", "Skipped: on holiday")]
    [InlineData("", "Skipped")]
    public async Task Submit_SkipFromTheCard_ReplacesThatCardWithTheReason(string reason, string outcome)
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());
        var skip = new JsonObject { ["action"] = CheckInCard.SkipAction, ["week"] = "2027-W10", ["reason"] = reason };

        var (turn, _) = await host.TurnAsync(Activities.CardSubmit(skip, replyToId: "card-7"));

        var card = AssertReplaced(turn, "card-7", "Weekly check-in: 8 to 14 March 2027", outcome, "en-US");
        Assert.Equal(outcome, (string?)CardAssert.OfType(card, "TextBlock").Last()["text"]);
        Assert.StartsWith("8 to 14 March 2027 skipped", Assert.Single(turn.Outbox).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_SkipReasonWithMarkdownAndALink_ShownInertOnTheReplacement()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());
        var skip = new JsonObject { ["action"] = CheckInCard.SkipAction, ["week"] = "2027-W10", ["reason"] = "**[win](https://evil.example)**" };

        var (turn, _) = await host.TurnAsync(Activities.CardSubmit(skip, replyToId: "card-7"));

        var card = AssertReplaced(turn, "card-7", "Weekly check-in: 8 to 14 March 2027", "Skipped: ", "en-US");
        var outcome = (string?)CardAssert.OfType(card, "TextBlock").Last()["text"];
        Assert.Equal("Skipped: " + CardText.Escape("**[win](https://evil.example)**"), outcome);
        Assert.DoesNotContain("](", outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("**", outcome, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "Weekly check-in: 8 to 14 March 2027", "Check-ins paused")]
    [InlineData("fa-IR", "گزارش هفتگی: هفتهٔ ۱۷ اسفند ۱۴۰۵ تا ۲۳ اسفند ۱۴۰۵", "گزارش‌ها متوقف شد")]
    public async Task Submit_PauseFromTheCard_ReplacesThatCardWithPaused(string locale, string title, string outcome)
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan(), locale);
        var (asked, _) = await host.SayAsync("check in now", locale);
        var pause = PauseData(asked.Outbox[0]);

        var (turn, _) = await host.TurnAsync(Activities.CardSubmit(pause, replyToId: "card-7"), locale);

        Assert.Equal("2027-W10", (string?)pause["week"]);
        AssertReplaced(turn, "card-7", title, outcome, locale);
        Assert.True((await host.CheckInStateAsync()).IsPaused);
    }

    [Fact]
    public async Task Submit_TheSchedulersCard_ReplacesTheCardTheSchedulerSent()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());
        Assert.Single(await host.TickAtAsync(Slot));
        var sentId = (await host.CheckInStateAsync()).Pending!.ActivityId!;

        var (turn, _) = await host.TurnAsync(Activities.CardSubmit(Numbers("2027-W10", "8000"), replyToId: sentId));

        Assert.Equal(sentId, Assert.Single(turn.Updates).ActivityId);
    }

    [Fact]
    public async Task Say_TypedNumbersWhileTheSchedulersCardWaits_ReplacesThatCard()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());
        Assert.Single(await host.TickAtAsync(Slot));
        var sentId = (await host.CheckInStateAsync()).Pending!.ActivityId!;

        var (turn, handled) = await host.SayAsync("reach 12000 clicks 340 spend 150");

        Assert.True(handled);
        AssertReplaced(turn, sentId, "Weekly check-in: 8 to 14 March 2027", "Numbers received ✓", "en-US");
    }

    [Fact]
    public async Task Say_TypedNumbersForACardThatWasAReply_NothingToReplace()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());
        await host.SayAsync("check in now");

        var (turn, handled) = await host.SayAsync("reach 12000 clicks 340 spend 150");

        Assert.True(handled);
        Assert.Empty(turn.Updates);
        Assert.Single(turn.Outbox);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("")]
    public async Task Submit_NumbersNotAccepted_CardStaysForAnotherTry(string reach)
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());
        var value = new JsonObject { ["action"] = CheckInCard.Action, ["week"] = "2027-W10", ["reach"] = reach };

        var (turn, _) = await host.TurnAsync(Activities.CardSubmit(value, replyToId: "card-7"));

        Assert.Empty(turn.Updates);
        Assert.Single(turn.Outbox);
    }

    [Fact]
    public async Task Submit_CraftedWeekOutsideTheWindow_CardStays()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());
        var skip = new JsonObject { ["action"] = CheckInCard.SkipAction, ["week"] = "2020-W10" };

        var (turn, _) = await host.TurnAsync(Activities.CardSubmit(skip, replyToId: "card-7"));

        Assert.Empty(turn.Updates);
        Assert.Contains("no longer take numbers", Assert.Single(turn.Outbox).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_DoubleClick_OnlyTheFirstReplacesAndReplies()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());

        var (first, _) = await host.TurnAsync(Activities.CardSubmit(Numbers("2027-W10", "8000"), replyToId: "card-7"));
        var (second, _) = await host.TurnAsync(Activities.CardSubmit(Numbers("2027-W10", "8000"), replyToId: "card-7"));

        Assert.Equal("card-7", Assert.Single(first.Updates).ActivityId);
        Assert.Empty(second.Updates);
        Assert.Empty(second.Outbox);
    }

    private static JsonObject AssertReplaced(TurnContext turn, string cardId, string? title, string outcome, string locale)
    {
        var update = Assert.Single(turn.Updates);
        Assert.Equal(cardId, update.ActivityId);
        Assert.Equal(ActivityTypes.Message, update.Activity.Type);
        var card = Assert.Single(update.Activity.Attachments!).Content!.AsObject();
        CardAssert.ValidForTeams(card);
        Assert.DoesNotContain(CardAssert.Elements(card), e => CardAssert.Type(e) is { } type
            && (type.StartsWith("Input.", StringComparison.Ordinal) || type.StartsWith("Action.", StringComparison.Ordinal)));
        Assert.Null(card["actions"]);
        var text = CardAssert.VisibleText(card);
        Assert.Contains(outcome, text, StringComparison.Ordinal);
        if (title is not null)
        {
            Assert.Equal(title, (string?)CardAssert.OfType(card, "TextBlock").First()["text"]);
        }

        if (locale.StartsWith("fa", StringComparison.Ordinal))
        {
            // The week label is Jalali with Persian digits only; a moment also names its Gregorian date, as the replies do.
            CardAssert.RightToLeft(card);
            Assert.DoesNotContain((string?)CardAssert.OfType(card, "TextBlock").First()["text"] ?? "", char.IsAsciiDigit);
        }
        else
        {
            CardAssert.LeftToRight(card);
        }

        return card;
    }

    private static JsonObject PauseData(Activity checkInCard) =>
        (JsonObject)checkInCard.Attachments![0].Content!["actions"]!.AsArray()
            .Single(action => (string?)action!["id"] == "pause")!["data"]!.DeepClone();

    private static JsonObject Numbers(string week, string reach) =>
        new() { ["action"] = CheckInCard.Action, ["week"] = week, ["reach"] = reach, ["clicks"] = "10", ["impressions"] = "1000" };
}
