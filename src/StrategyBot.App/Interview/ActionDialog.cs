using System.Globalization;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// A of SOSTAC, "who does what, by when?": concrete actions, each with an owner and a due date (Gregorian or
/// Jalali, typed or picked), at least one, then "add another?"; then, deeper and optional, the content calendar
/// (<see cref="CalendarQuestions"/>) and the campaign schedule (<see cref="CampaignQuestions"/>).
/// </summary>
internal sealed class ActionDialog : InterviewStepDialog
{
    public const int MaxActions = 20;
    private static readonly QuestionLoop Actions = new("action", Count);

    public ActionDialog(TimeProvider time)
        : base(InterviewSteps.Action, SostacStep.Action, Questions(), time, forms: Forms)
    {
    }

    private static readonly InterviewForm[] Forms =
    [
        InterviewForm.Of(FormText.FormAction,
            ("action.what", FormText.LabelActionWhat), ("action.owner", FormText.LabelActionOwner), ("action.due", FormText.LabelActionDue)),
    ];

    private static List<InterviewQuestion> Questions() =>
    [
        new InterviewQuestion("action.what", QuestionKind.Text, InterviewText.AskActionWhat)
        {
            Loop = Actions.Starting(),
            Help = InterviewText.HelpActionWhat,
            Args = s => [s.Item + 1],
            Shown = s => Item(s)?.What,
            MaxLength = 300,
            Save = (s, a) => SetItem(s, (Item(s) ?? new ActionItem()) with { What = (string)a }),
        },
        new InterviewQuestion("action.owner", QuestionKind.Text, InterviewText.AskActionOwner)
        {
            Loop = Actions,
            Help = InterviewText.HelpActionOwner,
            Args = s => [QuestionScope.Quote(Item(s)!.What)],
            Shown = s => Item(s)!.Owner,
            MaxLength = 200,
            Save = (s, a) => SetItem(s, Item(s)! with { Owner = (string)a }),
        },
        new InterviewQuestion("action.due", QuestionKind.Date, InterviewText.AskActionDue)
        {
            Loop = Actions,
            Help = InterviewText.HelpActionDue,
            Args = s => [QuestionScope.Quote(Item(s)!.What)],
            Shown = s => Item(s)!.Due is { } due ? LocalFormat.Date(s.Language, due) : null,
            Input = s => Item(s)!.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Save = (s, a) => SetItem(s, Item(s)! with { Due = (DateOnly)a }),
        },
        new InterviewQuestion("action.more", QuestionKind.Confirm, InterviewText.AskActionMore)
        {
            Loop = Actions,
            Args = s => [Count(s.Plan)],
            Choices = s => [StepQuestions.Label(s, InterviewText.AddAnotherLabel), StepQuestions.Label(s, InterviewText.ContinueLabel)],
            Auto = s => s.Item + 1 < Count(s.Plan) ? QuestionAnswer.Given(true) : Count(s.Plan) >= MaxActions ? QuestionAnswer.Given(false) : null,
            KeepMeans = false,
            Next = (s, answer) => answer.IsYes ? new QuestionRoute("action.what", s.Item + 1) : null,
        },
        .. CalendarQuestions.Questions(),
        .. CampaignQuestions.Questions(),
    ];

    private static int Count(MarketingPlan plan) => plan.Actions.Count;

    private static ActionItem? Item(QuestionScope scope) => scope.Plan.Actions.ElementAtOrDefault(scope.Item);

    // The loop item's new value replaces the old one; a first answer about a new action adds it.
    private static void SetItem(QuestionScope scope, ActionItem item) =>
        scope.Update(plan => plan with { Actions = plan.Actions.PutAt(scope.Item, item) });
}
