using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Interview;

/// <summary>
/// A form card's Action.Execute (docs/bot-protocol.md#universal-actions). Each field is checked by its question's own
/// prompt (recognizer and validator) and saved by its question's Save, in the flow's order, at once. With a problem
/// left, the invoke is answered with the same card, the problems under their fields and every typed value kept, and
/// the form stays open; with none, with the saved view, and the flow moves past the form and asks on.
/// </summary>
internal static class FormSubmission
{
    /// <summary>Null when the activity is not a form card's submit; otherwise the turn's result.</summary>
    public static async Task<DialogTurnResult?> TryAsync(QuestionFlow flow, DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turn = innerDc.Turn;
        if (turn.Activity.Type != ActivityTypes.Invoke
            || turn.Activity.Value?["action"] is not JsonObject action
            || (string?)action["verb"] != CardActions.Form
            || innerDc.Stack.Count < 1)
        {
            return null;
        }

        var data = action["data"] as JsonObject ?? [];
        var values = innerDc.Stack[0].Values;
        var promptId = Text(data[CardActions.PromptIdField]);
        if (FormOf(flow, promptId) is not ({ } form, var item))
        {
            return null;
        }

        // The form is open while the flow is at one of its questions for its item: at the first, or further on after
        // the user typed some answers before turning to the card.
        if (values[QuestionFlow.PromptIdKey] is null || item != QuestionFlow.Item(values) || !form.Contains((string?)values[QuestionFlow.QuestionKey]))
        {
            return AlreadySaved(flow, form, innerDc, values, item);
        }

        var scope = flow.Scope(innerDc, values);
        var memoBefore = values[QuestionFlow.MemoKey]?.DeepClone();
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var saved = false;
        QuestionRoute? leaves = null;
        var applicable = FormPrompts.Applicable(form, flow, scope).ToList();
        foreach (var (field, question) in applicable)
        {
            var text = Text(data[field.Key]).Trim();
            typed[field.Key] = text;
            if (problems.Count > 0 && !FormPrompts.ItemExists(question, scope))
            {
                // The item this field is about is not in the plan yet: it is saved with the first field.
                continue;
            }

            var answer = await AnswerAsync(innerDc, question, scope, promptId, text, cancellationToken);
            if (answer.Problem is { } problem)
            {
                problems[field.Key] = problem;
                continue;
            }

            if (answer.Answer.Value is { } value && question.Save is { } save)
            {
                save(scope, value);
                saved = true;
            }

            if (problems.Count == 0)
            {
                var next = question.Next?.Invoke(scope, answer.Answer);
                if (ReferenceEquals(question, applicable[^1].Question) || next is { } route && !form.Contains(route.Key))
                {
                    leaves = next ?? flow.NextInOrder(question, scope.Item);
                    break;
                }
            }
        }

        if (saved)
        {
            InterviewTurn.StorePlan(innerDc, scope);
        }

        if (problems.Count > 0 || leaves is not { } to)
        {
            turn.InvokeResponse = InvokeResponse.Card(FormPrompts.Card(form, flow, scope, promptId, typed, problems));
            return DialogTurnResult.Waiting;
        }

        turn.InvokeResponse = InvokeResponse.Card(FormPrompts.Saved(form, flow, scope, null));
        QuestionHistory.Remember(values, form.FirstKey, scope.Item, memoBefore);
        values[QuestionFlow.QuestionKey] = to.Key;
        values[QuestionFlow.ItemKey] = to.Item;
        return await innerDc.EndDialogAsync(FlowSignal.Moved, cancellationToken);
    }

    // A form this flow asked before (a second tap, or a second device after the first saved it): its fields are in the
    // plan already, so the card shows them as they are saved and nothing is applied twice.
    private static DialogTurnResult AlreadySaved(QuestionFlow flow, InterviewForm form, DialogContext innerDc, JsonObject values, int item)
    {
        var scope = flow.Scope(innerDc, values).At(item);
        innerDc.Turn.InvokeResponse = InvokeResponse.Card(FormPrompts.Saved(form, flow, scope, scope.Text(FormText.FormAlreadySaved)));
        return DialogTurnResult.Waiting;
    }

    // Prompt ids are "{dialog}.{question}.{item}" (QuestionFlow), and question keys may hold dots themselves.
    private static (InterviewForm Form, int Item)? FormOf(QuestionFlow flow, string promptId)
    {
        var prefix = flow.DialogId + ".";
        var dot = promptId.LastIndexOf('.');
        return dot > prefix.Length && promptId.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(promptId.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var item)
            && flow.FormAt(promptId[prefix.Length..dot]) is { } form
                ? (form, item)
                : null;
    }

    private static async Task<(QuestionAnswer Answer, string? Problem)> AnswerAsync(
        DialogContext dc, InterviewQuestion question, QuestionScope scope, string promptId, string text, CancellationToken cancellationToken)
    {
        // "keep" and "skip" typed into a field mean what they mean when typed in the chat (QuestionKeep); an empty field
        // keeps the saved answer, or skips an optional question.
        var command = text.Length is > 0 and < 40 ? InterviewCommands.FromText(text)?.Kind : null;
        var shown = question.Shown?.Invoke(scope) is { Length: > 0 };
        var skipped = question.SkipMeans is { } skipMeans ? QuestionAnswer.Given(skipMeans) : QuestionAnswer.Skip;
        switch (command)
        {
            case InterviewCommandKind.Keep when shown:
                return (QuestionAnswer.Keep, null);
            case InterviewCommandKind.Keep when question.KeepMeans is { } keepMeans:
                return (QuestionAnswer.Given(keepMeans), null);
            case InterviewCommandKind.Keep:
                return (QuestionAnswer.Skip, scope.Text(InterviewText.NothingToKeep));
            case InterviewCommandKind.Skip:
                return question.Optional ? (skipped, null) : (QuestionAnswer.Skip, scope.Text(FormText.FormRequired));
            case null when text.Length == 0:
                return shown ? (QuestionAnswer.Keep, null)
                    : question.Optional ? (skipped, null)
                    : (QuestionAnswer.Skip, scope.Text(FormText.FormRequired));
        }

        var call = question.Ask(scope, promptId);
        if (call.Prompt is not { } options || dc.FindDialog(call.DialogId) is not IPromptCheck prompt)
        {
            return (QuestionAnswer.Skip, scope.Text(FormText.FormRequired));
        }

        // Without the question to repeat, a refusal is just what to fix (InterviewPrompts).
        options.RetryText = null;
        options.Locale ??= Languages.Code(scope.Language);
        var check = await prompt.CheckAsync(dc.Turn, text, options, cancellationToken);
        return check.IsAccepted
            ? (check.Value is null ? QuestionAnswer.Skip : QuestionAnswer.Given(check.Value), null)
            : (QuestionAnswer.Skip, check.Problem ?? scope.Text(FormText.FormRequired));
    }

    // Card inputs arrive as strings from Teams and the Playground; numbers and booleans are read too (docs/bot-protocol.md#card-submit-values).
    private static string Text(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : value.ToJsonString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => string.Empty,
        }
        : string.Empty;
}
