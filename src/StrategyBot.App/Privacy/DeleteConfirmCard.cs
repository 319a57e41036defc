using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Privacy;

/// <summary>The confirmation "delete my data" asks for: what goes, that it cannot be undone, and Confirm/Cancel.</summary>
internal static class DeleteConfirmCard
{
    public const string ConfirmStep = "confirmDelete";
    public const string CancelStep = "cancelDelete";

    public static JsonObject Build(Language language)
    {
        string Text(PrivacyText key) => Texts.Get(language, key);

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray
            {
                ExportCard.TextBlock(Text(PrivacyText.DeleteTitle), heading: true),
                ExportCard.TextBlock(Text(PrivacyText.DeleteWarning), heading: false),
                ExportCard.TextBlock(Text(PrivacyText.DeleteTypeHint), heading: false, subtle: true),
            },
            ["actions"] = new JsonArray
            {
                Submit(Text(PrivacyText.DeleteConfirmButton), ConfirmStep),
                Submit(Text(PrivacyText.DeleteCancelButton), CancelStep),
            },
        };
        return new CardFiller(card).Finish(language, Text(PrivacyText.DeleteFallback));
    }

    private static JsonObject Submit(string title, string step) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject { [CardActions.ActionField] = PrivacyCommands.CardAction, [PrivacyCommands.StepField] = step },
    };
}
