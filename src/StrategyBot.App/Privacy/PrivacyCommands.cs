using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Interview;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Privacy;

/// <summary>
/// Recognises the privacy commands in English and Persian, typed or from the privacy cards' buttons. A command is
/// the whole message, so "delete my data" inside an answer stays an answer. "yes"/"no" are only read as a
/// confirmation when a delete is waiting for one; the caller decides that.
/// </summary>
internal static class PrivacyCommands
{
    /// <summary>The card action value of every privacy button.</summary>
    public const string CardAction = "privacy";

    /// <summary>The card data field naming the privacy step: export, delete, confirmDelete or cancelDelete.</summary>
    public const string StepField = "privacy";

    private static readonly Dictionary<string, PrivacyCommandKind> Commands = Build(
        (PrivacyCommandKind.Export,
        [
            "export my data", "export data", "export all my data", "download my data", "get my data", "my data",
            "خروجی اطلاعات من", "خروجی اطلاعات", "خروجی اطلاعاتم", "دریافت اطلاعات من", "اطلاعات من",
        ]),
        (PrivacyCommandKind.Delete,
        [
            "delete my data", "delete all my data", "erase my data", "remove my data", "forget me",
            "حذف اطلاعات من", "حذف همه اطلاعات من", "حذف اطلاعاتم", "پاک کردن اطلاعات من", "اطلاعاتم را پاک کن",
        ]));

    private static readonly Dictionary<string, PrivacyCommandKind> Answers = Build(
        (PrivacyCommandKind.ConfirmDelete,
            ["yes", "y", "yes delete", "yes, delete everything", "confirm", "delete", "بله", "آره", "بلی", "تایید", "تأیید", "پاک کن", "حذف کن", "بله، همه را پاک کن"]),
        (PrivacyCommandKind.CancelDelete,
            ["no", "n", "cancel", "keep", "no, keep my data", "نه", "خیر", "لغو", "نگه دار", "نه، نگه دار"]));

    /// <summary>The command a message gives: a privacy card button, or a typed export or delete command.</summary>
    public static PrivacyCommandKind? Parse(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is JsonObject submitted)
        {
            // Card data is user-controlled JSON: only string fields of the expected names count.
            return StringField(submitted, CardActions.ActionField) == CardAction
                ? StringField(submitted, StepField) switch
                {
                    "export" => PrivacyCommandKind.Export,
                    "delete" => PrivacyCommandKind.Delete,
                    "confirmDelete" => PrivacyCommandKind.ConfirmDelete,
                    "cancelDelete" => PrivacyCommandKind.CancelDelete,
                    _ => null,
                }
                : null;
        }

        return Lookup(Commands, activity);
    }

    /// <summary>A typed yes or no to a waiting delete; null for anything else.</summary>
    public static PrivacyCommandKind? ParseAnswer(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Value is null ? Lookup(Answers, activity) : null;
    }

    private static PrivacyCommandKind? Lookup(Dictionary<string, PrivacyCommandKind> words, Activity activity)
    {
        var text = activity.GetTextWithoutRecipientMention();
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return null;
        }

        return words.TryGetValue(InterviewCommands.Fold(text), out var kind) ? kind : null;
    }

    private static string? StringField(JsonObject json, string name) =>
        json.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;

    private static Dictionary<string, PrivacyCommandKind> Build(params (PrivacyCommandKind Kind, string[] Phrases)[] groups)
    {
        var words = new Dictionary<string, PrivacyCommandKind>(StringComparer.Ordinal);
        foreach (var (kind, phrases) in groups)
        {
            foreach (var phrase in phrases)
            {
                words.TryAdd(InterviewCommands.Fold(phrase), kind);
            }
        }

        return words;
    }
}
