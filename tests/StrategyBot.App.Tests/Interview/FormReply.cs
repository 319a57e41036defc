using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>Reads form cards in a script and fills them in as a client would: the card's inputs with their values, plus the Save action's data.</summary>
internal static class FormReply
{
    /// <summary>The last form card among <paramref name="turn"/>'s replies.</summary>
    public static JsonObject Form(this HarnessTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Replies.Select(ReplyAssert.Card).LastOrDefault(IsForm)
            ?? throw new Xunit.Sdk.XunitException("No form card among the replies: " + string.Join(" | ", turn.Replies.Select(ReplyAssert.Visible)));
    }

    public static bool IsForm(JsonObject? card) => (string?)card?["actions"]?[0]?["verb"] == CardActions.Form;

    /// <summary>The input ids of the card, in order.</summary>
    public static IReadOnlyList<string> FieldIds(JsonObject card) => [.. Inputs(card).Select(i => (string)i["id"]!)];

    public static JsonObject Input(JsonObject card, string id) =>
        Inputs(card).FirstOrDefault(i => (string?)i["id"] == id) ?? throw new Xunit.Sdk.XunitException($"The card has no input '{id}'.");

    /// <summary>The problem line shown under the field <paramref name="id"/>; null when there is none.</summary>
    public static string? Problem(JsonObject card, string id) =>
        Fields(card).Where(f => f["items"]![0]!["id"]!.GetValue<string>() == id)
            .Select(f => f["items"]!.AsArray().Skip(1).Select(b => (string?)b!["text"]).FirstOrDefault())
            .FirstOrDefault();

    /// <summary>Saves the form with its inputs' current values, <paramref name="values"/> typed over them (key: field id).</summary>
    public static Task<HarnessTurn> SaveFormAsync(this ConversationHarness bot, JsonObject card, params (string Id, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var data = card["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var input in Inputs(card))
        {
            if (input["value"] is { } value)
            {
                data[(string)input["id"]!] = value.ToString();
            }
        }

        foreach (var (id, value) in values)
        {
            data[id] = value;
        }

        return bot.ExecuteAsync(CardActions.Form, data);
    }

    /// <summary>The card in the invoke's answer.</summary>
    public static JsonObject AnsweredCard(this HarnessTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        Assert.Equal(InvokeResponse.CardType, turn.InvokeResponse?.Type);
        return turn.InvokeResponse!.Value!.AsObject();
    }

    /// <summary>The facts of a saved view, title to value.</summary>
    public static IReadOnlyDictionary<string, string> Facts(JsonObject card) =>
        CardTree.Find(card, "facts")!["facts"]!.AsArray().ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

    private static IEnumerable<JsonObject> Fields(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Where(e => ((string?)e["id"])?.StartsWith("field", StringComparison.Ordinal) == true);

    private static IEnumerable<JsonObject> Inputs(JsonObject card) => Fields(card).Select(f => f["items"]![0]!.AsObject());
}
