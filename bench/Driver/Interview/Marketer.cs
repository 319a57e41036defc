using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using StrategyBot.Bench.Connector;

namespace StrategyBot.Bench.Interview;

/// <summary>
/// One simulated marketer: sends the script's turns to /api/messages one at a time and, for each, waits until the
/// fake connector has the reply before the next turn. A turn's latency runs from the request being sent to the last
/// reply the connector received for it. The first failure ends the interview (later turns would answer the wrong
/// questions) and is reported.
/// </summary>
internal sealed class Marketer(
    HttpClient http, Uri messages, FakeConnector connector, TimeSpan replyTimeout, bool checkReplies = true,
    ReplyCounts? learnReplies = null, ReplyCounts? askReplies = null)
{
    // The bot's apologies (src/StrategyBot.App/Localization/BotTexts.cs): a turn answered with one of these failed.
    private static readonly string[] s_apologies = ["Sorry, I couldn't save that", "Sorry, something went wrong on my side"];

    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    /// <summary>Plays <paramref name="script"/>; <paramref name="explore"/>, when given, hears every turn and its replies.</summary>
    public async Task<MarketerOutcome> RunAsync(
        MarketerIdentity who, IReadOnlyList<ScriptTurn> script, Action<string>? explore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(script);
        var latencies = new List<double>(script.Count);
        var conversation = connector.Conversation(who.ConversationId);
        for (var index = 0; index < script.Count; index++)
        {
            var turn = script[index];
            var activityId = who.ConversationId + "-" + index.ToString(CultureInfo.InvariantCulture);
            var body = ActivityJson.Build(turn, who, activityId, connector.BaseAddress, TimeProvider.System.GetUtcNow());
            var replied = conversation.ExpectReplyTo(activityId);
            var started = Stopwatch.GetTimestamp();
            var error = await SendAsync(body, askReplies?.For(index), cancellationToken);
            if (error is null && !await WaitAsync(replied, cancellationToken))
            {
                error = "no reply within " + replyTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s";
            }

            var replies = conversation.RepliesTo(activityId);
            if (explore is not null)
            {
                explore($"[{index}] >> {turn.Text ?? "(install)"}");
                replies.ForEach(r => explore("     << " + ReplyText.Summarise(r.Body)));
            }

            error ??= Check(checkReplies ? turn : turn with { Expect = null }, replies);
            if (error is null)
            {
                learnReplies?.Record(index, replies.Count);
            }

            if (error is not null)
            {
                return new MarketerOutcome(index, latencies, $"turn {index} ({turn.Text ?? "install"}): {error}");
            }

            latencies.Add(Stopwatch.GetElapsedTime(started, replies[^1].Timestamp).TotalMilliseconds);
        }

        return new MarketerOutcome(script.Count, latencies, null);
    }

    private async Task<string?> SendAsync(byte[] body, int? replies, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = s_json;
            using var request = new HttpRequestMessage(HttpMethod.Post, messages) { Content = content };
            if (replies is { } count)
            {
                request.Headers.Add("X-Bench-Replies", count.ToString(CultureInfo.InvariantCulture));
            }

            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "request timed out";
        }
    }

    private async Task<bool> WaitAsync(Task replied, CancellationToken cancellationToken)
    {
        try
        {
            await replied.WaitAsync(replyTimeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static string? Check(ScriptTurn turn, List<ConnectorReply> replies)
    {
        if (replies.Count == 0)
        {
            return "no reply";
        }

        foreach (var reply in replies)
        {
            if (reply.Body is { } body && Array.Exists(s_apologies, a => body.Contains(a, StringComparison.Ordinal)))
            {
                return "the bot apologised: " + ReplyText.Summarise(body);
            }
        }

        if (turn.Expect is { } expected && !replies.Exists(r => r.Body?.Contains(expected, StringComparison.Ordinal) != false))
        {
            return $"no reply contains \"{expected}\"; got: " + string.Join(" | ", replies.Select(r => ReplyText.Summarise(r.Body)));
        }

        return null;
    }
}
