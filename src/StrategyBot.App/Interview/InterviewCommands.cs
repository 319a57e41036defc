using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Smart;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview;

/// <summary>
/// Recognises the commands in English and Persian. A command is the whole message ("back", "برگرد"), never a word
/// inside an answer, so "back pain relief" stays an answer. "edit", "language" and quick capture ("goal: …", read by
/// the domain's <see cref="QuickCapture"/> exactly as the Objectives step reads it) take an argument.
/// Card buttons (welcome card, summary card) arrive as submits with an "action" and are read the same way.
/// </summary>
internal static class InterviewCommands
{
    private static readonly Dictionary<string, InterviewCommandKind> Words = Build(
        (InterviewCommandKind.Help, ["help", "menu", "commands", "راهنما", "کمک", "راهنمایی"]),
        (InterviewCommandKind.Back, ["back", "go back", "previous", "prev", "برگرد", "قبلی", "بازگشت", "عقب", "برگشت"]),
        (InterviewCommandKind.Skip, ["skip", "skip it", "pass", "رد کن", "رد", "بگذر", "رد شو", "پرش", "بعدی"]),
        (InterviewCommandKind.Keep, ["keep", "keep it", "same", "no change", "unchanged", "همین", "همان", "همون", "بدون تغییر", "same date", "the same", "same day", "همان تاریخ", "همون تاریخ", "همان روز", "نگه دار", "همین بماند", "همین باشه"]),
        (InterviewCommandKind.Cancel, ["cancel", "stop", "pause", "quit", "exit", "لغو", "توقف", "کنسل", "بس", "فعلا بس"]),
        (InterviewCommandKind.Restart, ["restart", "start over", "start again", "reset", "از اول", "از نو", "شروع دوباره", "شروع مجدد"]),
        (InterviewCommandKind.Status, ["status", "progress", "where am i", "وضعیت", "پیشرفت", "کجا هستیم"]),
        (InterviewCommandKind.Summary, ["summary", "show my plan", "show plan", "my plan", "show me my plan", "خلاصه", "برنامه من", "نمایش برنامه", "برنامه ام", "برنامه ام را نشان بده"]),
        (InterviewCommandKind.Edit, ["edit", "ویرایش"]),
        (InterviewCommandKind.Language, ["language", "lang", "change language", "switch language", "زبان", "تغییر زبان"]),
        (InterviewCommandKind.Resume, ["continue", "resume", "start", "go on", "hi", "hello", "hey", "ادامه", "ادامه بده", "ادامه بدیم", "شروع", "سلام"]));

    private static readonly string[] EditPrefixes = ["edit ", "ویرایش "];
    private static readonly string[] LanguagePrefixes = ["language ", "lang ", "زبان ", "switch to ", "تغییر زبان به "];

    public static InterviewCommand? Parse(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is JsonObject submitted && Field(submitted, CardActions.ActionField) is { } action)
        {
            return FromCard(action, submitted);
        }

        var text = activity.GetTextWithoutRecipientMention() ?? activity.Text;
        return string.IsNullOrWhiteSpace(text) ? null : FromText(text);
    }

    public static InterviewCommand? FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (QuickCapture.TryParse(trimmed, out var goal))
        {
            return new InterviewCommand(InterviewCommandKind.QuickCapture) { Text = goal };
        }

        if (trimmed is "?" or "؟")
        {
            return new InterviewCommand(InterviewCommandKind.Help);
        }

        var folded = Fold(trimmed);
        if (folded.Length > 60)
        {
            return null;
        }

        if (Words.TryGetValue(folded, out var kind))
        {
            return new InterviewCommand(kind);
        }

        if (Argument(folded, EditPrefixes) is { } stepName)
        {
            return InterviewSteps.TryParse(stepName, out var step) ? new InterviewCommand(InterviewCommandKind.Edit) { Step = step } : null;
        }

        if (Argument(folded, LanguagePrefixes) is { } languageName && Languages.TryParse(languageName, out var language))
        {
            return new InterviewCommand(InterviewCommandKind.Language) { Language = language };
        }

        return null;
    }

    /// <summary>The comparable form of a typed command: ASCII digits, Persian letters, lower case, single spaces.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in TextNormalizer.ForMatching(text))
        {
            // The hamza above in "برنامهٔ" and the kashida are spelling variants, not different words.
            if (c is not ('\u0654' or '\u0640'))
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).TrimEnd('.', '!', '؟', '?', '،', ',').Trim();
    }

    /// <summary>
    /// A string field of submitted card data, or null. Card data is whatever the client sends, so a number, object
    /// or array where a string belongs is ignored instead of failing the turn.
    /// </summary>
    public static string? Field(JsonObject submitted, string name)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        return submitted.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;
    }

    private static InterviewCommand? FromCard(string action, JsonObject submitted) => action switch
    {
        CardActions.Edit when InterviewSteps.TryParse(Field(submitted, CardActions.StepField), out var step) =>
            new InterviewCommand(InterviewCommandKind.Edit) { Step = step },
        CardActions.Edit => new InterviewCommand(InterviewCommandKind.Edit),
        CardActions.ShowPlan => new InterviewCommand(InterviewCommandKind.Summary),

        // "keep" or "skip" typed into a question card's input means what it means typed in the chat, never an answer.
        CardActions.Answer when Field(submitted, CardActions.AnswerField) is { } typed
            && FromText(typed) is { Kind: InterviewCommandKind.Keep or InterviewCommandKind.Skip } command => command,
        CardActions.Help => new InterviewCommand(InterviewCommandKind.Help),
        CardActions.Start => new InterviewCommand(InterviewCommandKind.Resume),
        CardActions.Language => new InterviewCommand(InterviewCommandKind.Language)
        {
            Language = Languages.TryParse(Field(submitted, CardActions.LanguageField), out var language) ? language : null,
        },
        _ => null,
    };

    private static string? Argument(string folded, string[] prefixes)
    {
        var prefix = prefixes.FirstOrDefault(p => folded.StartsWith(p, StringComparison.Ordinal));
        return prefix is null ? null : folded[prefix.Length..].Trim();
    }

    private static Dictionary<string, InterviewCommandKind> Build(params (InterviewCommandKind Kind, string[] Words)[] groups)
    {
        var words = new Dictionary<string, InterviewCommandKind>(StringComparer.Ordinal);
        foreach (var (kind, list) in groups)
        {
            foreach (var word in list)
            {
                words.Add(Fold(word), kind);
            }
        }

        return words;
    }
}
