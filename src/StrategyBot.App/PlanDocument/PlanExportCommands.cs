using StrategyBot.App.Interview;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.PlanDocument;

/// <summary>
/// "export my plan" and its variants in English and Persian, and the Markdown form of each. A command is the whole
/// message. "export my data" is the privacy command and is read (earlier) by the privacy handler, not here.
/// </summary>
internal static class PlanExportCommands
{
    private static readonly Dictionary<string, PlanDocumentFormat> Commands = Build(
        (PlanDocumentFormat.Word,
        [
            "export my plan", "export plan", "export the plan", "export my marketing plan", "export my plan as word",
            "export my plan as a document", "export plan as word", "plan document", "my plan document", "plan as word",
            "download my plan", "download plan", "plan docx", "export my plan as docx",
            "خروجی برنامه", "خروجی برنامه من", "خروجی برنامه‌ام", "خروجی برنامهٔ من", "خروجی برنامه ورد", "خروجی ورد برنامه",
            "سند برنامه", "فایل برنامه", "دانلود برنامه", "دریافت برنامه", "خروجی گرفتن از برنامه",
        ]),
        (PlanDocumentFormat.Markdown,
        [
            "export my plan as markdown", "export plan as markdown", "export my plan markdown", "export plan markdown",
            "plan markdown", "plan as markdown", "markdown plan", "export my plan as md", "plan md",
            "خروجی برنامه مارک‌داون", "خروجی برنامه مارکداون", "خروجی برنامه markdown", "خروجی مارک‌داون برنامه",
            "برنامه به صورت مارک‌داون", "برنامه مارک‌داون",
        ]));

    /// <summary>The format a typed command asks for; null when the message is something else.</summary>
    public static PlanDocumentFormat? Parse(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not null)
        {
            return null;
        }

        var text = activity.GetTextWithoutRecipientMention();
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return null;
        }

        return Commands.TryGetValue(InterviewCommands.Fold(text), out var format) ? format : null;
    }

    private static Dictionary<string, PlanDocumentFormat> Build(params (PlanDocumentFormat Format, string[] Phrases)[] groups)
    {
        var words = new Dictionary<string, PlanDocumentFormat>(StringComparer.Ordinal);
        foreach (var (format, phrases) in groups)
        {
            foreach (var phrase in phrases)
            {
                words.TryAdd(InterviewCommands.Fold(phrase), format);
            }
        }

        return words;
    }
}
