using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Interview;

/// <summary>
/// Builds a form's card from its questions: each field's input, choices, limits and current answer come from the
/// question itself, exactly as its own question card would have them. The prompt waiting behind the card is the
/// first question's, so a typed answer is the first field's answer and the rest are asked one at a time.
/// </summary>
internal static class FormPrompts
{
    /// <summary>The first question's prompt, its message replaced by the form card.</summary>
    public static PromptCall Ask(InterviewForm form, QuestionFlow flow, InterviewQuestion first, QuestionScope scope, string promptId)
    {
        var call = first.Ask(scope, promptId);
        if (call.Prompt is not { } options)
        {
            return call;
        }

        var title = Title(form, scope);
        var asked = options.Prompt is { } question ? question.Text ?? (string?)ReplyCard(question)?["fallbackText"] : null;
        options.Prompt = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = title,
            Locale = Languages.Code(scope.Language),
            SuggestedActions = options.Prompt?.SuggestedActions,
            Attachments = [Attachment.AdaptiveCard(Card(form, flow, scope, promptId, null, null, asked))],
        };
        return call;
    }

    private static JsonObject? ReplyCard(Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content as JsonObject;

    /// <summary>
    /// The form card; <paramref name="typed"/> (what was submitted, by field key) and <paramref name="problems"/>
    /// (by field key) are shown back after a submit that needs fixing.
    /// </summary>
    public static JsonObject Card(
        InterviewForm form, QuestionFlow flow, QuestionScope scope, string promptId,
        IReadOnlyDictionary<string, string>? typed, IReadOnlyDictionary<string, string>? problems, string? fallbackText = null)
    {
        var fields = Applicable(form, flow, scope)
            .Select(f => Field(f.Field, f.Question, scope, typed?.GetValueOrDefault(f.Field.Key), problems?.GetValueOrDefault(f.Field.Key)))
            .ToList();
        var content = new FormCardContent(promptId, Title(form, scope), fields)
        {
            Intro = scope.Text(FormText.FormIntro),
            ProblemSummary = problems is { Count: > 0 } ? scope.Text(FormText.FormNeedsFixing, scope.Number(problems.Count)) : null,
            SaveTitle = scope.Text(FormText.FormSave),
            FallbackText = fallbackText,
        };
        return FormCard.Build(content, scope.Language);
    }

    /// <summary>The compact view of a saved form: each field's answer as the plan now holds it.</summary>
    public static JsonObject Saved(InterviewForm form, QuestionFlow flow, QuestionScope scope, string? note)
    {
        var facts = Applicable(form, flow, scope).Select(f => (
            scope.Text(f.Field.Label),
            ItemExists(f.Question, scope) && f.Question.Shown?.Invoke(scope) is { Length: > 0 } shown
                ? CardText.Escape(shown, 300)
                : scope.Text(FormText.FormNothingGiven)));
        return FormCard.Saved(scope.Text(FormText.FormSaved, Title(form, scope)), note, facts, scope.Language);
    }

    public static string Title(InterviewForm form, QuestionScope scope) =>
        scope.Text(form.Title, form.TitleArg?.Invoke(scope) ?? scope.Number(scope.Item + 1));

    /// <summary>The form's questions that apply now, in order.</summary>
    public static IEnumerable<(InterviewFormField Field, InterviewQuestion Question)> Applicable(InterviewForm form, QuestionFlow flow, QuestionScope scope)
    {
        foreach (var field in form.Fields)
        {
            if (flow.Find(field.Key) is { Kind: not QuestionKind.Custom } question
                && (!ItemExists(question, scope) || question.When?.Invoke(scope) != false))
            {
                yield return (field, question);
            }
        }
    }

    /// <summary>
    /// False for a loop question about an item the plan does not hold yet (its first field adds it): such a field has
    /// no answer to show, and its question cannot be asked or saved until the first field is.
    /// </summary>
    public static bool ItemExists(InterviewQuestion question, QuestionScope scope) =>
        question.Loop is not { } loop || loop.StartsItem || scope.Item < loop.Count(scope.Plan);

    private static FormCardField Field(InterviewFormField field, InterviewQuestion question, QuestionScope scope, string? typed, string? problem)
    {
        var exists = ItemExists(question, scope);
        var input = question.Kind == QuestionKind.Confirm ? QuestionInputKind.Choice : QuestionPrompts.CardInput(question.Kind) ?? QuestionInputKind.Text;
        var choices = question.Choices?.Invoke(scope) ?? [];
        if (question.Kind == QuestionKind.Confirm && choices.Count < 2)
        {
            choices = [StepQuestions.Label(scope, InterviewText.YesLabel), StepQuestions.Label(scope, InterviewText.NoLabel)];
        }

        return new FormCardField(field.Key, scope.Text(field.Label), input)
        {
            Choices = choices,
            AllowMultiple = question.Kind is QuestionKind.Platforms or QuestionKind.ChoiceList,
            Min = question.Min,
            Max = question.Max,
            EarliestDate = question.Kind == QuestionKind.Date ? scope.Today : null,
            Value = typed ?? (exists ? question.Input?.Invoke(scope) ?? question.Shown?.Invoke(scope) : null),
            Placeholder = exists ? question.Placeholder?.Invoke(scope) : null,
            MaxLength = question.MaxLength,
            Multiline = question.Kind is QuestionKind.List or QuestionKind.Budget or QuestionKind.Hashtags,
            Problem = problem,
        };
    }
}
