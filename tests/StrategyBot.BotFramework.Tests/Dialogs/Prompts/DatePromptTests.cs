using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.BotFramework.Dialogs.Prompts;

namespace StrategyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class DatePromptTests
{
    // Monday 1 March 2027.
    private static readonly DateOnly Today = new(2027, 3, 1);

    [Theory]
    [InlineData("2027-03-31", "2027-03-31")]
    [InlineData("۲۰۲۷-۰۳-۳۱", "2027-03-31")]
    [InlineData("2027/3/31", "2027-03-31")]
    [InlineData("31 March", "2027-03-31")]
    [InlineData("31 Mar", "2027-03-31")]
    [InlineData("the 31st of March", "2027-03-31")]
    [InlineData("March 31 2027", "2027-03-31")]
    [InlineData("March 31st, 2027", "2027-03-31")]
    [InlineData("1 March", "2027-03-01")]
    [InlineData("28 February", "2028-02-28")]
    [InlineData("29 Feb", "2028-02-29")]
    [InlineData("today", "2027-03-01")]
    [InlineData("Tomorrow", "2027-03-02")]
    [InlineData("فردا", "2027-03-02")]
    [InlineData("friday", "2027-03-05")]
    [InlineData("this Friday", "2027-03-05")]
    [InlineData("next Friday", "2027-03-05")]
    [InlineData("monday", "2027-03-01")]
    [InlineData("next Monday", "2027-03-08")]
    [InlineData("next week", "2027-03-08")]
    [InlineData("in 2 weeks", "2027-03-15")]
    [InlineData("in a month", "2027-04-01")]
    [InlineData("within 8 weeks", "2027-04-26")]
    [InlineData("in 3 days", "2027-03-04")]
    public void Recognize_SupportedText_ReturnsTheDate(string input, string expected)
    {
        var date = DateTextRecognizer.Recognize(input, Today);

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("1406/03/31")]
    [InlineData("2027-02-30")]
    [InlineData("31 Smarch")]
    [InlineData("soon")]
    [InlineData("ma 3")]
    [InlineData("")]
    public void Recognize_UnsupportedText_ReturnsNull(string input)
    {
        var date = DateTextRecognizer.Recognize(input, Today);

        Assert.Null(date);
    }

    [Fact]
    public async Task Prompt_Tomorrow_UsesTheUsersTimeZone()
    {
        var lateEvening = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 22, 30, 0, TimeSpan.Zero));
        var tehran = PromptProbe.Create(new DatePrompt("date", lateEvening), Options(), lateEvening);
        tehran.LocalTimezone = "Asia/Tehran";
        var utc = PromptProbe.Create(new DatePrompt("date", lateEvening), Options(), lateEvening);
        await tehran.SendAsync("start");
        await utc.SendAsync("start");

        (await tehran.SendAsync("tomorrow")).AssertReply("answer: 2027-03-03");
        (await utc.SendAsync("tomorrow")).AssertReply("answer: 2027-03-02");
    }

    [Fact]
    public async Task Prompt_TimeZoneSelector_WinsOverTheActivity()
    {
        var lateEvening = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 22, 30, 0, TimeSpan.Zero));
        var prompt = new DatePrompt("date", lateEvening) { TimeZoneSelector = _ => TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo") };
        var harness = PromptProbe.Create(prompt, Options(), lateEvening);
        await harness.SendAsync("start");

        (await harness.SendAsync("today")).AssertReply("answer: 2027-03-02");
    }

    [Fact]
    public async Task Prompt_ExtraRecognizer_HandlesWhatTheBuiltInOnesDoNot()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        DateRecognizer jalali = (text, today) => text == "۳۱ خرداد ۱۴۰۶" ? new DateOnly(2027, 6, 21) : null;
        var harness = PromptProbe.Create(new DatePrompt("date", time, extraRecognizer: jalali), Options(), time);
        await harness.SendAsync("start");

        (await harness.SendAsync("۳۱ خرداد ۱۴۰۶")).AssertReply("answer: 2027-06-21");
    }

    [Fact]
    public async Task Prompt_BeforeMinDate_GetsTheOutOfRangeText()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var options = Options();
        options.MinDate = Today.AddDays(1);
        var harness = PromptProbe.Create(new DatePrompt("date", time), options, time);
        await harness.SendAsync("start");

        (await harness.SendAsync("2026-12-31")).AssertReply("The deadline must be in the future.");
        (await harness.SendAsync("whenever")).AssertReply("Please give a date, for example 31 March 2027.");
        (await harness.SendAsync("in 2 weeks")).AssertReply("answer: 2027-03-15");
    }

    [Fact]
    public async Task Prompt_CardInputDate_AnswersThePrompt()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var harness = PromptProbe.Create(new DatePrompt("date", time), Options(), time);
        await harness.SendAsync("start");

        (await harness.SubmitAsync(new JsonObject { ["deadline"] = "2027-06-30" })).AssertReply("answer: 2027-06-30");
    }

    private static PromptOptions Options() => new()
    {
        Text = "By when?",
        RetryText = "Please give a date, for example 31 March 2027.",
        OutOfRangeText = "The deadline must be in the future.",
        InputId = "deadline",
    };
}
