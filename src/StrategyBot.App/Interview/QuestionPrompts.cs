using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Interview;

/// <summary>
/// Turns a question into prompt options: a question card where structure helps (choices, numbers, dates, lists),
/// a plain message with one-tap answers otherwise. Either way the answer can be typed, the answer already in the
/// plan is shown (and pre-filled on the card) so it can be kept, and optional questions offer "skip".
/// </summary>
internal static class QuestionPrompts
{
    public static PromptOptions Build(InterviewQuestion question, QuestionScope scope, string promptId)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(scope);
        var args = question.Args?.Invoke(scope) ?? [];
        var text = scope.Text(question.Text ?? throw new ArgumentException($"Question '{question.Key}' is asked its own way.", nameof(question)), args);
        var help = question.Help is { } helpKey ? scope.Text(helpKey, args) : null;
        var shown = question.Shown?.Invoke(scope);
        var current = string.IsNullOrWhiteSpace(shown) ? null : scope.Text(InterviewText.CurrentAnswer, QuestionScope.Quote(shown, 300));
        var replies = new List<string>(question.QuickReplies?.Invoke(scope) ?? []);
        if (current is not null)
        {
            replies.Add(scope.Text(InterviewText.KeepLabel));
        }

        if (question.Optional)
        {
            replies.Add(scope.Text(InterviewText.SkipLabel));
        }

        var choices = question.Choices?.Invoke(scope) ?? [];
        var activity = CardInput(question.Kind) is { } input
            ? Card(question, scope, promptId, input, text, Join(help, current), choices)
            : InterviewTurn.Message(scope.Language, Join(text, help, current)!, []);
        activity.Locale = Languages.Code(scope.Language);
        if (replies.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. replies.Distinct(StringComparer.Ordinal).Select(r => new CardAction { Type = "imBack", Title = r, Value = r })],
            };
        }

        return new PromptOptions
        {
            Prompt = activity,
            RetryText = BidiMarks.StartRightToLeft(scope.Language, text),
            AllowSkip = question.Optional,
            Choices = [.. PromptChoices(question, choices, scope)],
            Min = question.Min,
            Max = question.Max,
            MinDate = question.Kind == QuestionKind.Date ? scope.Today : null,
            MaxLength = question.MaxLength,
            InputId = CardActions.AnswerField,
        };
    }

    private static Activity Card(
        InterviewQuestion question, QuestionScope scope, string promptId, QuestionInputKind input, string text, string? helpLine, IReadOnlyList<CardChoice> choices)
    {
        var content = new QuestionCardContent(promptId, text, input)
        {
            HelpLine = helpLine,
            Choices = choices,
            AllowMultiple = question.Kind is QuestionKind.Platforms or QuestionKind.ChoiceList,
            Min = question.Min,
            Max = question.Max,
            EarliestDate = question.Kind == QuestionKind.Date ? scope.Today : null,
            CurrentValue = question.Input?.Invoke(scope) ?? question.Shown?.Invoke(scope),
            Placeholder = question.Placeholder?.Invoke(scope),
            MaxLength = question.MaxLength,
            Multiline = question.Kind is QuestionKind.List or QuestionKind.Budget or QuestionKind.Hashtags,
            IsRequired = !question.Optional,
        };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = text,
            Attachments = [Attachment.AdaptiveCard(QuestionCard.Build(content, scope.Language))],
        };
    }

    /// <summary>The input a question card uses for this kind; null for questions asked as a plain message.</summary>
    public static QuestionInputKind? CardInput(QuestionKind kind) => kind switch
    {
        QuestionKind.Choice or QuestionKind.ChoiceList or QuestionKind.Platforms or QuestionKind.Currency => QuestionInputKind.Choice,
        QuestionKind.Number or QuestionKind.Frequency => QuestionInputKind.Number,
        QuestionKind.Date => QuestionInputKind.Date,
        QuestionKind.List or QuestionKind.Hashtags or QuestionKind.Budget => QuestionInputKind.Text,
        _ => null,
    };

    private static IEnumerable<Choice> PromptChoices(InterviewQuestion question, IReadOnlyList<CardChoice> choices, QuestionScope scope) =>
        question.Kind switch
        {
            QuestionKind.Choice => choices.Select(c => new Choice(c.Value) { Title = c.Title, Synonyms = [.. c.Synonyms] }),
            QuestionKind.Confirm => choices.Count >= 2
                ? choices.Select(c => new Choice(c.Value) { Title = c.Title })
                : [new Choice(scope.Text(InterviewText.YesLabel)), new Choice(scope.Text(InterviewText.NoLabel))],
            _ => [],
        };

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join("\n\n", present);
    }
}
