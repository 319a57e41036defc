using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Privacy;

/// <summary>
/// The answer to "export my data": what is stored, one line per document and table, and a button that opens the
/// download link. Pure: no I/O. Names the bot does not know are user-invisible internals, but they are still
/// escaped, since nothing from storage goes into a card unescaped.
/// </summary>
internal static class ExportCard
{
    private static readonly Dictionary<string, PrivacyText> Labels = new(StringComparer.Ordinal)
    {
        [TurnState.PlanDocument] = PrivacyText.ItemPlan,
        [TurnState.ProfileDocument] = PrivacyText.ItemProfile,
        [TurnState.ReferenceDocument] = PrivacyText.ItemReference,
        [ProcessedActivities.DocumentName] = PrivacyText.ItemProcessed,
        [DialogRunner.StackDocumentName] = PrivacyText.ItemDialogs,
        [CheckInDocuments.Name] = PrivacyText.ItemCheckIns,
        [InterviewMemory.DocumentName] = PrivacyText.ItemInterview,
        [PendingDeletion.DocumentName] = PrivacyText.ItemPrivacy,
    };

    public static JsonObject Build(UserData data, Uri? downloadUrl, TimeSpan linkLifetime, Language language)
    {
        ArgumentNullException.ThrowIfNull(data);
        string Text(PrivacyText key) => Texts.Get(language, key);

        var body = new JsonArray
        {
            TextBlock(Text(PrivacyText.ExportTitle), heading: true),
            TextBlock(Text(data.IsEmpty ? PrivacyText.ExportNothingStored : PrivacyText.ExportIntro), heading: false),
        };
        var facts = new JsonArray();
        foreach (var (name, content) in data.Documents)
        {
            var label = Labels.TryGetValue(name, out var key) ? Text(key)
                : name.EndsWith(UnreadableDocuments.Suffix, StringComparison.Ordinal) ? Text(PrivacyText.ItemUnreadableCopy)
                : $"{Text(PrivacyText.ItemOther)} ({CardText.Escape(name, 60)})";
            var kilobytes = Math.Max(1, (int)Math.Ceiling(content.ToJsonString().Length / 1024.0));
            facts.Add(Fact(label, Texts.Format(language, PrivacyText.ExportDocument, kilobytes)));
        }

        foreach (var table in data.Tables.Where(t => t.Rows.Count > 0))
        {
            facts.Add(Fact(Text(table.Label), Texts.Format(language, PrivacyText.ExportRows, table.Rows.Count)));
        }

        if (facts.Count > 0)
        {
            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        }

        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = body };
        if (!data.IsEmpty && downloadUrl is not null)
        {
            var minutes = (int)Math.Round(linkLifetime.TotalMinutes);
            body.Add(TextBlock(Texts.Format(language, PrivacyText.ExportLinkNote, minutes), heading: false, subtle: true));
            card["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Action.OpenUrl",
                    ["title"] = Text(PrivacyText.ExportDownloadButton),
                    ["url"] = downloadUrl.AbsoluteUri,
                },
            };
        }
        else if (!data.IsEmpty)
        {
            body.Add(TextBlock(Text(PrivacyText.ExportNoLink), heading: false, subtle: true));
        }

        return new CardFiller(card).Finish(language, Text(PrivacyText.ExportFallback));
    }

    internal static JsonObject TextBlock(string text, bool heading, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (heading)
        {
            block["size"] = "large";
            block["weight"] = "bolder";
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
