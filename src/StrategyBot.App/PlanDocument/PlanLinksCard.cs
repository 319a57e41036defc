using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.App.Privacy;

namespace StrategyBot.App.PlanDocument;

/// <summary>
/// The download-link alternative (group chats and channels, a declined consent, a failed upload): one button for the
/// Word file and one for the Markdown file, each a short-lived link of the data export's kind. Pure: no I/O.
/// </summary>
internal static class PlanLinksCard
{
    public static JsonObject Build(string? lead, Uri? wordUrl, Uri? markdownUrl, TimeSpan lifetime, Language language)
    {
        var body = new JsonArray { ExportCard.TextBlock(Texts.Get(language, DocumentText.LinksTitle), heading: true) };
        if (lead is not null)
        {
            body.Add(ExportCard.TextBlock(lead, heading: false));
        }

        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = body };
        if (wordUrl is null || markdownUrl is null)
        {
            body.Add(ExportCard.TextBlock(Texts.Get(language, DocumentText.NoLinks), heading: false, subtle: true));
        }
        else
        {
            body.Add(ExportCard.TextBlock(Texts.Format(language, DocumentText.LinksNote, (int)Math.Round(lifetime.TotalMinutes)), heading: false, subtle: true));
            card["actions"] = new JsonArray
            {
                OpenUrl(Texts.Get(language, DocumentText.WordButton), wordUrl),
                OpenUrl(Texts.Get(language, DocumentText.MarkdownButton), markdownUrl),
            };
        }

        return new CardFiller(card).Finish(language, Texts.Get(language, DocumentText.LinksFallback));
    }

    private static JsonObject OpenUrl(string title, Uri url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };
}
