using StrategyBot.App.Cards;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The O of SOSTAC: for each objective, its goal family (a choice; each objective may serve another family), then
/// the objective in one line, refined by <see cref="SmartObjectiveDialog"/> until it is saved; "add another?" until
/// the plan holds <see cref="PlanRules.MaxObjectives"/>. With objectives already in the plan (a resumed or edited
/// step) it lists them and offers to add, rewrite or remove one. Ends with the number of objectives in the plan.
/// </summary>
internal sealed partial class ObjectivesDialog : ComponentDialog
{
    public const string DialogId = "objectives";

    private const string StepsId = "objectives.steps";
    private const string ConfirmPromptId = "objectives.confirm";
    private const string ChoicePromptId = "objectives.choice";
    private const string FamilyPromptId = "objectives.family";
    private const string TextPromptId = "objectives.text";
    private const string FamilyKey = "family";
    private const int MaxObjectiveLength = 400;

    public ObjectivesDialog(TimeProvider time, ILogger logger)
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog(StepsId,
        [
            new WaterfallStep("start", StartAsync),
            new WaterfallStep("menu", MenuAsync),
            new WaterfallStep("family", FamilyAsync),
            new WaterfallStep("text", TextAsync),
            new WaterfallStep("refine", RefineAsync),
            new WaterfallStep("more", MoreAsync),
            new WaterfallStep("loop", LoopAsync),
            new WaterfallStep("pick", PickAsync),
            new WaterfallStep("applyPick", ApplyPickAsync),
        ]));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new ChoicePrompt(FamilyPromptId));
        AddDialog(new TextPrompt(TextPromptId));
        AddDialog(new SmartObjectiveDialog(time, logger));
    }

    private static async Task<DialogTurnResult> FamilyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var plan = StateDocuments.LoadPlan(step.State);
        var number = ReplacedNumber(step, plan) ?? plan.Objectives.Count + 1;
        var question = ObjectiveTexts.Format(language, ObjectiveText.AskFamilyForObjective, number);
        var choices = ObjectiveChoices.Families(language).ToList();
        var card = QuestionCard.Build(
            new QuestionCardContent(FamilyPromptId, question, QuestionInputKind.Choice)
            {
                Choices = [.. choices.Select(c => new CardChoice(c.DisplayTitle, c.Value))],
            },
            language);
        return await step.PromptAsync(FamilyPromptId, new PromptOptions
        {
            Prompt = new Activity
            {
                Type = ActivityTypes.Message,
                Summary = question,
                Attachments = [Attachment.AdaptiveCard(card)],
            },
            Choices = choices,
            ListChoicesInText = false,
            InputId = CardActions.AnswerField,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> TextAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice choice)
        {
            step.Values[FamilyKey] = choice.Value;
        }
        else if (step.Values[FamilyKey] is null)
        {
            return await step.GoToStepAsync("family", cancellationToken);
        }

        var language = InterviewTurn.Language(step.Context);
        var plan = StateDocuments.LoadPlan(step.State);
        var family = Enum.Parse<GoalFamily>(step.Values[FamilyKey]!.GetValue<string>());
        var number = ReplacedNumber(step, plan) ?? plan.Objectives.Count + 1;
        var question = ObjectiveTexts.Format(language, ObjectiveText.AskObjectiveText, number, ObjectiveTexts.Get(language, Example(family)));
        return await step.PromptAsync(TextPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, []),
            MaxLength = MaxObjectiveLength,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> RefineAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // Back from "add another?": the objective is saved, so show the list, where it can be rewritten.
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await step.GoToStepAsync("start", cancellationToken);
        }

        if (step.Result is not string text)
        {
            return await step.GoToStepAsync("text", cancellationToken);
        }

        var family = Enum.Parse<GoalFamily>(step.Values[FamilyKey]!.GetValue<string>());
        var replaces = step.Values[ReplaceKey]?.GetValue<string>();
        return await step.BeginDialogAsync(
            SmartObjectiveDialog.DialogId, SmartObjectiveDialog.Options(text, family, replaces), cancellationToken);
    }

    private static async Task<DialogTurnResult> MoreAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var count = StateDocuments.LoadPlan(step.State).Objectives.Count;
        step.Values.Remove(FamilyKey);
        if (step.Values.Remove(ReplaceKey))
        {
            return await step.GoToStepAsync("start", cancellationToken);
        }

        if (count == 0)
        {
            return await step.GoToStepAsync("family", cancellationToken);
        }

        if (count >= PlanRules.MaxObjectives)
        {
            InterviewTurn.Say(step.Context, language, ObjectiveTexts.Format(language, ObjectiveText.ObjectivesFull, count));
            return await step.EndDialogAsync(count, cancellationToken);
        }

        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Text = BidiMarks.StartRightToLeft(language, ObjectiveTexts.Format(language, ObjectiveText.AskAddAnother, count, PlanRules.MaxObjectives)),
            Choices = ObjectiveChoices.YesNo(language),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> LoopAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await step.GoToStepAsync("start", cancellationToken);
        }

        if (step.Result is true)
        {
            return await step.GoToStepAsync("family", cancellationToken);
        }

        var language = InterviewTurn.Language(step.Context);
        var count = StateDocuments.LoadPlan(step.State).Objectives.Count;
        InterviewTurn.Say(step.Context, language, ObjectiveTexts.Format(language, ObjectiveText.ObjectivesDone, count));
        return await step.EndDialogAsync(count, cancellationToken);
    }

    private static ObjectiveText Example(GoalFamily family) => family switch
    {
        GoalFamily.BrandAwareness => ObjectiveText.ExampleBrandAwareness,
        GoalFamily.Sales => ObjectiveText.ExampleSales,
        GoalFamily.Roi => ObjectiveText.ExampleRoi,
        GoalFamily.SalesAndServiceQuality => ObjectiveText.ExampleSalesAndServiceQuality,
        _ => ObjectiveText.ExampleMarketLeadership,
    };
}
