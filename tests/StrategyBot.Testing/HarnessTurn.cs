using System.Diagnostics.CodeAnalysis;
using StrategyBot.BotFramework.Protocol;
using Xunit;

namespace StrategyBot.Testing;

/// <summary>
/// The replies of one harness turn, checked in order like a script: each <c>AssertReply…</c> looks at the next
/// reply. A failed check prints the whole conversation so far.
/// </summary>
public sealed class HarnessTurn
{
    private readonly Func<string> _transcript;
    private int _next;

    internal HarnessTurn(IReadOnlyList<Activity> replies, Func<string> transcript, InvokeResponse? invokeResponse = null)
    {
        Replies = replies;
        _transcript = transcript;
        InvokeResponse = invokeResponse;
    }

    /// <summary>The answer to an invoke (an Action.Execute): the card or message the client shows in place of the card.</summary>
    public InvokeResponse? InvokeResponse { get; }

    /// <summary>Everything the bot queued this turn.</summary>
    public IReadOnlyList<Activity> Replies { get; }

    /// <summary>The texts of the replies.</summary>
    public IReadOnlyList<string?> Texts => [.. Replies.Select(r => r.Text)];

    /// <summary>The next reply's text equals <paramref name="expected"/>.</summary>
    public HarnessTurn AssertReply(string expected) =>
        AssertReplyActivity(r => r.Text == expected, $"a reply \"{expected}\"");

    /// <summary>The next reply's text satisfies <paramref name="predicate"/>.</summary>
    public HarnessTurn AssertReply(Func<string, bool> predicate, string description = "a reply matching the predicate")
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return AssertReplyActivity(r => r.Text is not null && predicate(r.Text), description);
    }

    /// <summary>The next reply's text contains <paramref name="fragment"/>.</summary>
    public HarnessTurn AssertReplyContains(string fragment) =>
        AssertReplyActivity(r => r.Text?.Contains(fragment, StringComparison.Ordinal) == true, $"a reply containing \"{fragment}\"");

    /// <summary>The next reply satisfies <paramref name="predicate"/>.</summary>
    public HarnessTurn AssertReplyActivity(Func<Activity, bool> predicate, string description = "a reply matching the predicate")
    {
        ArgumentNullException.ThrowIfNull(predicate);
        if (_next >= Replies.Count)
        {
            Fail($"Expected {description}, but there {(Replies.Count == 1 ? "was 1 reply" : $"were {Replies.Count} replies")} and all were checked.");
        }

        var reply = Replies[_next++];
        if (!predicate(reply))
        {
            Fail($"Expected {description}, got: {ConversationHarness.Describe(reply)}");
        }

        return this;
    }

    /// <summary>The previous reply (the one just checked) offers exactly these suggested actions.</summary>
    public HarnessTurn WithSuggestedActions(params string[] titles)
    {
        if (_next == 0)
        {
            Fail("WithSuggestedActions needs an AssertReply before it.");
        }

        var actual = Replies[_next - 1].SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty).ToArray() ?? [];
        if (!actual.SequenceEqual(titles))
        {
            Fail($"Expected suggested actions [{string.Join(" | ", titles)}], got [{string.Join(" | ", actual)}].");
        }

        return this;
    }

    /// <summary>Every reply has been checked.</summary>
    public HarnessTurn AssertNoMoreReplies()
    {
        if (_next < Replies.Count)
        {
            Fail($"Unexpected reply: {ConversationHarness.Describe(Replies[_next])}");
        }

        return this;
    }

    /// <summary>The bot said nothing this turn.</summary>
    public HarnessTurn AssertNoReply()
    {
        if (Replies.Count > 0)
        {
            Fail($"Expected no reply, got: {ConversationHarness.Describe(Replies[0])}");
        }

        return this;
    }

    [DoesNotReturn]
    private void Fail(string message) => Assert.Fail($"{message}\n\nTranscript:\n{_transcript()}");
}
