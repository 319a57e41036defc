using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The O of SOSTAC, asked top to bottom: with objectives already in the plan (a resumed or edited step) it lists
/// them and offers to add, rewrite or remove one; then for each new objective its goal family (each objective may
/// serve another), the objective in one line, refined by <see cref="SmartObjectiveDialog"/> until it is saved, and
/// "add another?" until the plan holds <see cref="PlanRules.MaxObjectives"/>.
/// </summary>
internal sealed partial class ObjectivesDialog : InterviewStepDialog
{
    public const string DialogId = InterviewSteps.Objectives;

    private const string ConfirmPromptId = "objectives.confirm";
    private const string ChoicePromptId = "objectives.choice";
    private const string FamilyPromptId = "objectives.family";
    private const string TextPromptId = "objectives.text";
    private const string FamilyMemo = "family";
    private const string TextMemo = "text";

    public ObjectivesDialog(TimeProvider time, ILogger logger)
        : base(DialogId, SostacStep.Objectives, Questions(), time)
    {
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new ChoicePrompt(FamilyPromptId));
        AddDialog(new TextPrompt(TextPromptId));
        AddDialog(new SmartObjectiveDialog(time, logger));
    }

    private static List<InterviewQuestion> Questions() =>
    [
        // The objectives so far, and what to do with them; a plan without any goes straight to the first one.
        new InterviewQuestion("menu", (s, _) => AskMenu(s))
        {
            Auto = s => s.Plan.Objectives.Count == 0 ? Introduce(s) : null,
            KeepMeans = Done,
            Save = (s, answer) => s.Memo[ActionMemo] = (answer as FoundChoice)?.Value,
            Next = (_, answer) => MenuChoice(answer) switch
            {
                Add => new QuestionRoute("family", 0),
                Rewrite or Remove => null,
                _ => QuestionRoute.End,
            },
        },
        new InterviewQuestion("pick", (s, _) => AskPick(s))
        {
            Save = (s, answer) => Pick(s, ((FoundChoice)answer).Value),
            Next = (s, _) => new QuestionRoute(s.Memo[ReplaceMemo] is null ? "menu" : "family", 0),
        },

        // One objective: its family, its line, then the SMART coaching, which saves it.
        new InterviewQuestion("family", AskFamily)
        {
            Save = (s, answer) => s.Memo[FamilyMemo] = ((FoundChoice)answer).Value,
        },
        new InterviewQuestion("text", (s, _) => AskText(s))
        {
            Save = (s, answer) => s.Memo[TextMemo] = (string)answer,
        },
        new InterviewQuestion("refine", (s, _) => Refine(s))
        {
            Auto = s => s.Memo[TextMemo] is null || s.Memo[FamilyMemo] is null ? QuestionAnswer.Skip : null,
            BackTo = "menu",
            Next = AfterRefine,
        },
        new InterviewQuestion("more", (s, _) => AskMore(s))
        {
            KeepMeans = false,
            Next = (s, answer) => answer.IsYes ? new QuestionRoute("family", 0) : Finish(s, ObjectiveText.ObjectivesDone),
        },
    ];

    private static PromptCall AskFamily(QuestionScope scope, string cardId)
    {
        var language = scope.Language;
        var question = Texts.Format(language, ObjectiveText.AskFamilyForObjective, Number(scope));
        var choices = ObjectiveChoices.Families(language).ToList();
        var card = QuestionCard.Build(
            new QuestionCardContent(cardId, question, QuestionInputKind.Choice) { Choices = [.. choices.Select(c => new CardChoice(c.DisplayTitle, c.Value))] },
            language);
        return new PromptCall(FamilyPromptId, new PromptOptions
        {
            Prompt = new Activity { Type = ActivityTypes.Message, Summary = question, Attachments = [Attachment.AdaptiveCard(card)] },
            Choices = choices,
            ListChoicesInText = false,
            InputId = CardActions.AnswerField,
        });
    }

    private static PromptCall AskText(QuestionScope scope) => new(
        TextPromptId,
        ObjectiveLineQuestion.Build(scope.Language, Number(scope), Enum.Parse<GoalFamily>((string)scope.Memo[FamilyMemo]!)));

    private static PromptCall Refine(QuestionScope scope) => new(
        SmartObjectiveDialog.DialogId,
        SmartObjectiveDialog.Options((string)scope.Memo[TextMemo]!, Enum.Parse<GoalFamily>((string)scope.Memo[FamilyMemo]!), (string?)scope.Memo[ReplaceMemo]));

    // A rewrite goes back to the list; a new objective to "add another?", unless none was saved or the plan is full.
    private static QuestionRoute? AfterRefine(QuestionScope scope, QuestionAnswer answer)
    {
        var rewrote = scope.Memo.Remove(ReplaceMemo);
        scope.Memo.Remove(FamilyMemo);
        scope.Memo.Remove(TextMemo);
        var count = scope.Plan.Objectives.Count;
        return rewrote ? new QuestionRoute("menu", 0)
            : count == 0 ? new QuestionRoute("family", 0)
            : count >= PlanRules.MaxObjectives ? Finish(scope, ObjectiveText.ObjectivesFull)
            : null;
    }

    private static PromptCall AskMore(QuestionScope scope)
    {
        var text = Texts.Format(scope.Language, ObjectiveText.AskAddAnother, scope.Plan.Objectives.Count, PlanRules.MaxObjectives);
        return new PromptCall(ConfirmPromptId, new PromptOptions
        {
            Text = BidiMarks.StartRightToLeft(scope.Language, text),
            Choices = ObjectiveChoices.YesNo(scope.Language),
        });
    }

    private static QuestionRoute Finish(QuestionScope scope, ObjectiveText closing)
    {
        scope.Say(Texts.Format(scope.Language, closing, scope.Plan.Objectives.Count));
        return QuestionRoute.End;
    }

    // The number of the objective being written: the one it rewrites, or the next one.
    private static int Number(QuestionScope scope) => ObjectiveDraft.Number(scope.Plan, (string?)scope.Memo[ReplaceMemo]);
}
