using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>Script checks for replies that may be plain messages or question cards.</summary>
internal static class ReplyAssert
{
    /// <summary>What a user without card support reads: the text, or the card's fallback text.</summary>
    public static string Visible(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Text ?? (string?)Card(activity)?["fallbackText"] ?? string.Empty;
    }

    public static JsonObject? Card(Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content as JsonObject;

    /// <summary>The next reply (message or card) contains <paramref name="fragment"/>.</summary>
    public static HarnessTurn Says(this HarnessTurn turn, string fragment)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.AssertReplyActivity(a => Visible(a).Contains(fragment, StringComparison.Ordinal), $"a reply containing \"{fragment}\"");
    }

    /// <summary>The next reply (message or card) contains every one of <paramref name="fragments"/>.</summary>
    public static HarnessTurn SaysAll(this HarnessTurn turn, params string[] fragments)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.AssertReplyActivity(
            a => fragments.All(f => Visible(a).Contains(f, StringComparison.Ordinal)), $"a reply containing \"{string.Join("\" and \"", fragments)}\"");
    }

    /// <summary>The next reply is a question card, with fallback text, asking <paramref name="fragment"/>.</summary>
    public static HarnessTurn AsksCard(this HarnessTurn turn, string fragment)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.AssertReplyActivity(
            a => Card(a) is { } card && ((string?)card["fallbackText"])?.Contains(fragment, StringComparison.Ordinal) == true && a.Summary is not null,
            $"a question card asking \"{fragment}\"");
    }

    /// <summary>The next reply is the plan summary card.</summary>
    public static HarnessTurn ShowsSummaryCard(this HarnessTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.AssertReplyActivity(
            a => Card(a) is { } card && card.ToJsonString().Contains($"\"{CardActions.Edit}\"", StringComparison.Ordinal),
            "the plan summary card");
    }

    /// <summary>The answer a card submit sends for the question card <paramref name="question"/>.</summary>
    public static JsonObject Submit(Activity question, string answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        var data = Card(question)?["actions"]?[0]?["data"] as JsonObject ?? throw new InvalidOperationException("The reply is not a question card.");
        return new JsonObject
        {
            [CardActions.ActionField] = (string?)data[CardActions.ActionField],
            [CardActions.PromptIdField] = (string?)data[CardActions.PromptIdField],
            [CardActions.AnswerField] = answer,
        };
    }
}
