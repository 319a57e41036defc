using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// A brand-new user goes through the whole SOSTAC interview, in English and in Persian, through the real bot process,
/// the real Agents Playground and Azurite, and ends with the plan summary card. The bot's next question is read after
/// every turn and answered from a table keyed by a distinctive phrase of it, so the test follows the real dialogs
/// instead of a fixed answer order, and fails with the transcript on any question it does not know.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class FullInterviewTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    // Issue 16's goal for a complete plan; docs/interview-length.md records the measured figures.
    private const int CompletePlanMaxCards = 25;

    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(20);

    // Keeps Persian readable in the serialised card, so the business text can be found in it.
    private static readonly JsonSerializerOptions _cardJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task FullInterview_EnglishNewUser_EndsInSummaryCardThatSurvives()
    {
        await using var session = await InstalledSessionAsync();

        var run = await new MarketerRun(session.Client, persian: false).ToCompletePlanAsync();

        Report("en", run);
        Assert.InRange(run.Cards, 1, CompletePlanMaxCards);
        Assert.Contains("All five criteria pass.", run.Transcript, StringComparison.Ordinal);
        AssertSummaryCard(session.Client.Messages[^1], MarketerAnswers.BusinessEnglish, session.Client.Messages);
        var shown = await SendAsync(session.Client, "show my plan");
        AssertSummaryCard(shown[^1], MarketerAnswers.BusinessEnglish, shown);
    }

    [Fact]
    public async Task FullInterview_PersianNewUser_EndsInSummaryCardThatSurvives()
    {
        await using var session = await InstalledSessionAsync();
        await SendAsync(session.Client, "language fa");

        var run = await new MarketerRun(session.Client, persian: true).ToCompletePlanAsync();

        Report("fa", run);
        Assert.InRange(run.Cards, 1, CompletePlanMaxCards);
        Assert.Contains("هر پنج معیار برقرار است.", run.Transcript, StringComparison.Ordinal);
        AssertSummaryCard(session.Client.Messages[^1], MarketerAnswers.BusinessPersian, session.Client.Messages);
        var shown = await SendAsync(session.Client, "خلاصه");
        AssertSummaryCard(shown[^1], MarketerAnswers.BusinessPersian, shown);
    }

    [Fact]
    public async Task QuickCapture_OnAFinishedPlan_AsksOnlyTheNewObjectivesKpisAndThePlanStaysComplete()
    {
        await using var session = await InstalledSessionAsync();
        await new MarketerRun(session.Client, persian: false).ToCompletePlanAsync();

        var all = await CaptureAsync(session.Client, "goal: grow Instagram reach 20% by March", "Your plan is complete again: 6 of 6 steps", persian: false);

        Assert.DoesNotContain("Let's carry on", all, StringComparison.Ordinal);
        Assert.DoesNotContain("When shall I check in", all, StringComparison.Ordinal);
        Assert.Contains("Your plan: 6 of 6 steps done.", Transcript(await SendAsync(session.Client, "status")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickCapture_InPersianOnAFinishedPlan_AsksOnlyTheNewObjectivesKpisAndThePlanStaysComplete()
    {
        await using var session = await InstalledSessionAsync();
        await SendAsync(session.Client, "language fa");
        await new MarketerRun(session.Client, persian: true).ToCompletePlanAsync();

        var all = await CaptureAsync(session.Client, "هدف: افزایش ۲۰٪ دسترسی اینستاگرام تا پایان اسفند", "برنامهٔ شما دوباره کامل است: ۶ مرحله از ۶", persian: true);

        Assert.Contains("گرفتم!", all, StringComparison.Ordinal);
        Assert.DoesNotContain("ادامه می‌دهیم", all, StringComparison.Ordinal);
        Assert.DoesNotContain("هر هفته چه روز و ساعتی", all, StringComparison.Ordinal);
        Assert.Contains("برنامهٔ شما: ۶ مرحله از ۶ مرحله انجام شده.", Transcript(await SendAsync(session.Client, "وضعیت")), StringComparison.Ordinal);
    }

    /// <summary>Types a quick capture and answers what it asks until <paramref name="done"/>; returns the conversation.</summary>
    private async Task<string> CaptureAsync(PlaygroundClient client, string goal, string done, bool persian)
    {
        var transcript = new List<string>();
        var answer = goal;
        var replies = await SendAsync(client, answer);
        var turns = 1;
        transcript.Add("> " + answer);
        transcript.Add(Transcript(replies));
        while (!Transcript(replies).Contains(done, StringComparison.Ordinal))
        {
            Assert.True(turns < 10, $"The capture is still asking after {turns} turns:{Environment.NewLine}{string.Join(Environment.NewLine, transcript)}");
            answer = MarketerAnswers.Pick(Transcript(replies), persian)
                ?? throw new Xunit.Sdk.XunitException($"Unknown question:{Environment.NewLine}{string.Join(Environment.NewLine, transcript)}");
            replies = await SendAsync(client, answer);
            turns++;
            transcript.Add("> " + answer);
            transcript.Add(Transcript(replies));
        }

        var all = string.Join(Environment.NewLine, transcript);
        Report($"Quick capture on a finished plan ({(persian ? "fa" : "en")}): {turns} turns", all);
        return all;
    }

    private static void AssertSummaryCard(PlaygroundMessage message, string business, IEnumerable<PlaygroundMessage> context)
    {
        var card = Assert.Single(message.AdaptiveCards);
        Assert.True(
            card.ToJsonString(_cardJson).Contains(business, StringComparison.Ordinal),
            $"The last message is not the plan summary card:{Environment.NewLine}{Transcript(context.TakeLast(5))}");
        var validation = SchemaValidator.ValidateAdaptiveCard(card);
        Assert.True(validation.IsValid, validation.ToString());
    }

    private void Report(string line, string transcript)
    {
        Console.WriteLine(line);
        output.WriteLine(line);
        output.WriteLine(transcript);
    }

    // The figures docs/interview-length.md records; the goals are issue 16's.
    private void Report(string language, MarketerRun run)
    {
        var usable = run.Usable is { } at ? $"{at.Turns} turns, {at.Cards} cards" : "never";
        Report(
            $"Full plan ({language}): {run.Turns} turns ({run.FormsSaved} forms saved), {run.Cards} cards; check-ins set after {usable}; "
                + $"median turn at the bot {run.MedianTurn.TotalMilliseconds:0} ms",
            run.Transcript);
    }

    /// <summary>A Playground for a new user with the app installed and the install turn over.</summary>
    private async Task<PlaygroundSession> InstalledSessionAsync()
    {
        var session = await fixture.StartPlaygroundAsync();
        try
        {
            await session.Client.InstallAsync();
            await session.Client.WaitForIdleAsync(_timeout);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends a message and returns everything the bot said in that turn, once the turn is over.</summary>
    private static async Task<IReadOnlyList<PlaygroundMessage>> SendAsync(PlaygroundClient client, string text)
    {
        var before = client.Messages.Count;
        await client.SendTextAsync(text);
        var replies = (await client.WaitForIdleAsync(_timeout)).Skip(before).ToList();
        Assert.True(replies.Count > 0, $"The bot did not answer '{text}'.");
        return replies;
    }

    private static string Transcript(IEnumerable<PlaygroundMessage> messages) =>
        string.Join(Environment.NewLine, messages.Select(m => m.AllText()));
}
