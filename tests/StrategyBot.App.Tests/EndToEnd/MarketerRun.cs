using System.Diagnostics;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// A scripted marketer going through the interview in the Playground: a form card is filled in and saved (an
/// Action.Execute), any other question is answered by typing (<see cref="MarketerAnswers"/>). Counts the turns
/// (messages typed and forms saved), the cards the bot sent, and the time each turn took at the bot.
/// </summary>
internal sealed class MarketerRun(PlaygroundClient client, bool persian)
{
    private const int MaxTurns = 120;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly List<string> _transcript = [];
    private readonly List<TimeSpan> _turnTimes = [];
    private readonly int _start = client.Messages.Count;

    public int Turns { get; private set; }

    public int FormsSaved { get; private set; }

    /// <summary>Turns and cards up to the answer that set the weekly check-in: from then on check-ins run.</summary>
    public (int Turns, int Cards)? Usable { get; private set; }

    public int Cards => client.Messages.Skip(_start).Sum(m => m.AdaptiveCards.Count);

    public string Transcript => string.Join(Environment.NewLine, _transcript);

    public TimeSpan MedianTurn => Median(_turnTimes);

    /// <summary>From the greeting to the completed plan.</summary>
    public async Task<MarketerRun> ToCompletePlanAsync()
    {
        var replies = await SendAsync(persian ? "سلام" : "hi");
        while (!IsPlanComplete(replies))
        {
            Assert.True(Turns < MaxTurns, $"No complete plan after {Turns} turns:{Environment.NewLine}{Transcript}");
            if (replies.Count > 0 && MarketerForms.Find(replies.TakeLast(1)) is var (message, card))
            {
                replies = await SaveFormAsync(message, card);
                continue;
            }

            var answer = MarketerAnswers.Pick(Text(replies), persian)
                ?? throw new Xunit.Sdk.XunitException($"Unknown question after {Turns} turns:{Environment.NewLine}{Transcript}");
            replies = await SendAsync(answer);
            if (answer is "Monday 09:00" or "دوشنبه ۰۹:۰۰")
            {
                Usable = (Turns, Cards);
            }
        }

        return this;
    }

    public async Task<IReadOnlyList<PlaygroundMessage>> SendAsync(string text)
    {
        var before = client.Messages.Count;
        var clock = Stopwatch.StartNew();
        await client.SendTextAsync(text);
        var replies = (await client.WaitForIdleAsync(Timeout)).Skip(before).ToList();
        Record("> " + text, replies, clock.Elapsed);
        Assert.True(replies.Count > 0, $"The bot did not answer '{text}'.");
        return replies;
    }

    private async Task<IReadOnlyList<PlaygroundMessage>> SaveFormAsync(PlaygroundMessage message, System.Text.Json.Nodes.JsonObject card)
    {
        var before = client.Messages.Count;
        var clock = Stopwatch.StartNew();
        var value = MarketerForms.Fill(card, persian);
        var response = await client.InvokeAsync(message.MessageId, value);
        Assert.True(response.Card is { } saved && !MarketerForms.IsForm(saved),
            $"The form was not saved: {response.Value?.ToJsonString()}{Environment.NewLine}{Transcript}");

        // The next question follows the invoke's answer as a message (docs/bot-protocol.md#universal-actions); it is
        // the last of the turn's messages, so once it is here the turn's replies are complete.
        await client.WaitForMessageAsync(m => m.Index >= before && IsAnswerable(m), Timeout);
        var replies = (await client.WaitForIdleAsync(Timeout)).Skip(before).ToList();
        FormsSaved++;
        Record("> [form] " + value["action"]!["data"]!.ToJsonString(), replies, clock.Elapsed);
        return replies;
    }

    private bool IsAnswerable(PlaygroundMessage message) =>
        message.AdaptiveCards.Any(MarketerForms.IsForm) || MarketerAnswers.Pick(message.AllText(), persian) is not null || IsPlanComplete([message]);

    private void Record(string said, IReadOnlyList<PlaygroundMessage> replies, TimeSpan took)
    {
        Turns++;
        _turnTimes.Add(took);
        _transcript.Add(said);
        _transcript.Add(Text(replies));
    }

    private bool IsPlanComplete(IEnumerable<PlaygroundMessage> replies) =>
        Text(replies).Contains(persian ? "برنامهٔ شما کامل شد" : "Your plan is complete:", StringComparison.Ordinal);

    public static string Text(IEnumerable<PlaygroundMessage> messages) => string.Join(Environment.NewLine, messages.Select(m => m.AllText()));

    private static TimeSpan Median(List<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count == 0 ? TimeSpan.Zero
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
