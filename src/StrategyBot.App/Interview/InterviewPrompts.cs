using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;

namespace StrategyBot.App.Interview;

/// <summary>
/// The prompts the interview asks with, one per kind of answer. Each validator says exactly what to fix, in the
/// language the question was asked in (the options' locale, which defaults to the question activity's), followed by
/// the question again.
/// </summary>
internal static class InterviewPrompts
{
    public const string Text = "interview.text";
    public const string List = "interview.list";
    public const string Platforms = "interview.platforms";
    public const string Hashtags = "interview.hashtags";
    public const string Number = "interview.number";
    public const string Choice = "interview.choice";
    public const string Confirm = "interview.confirm";
    public const string Date = "interview.date";
    public const string Split = "interview.split";
    public const string Budget = "interview.budget";
    public const string Frequency = "interview.frequency";
    public const string Hours = "interview.hours";
    public const string Currency = "interview.currency";
    public const string Rhythm = "interview.rhythm";

    public static IEnumerable<Dialog> Create(TimeProvider time) =>
    [
        new TextPrompt(Text, Parsed(text => text.Any(char.IsLetterOrDigit) ? null : new AnswerProblem(InterviewText.RetryOnlySymbols))),
        new TextPrompt(List, Parsed(text => AnswerList.TryParse(text, out _, out var problem) ? null : problem)),
        new TextPrompt(Platforms, Parsed(text => PlatformAnswer.TryParse(text, out _, out var problem) ? null : problem)),
        new TextPrompt(Hashtags, Parsed(text => HashtagList.TryParse(text, out _, out var problem) ? null : problem)),
        new TextPrompt(Split, Parsed(text => ContentPaidSplit.TryParse(text, out _, out var problem) ? null : problem)),
        new TextPrompt(Budget, Parsed(text => BudgetLines.TryParse(text, out _, out var problem) ? null : problem)),
        new TextPrompt(Frequency, Parsed(text => PostingFrequency.TryParse(text, out _, out var problem) ? null : problem)),
        new TextPrompt(Hours, Parsed(text => ResponseTime.TryParse(text, out _, out var problem) ? null : problem)),
        new TextPrompt(Currency, Parsed(text => CurrencyAnswer.TryParse(text, out _) ? null : new AnswerProblem(InterviewText.RetryCurrency))),
        new TextPrompt(Rhythm, Parsed(text => RhythmAnswer.TryParse(text, out _, out var problem) ? null : problem)),
        new NumberPrompt(Number, ValidateNumberAsync, NumberAnswer.TryRead),
        new ChoicePrompt(Choice, Simple<FoundChoice>(InterviewText.RetryChoice)),
        new ConfirmPrompt(Confirm, Simple<bool>(InterviewText.RetryConfirm)),
        new DatePrompt(Date, time, ValidateDateAsync, JalaliDateRecognizer.Recognize),
    ];

    public static string For(QuestionKind kind) => kind switch
    {
        QuestionKind.Text => Text,
        QuestionKind.List or QuestionKind.ChoiceList => List,
        QuestionKind.Platforms => Platforms,
        QuestionKind.Hashtags => Hashtags,
        QuestionKind.Number => Number,
        QuestionKind.Choice => Choice,
        QuestionKind.Confirm => Confirm,
        QuestionKind.Date => Date,
        QuestionKind.Split => Split,
        QuestionKind.Budget => Budget,
        QuestionKind.Frequency => Frequency,
        QuestionKind.Hours => Hours,
        QuestionKind.Currency => Currency,
        QuestionKind.Rhythm => Rhythm,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static PromptValidator<string> Parsed(Func<string, AnswerProblem?> check) => (context, _) =>
    {
        var problem = context.Recognized.Succeeded ? check(context.Recognized.Value!) : TextFailure(context);
        return Task.FromResult(Accept(context, problem));
    };

    private static PromptValidator<T> Simple<T>(InterviewText retry) => (context, _) =>
        Task.FromResult(Accept(context, context.Recognized.Succeeded ? null : new AnswerProblem(retry)));

    private static Task<bool> ValidateNumberAsync(PromptValidatorContext<decimal> context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var problem = context.Recognized.Failure switch
        {
            PromptFailure.None => null,
            PromptFailure.OutOfRange when options.Max is { } max => new AnswerProblem(InterviewText.RetryNumberRange, options.Min ?? 0m, max),
            PromptFailure.OutOfRange => new AnswerProblem(InterviewText.RetryNumberMin, options.Min ?? 0m),
            _ => new AnswerProblem(InterviewText.RetryNumber),
        };
        return Task.FromResult(NumberAnswer.Settle(context, Accept(context, problem)));
    }

    private static Task<bool> ValidateDateAsync(PromptValidatorContext<DateOnly> context, CancellationToken cancellationToken)
    {
        var problem = context.Recognized.Failure switch
        {
            PromptFailure.None => null,
            PromptFailure.OutOfRange when context.Options.MinDate is { } min => new AnswerProblem(InterviewText.RetryDatePast, min),
            _ => new AnswerProblem(InterviewText.RetryDate),
        };
        return Task.FromResult(Accept(context, problem));
    }

    private static AnswerProblem TextFailure(PromptValidatorContext<string> context) =>
        context.Recognized.Failure == PromptFailure.TooLong
            ? new AnswerProblem(InterviewText.RetryTooLong, context.Input.Length, context.Options.MaxLength ?? TextPrompt.DefaultMaxLength)
            : new AnswerProblem(InterviewText.RetryEmpty);

    // The retry says what to fix, then asks the question again (PromptOptions.RetryText holds it, see QuestionPrompts).
    private static bool Accept<T>(PromptValidatorContext<T> context, AnswerProblem? problem)
    {
        if (problem is null)
        {
            return true;
        }

        var language = Languages.FromLocale(context.Options.Locale);
        var fix = problem.Describe(language);
        context.RetryText = BidiMarks.StartRightToLeft(language, context.Options.RetryText is { Length: > 0 } question ? fix + "\n\n" + question : fix);
        return false;
    }
}
