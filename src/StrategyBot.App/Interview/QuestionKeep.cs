using System.Globalization;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Interview;

/// <summary>
/// "keep" (and "same") at a question a <see cref="QuestionFlow"/> asks, read the same way by every flow (the steps and
/// the SMART walk): the answer already saved is kept; where the question says what keeping stands for (the SMART
/// coaching's "keep it anyway", the objectives menu's "keep them") that is the answer; at a date in a repeated item
/// with no date yet, "same" is the previous item's date. Otherwise the user hears there is nothing to keep, and the
/// question is asked again: "keep" is never saved as an answer.
/// </summary>
internal static class QuestionKeep
{
    private static readonly HashSet<string> SameWords = new(InterviewVocabulary.Same.Select(InterviewCommands.Fold), StringComparer.Ordinal);

    /// <summary>
    /// Handles "keep" at <paramref name="flow"/>'s own question; <paramref name="innerDc"/> is the context whose bottom
    /// dialog is the flow's waterfall. Null when the message is not "keep", or when the flow handed over to a dialog,
    /// which reads its answers itself.
    /// </summary>
    public static async Task<DialogTurnResult?> TryAsync(QuestionFlow flow, DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.Stack.Count < 2 || innerDc.Stack[0].Values[QuestionFlow.PromptIdKey] is null
            || InterviewCommands.Parse(innerDc.Turn.Activity)?.Kind != InterviewCommandKind.Keep)
        {
            return null;
        }

        var values = innerDc.Stack[0].Values;
        var scope = flow.Scope(innerDc, values);
        var question = flow.Find((string?)values[QuestionFlow.QuestionKey]);
        if (question?.Shown?.Invoke(scope) is { Length: > 0 } || question?.KeepMeans is not null)
        {
            return await innerDc.EndDialogAsync(FlowSignal.Keep, cancellationToken);
        }

        if (question is not null && IsSame(innerDc) && EarlierDate(question, scope) is { } earlier)
        {
            if (earlier >= scope.Today)
            {
                return await innerDc.EndDialogAsync(earlier, cancellationToken);
            }

            InterviewTurn.Say(innerDc, scope.Language, new AnswerProblem(InterviewText.RetryDatePast, scope.Today).Describe(scope.Language));
        }
        else
        {
            InterviewTurn.Say(innerDc, scope.Language, Texts.Get(scope.Language, InterviewText.NothingToKeep));
        }

        await innerDc.RepromptDialogAsync(cancellationToken);
        return DialogTurnResult.Waiting;
    }

    // A card answer typed into the input counts as typed text.
    private static bool IsSame(DialogContext dc) =>
        (dc.Turn.Activity.GetTextWithoutRecipientMention() ?? dc.Turn.Activity.Text) is { Length: < 40 } text && SameWords.Contains(InterviewCommands.Fold(text))
        || dc.Turn.Activity.Value is System.Text.Json.Nodes.JsonObject submitted
            && InterviewCommands.Field(submitted, Cards.CardActions.AnswerField) is { Length: < 40 } typed && SameWords.Contains(InterviewCommands.Fold(typed));

    // The date the previous item of the loop has, for a date question about an item that has none yet.
    private static DateOnly? EarlierDate(InterviewQuestion question, QuestionScope scope) =>
        question is { Kind: QuestionKind.Date, Loop: not null, Input: { } input } && scope.Item > 0
        && DateOnly.TryParseExact(input(scope.At(scope.Item - 1)), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
