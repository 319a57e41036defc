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
/// the plan holds <see cref="PlanRules.MaxObjectives"/>. Ends with the number of objectives in the plan.
/// </summary>
internal sealed class ObjectivesDialog : ComponentDialog
{
    public const string DialogId = "objectives";

    private const string StepsId = "objectives.steps";
    private const string ConfirmPromptId = "objectives.confirm";
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
            new WaterfallStep("family", FamilyAsync),
            new WaterfallStep("text", TextAsync),
            new WaterfallStep("refine", RefineAsync),
            new WaterfallStep("more", MoreAsync),
            new WaterfallStep("loop", LoopAsync),
        ]));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new ChoicePrompt(FamilyPromptId));
        AddDialog(new TextPrompt(TextPromptId));
        AddDialog(new SmartObjectiveDialog(time, logger));
    }

    private static async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = ObjectiveTurn.Language(step.Context);
        var plan = StateDocuments.LoadPlan(step.State);
        if (plan.Objectives.Count == 0)
        {
            ObjectiveTurn.Say(
                step.Context, language, ObjectiveTexts.Format(language, ObjectiveText.ObjectivesIntro, PlanRules.MinObjectives, PlanRules.MaxObjectives));
            return await step.NextAsync(true, cancellationToken);
        }

        ObjectiveTurn.Say(step.Context, language, ObjectiveList(language, plan));
        if (plan.Objectives.Count >= PlanRules.MaxObjectives)
        {
            ObjectiveTurn.Say(step.Context, language, ObjectiveTexts.Format(language, ObjectiveText.ObjectivesFull, plan.Objectives.Count));
            return await step.EndDialogAsync(plan.Objectives.Count, cancellationToken);
        }

        return await AskAddAnotherAsync(step, language, plan.Objectives.Count, cancellationToken);
    }

    private static async Task<DialogTurnResult> FamilyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is false)
        {
            return await step.EndDialogAsync(StateDocuments.LoadPlan(step.State).Objectives.Count, cancellationToken);
        }

        var language = ObjectiveTurn.Language(step.Context);
        var number = StateDocuments.LoadPlan(step.State).Objectives.Count + 1;
        var question = ObjectiveTexts.Format(language, ObjectiveText.AskFamilyForObjective, number);
        var choices = FamilyChoices.All(language).ToList();
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

        var language = ObjectiveTurn.Language(step.Context);
        var family = Enum.Parse<GoalFamily>(step.Values[FamilyKey]!.GetValue<string>());
        var number = StateDocuments.LoadPlan(step.State).Objectives.Count + 1;
        var question = ObjectiveTexts.Format(language, ObjectiveText.AskObjectiveText, number, ObjectiveTexts.Get(language, Example(family)));
        return await step.PromptAsync(TextPromptId, new PromptOptions
        {
            Prompt = ObjectiveTurn.Question(language, question, []),
            MaxLength = MaxObjectiveLength,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> RefineAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string text)
        {
            return await step.GoToStepAsync("text", cancellationToken);
        }

        var family = Enum.Parse<GoalFamily>(step.Values[FamilyKey]!.GetValue<string>());
        return await step.BeginDialogAsync(SmartObjectiveDialog.DialogId, SmartObjectiveDialog.Options(text, family), cancellationToken);
    }

    private static async Task<DialogTurnResult> MoreAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = ObjectiveTurn.Language(step.Context);
        var count = StateDocuments.LoadPlan(step.State).Objectives.Count;
        step.Values.Remove(FamilyKey);
        if (count == 0)
        {
            return await step.GoToStepAsync("family", cancellationToken);
        }

        if (count >= PlanRules.MaxObjectives)
        {
            ObjectiveTurn.Say(step.Context, language, ObjectiveTexts.Format(language, ObjectiveText.ObjectivesFull, count));
            return await step.EndDialogAsync(count, cancellationToken);
        }

        return await AskAddAnotherAsync(step, language, count, cancellationToken);
    }

    private static async Task<DialogTurnResult> LoopAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            return await step.GoToStepAsync("family", cancellationToken);
        }

        var language = ObjectiveTurn.Language(step.Context);
        var count = StateDocuments.LoadPlan(step.State).Objectives.Count;
        ObjectiveTurn.Say(step.Context, language, ObjectiveTexts.Format(language, ObjectiveText.ObjectivesDone, count));
        return await step.EndDialogAsync(count, cancellationToken);
    }

    private static Task<DialogTurnResult> AskAddAnotherAsync(
        WaterfallStepContext step, Language language, int count, CancellationToken cancellationToken) =>
        step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Text = BidiMarks.StartRightToLeft(language, ObjectiveTexts.Format(language, ObjectiveText.AskAddAnother, count, PlanRules.MaxObjectives)),
            Choices = ObjectiveTurn.YesNo(language),
        }, cancellationToken);

    private static string ObjectiveList(Language language, MarketingPlan plan)
    {
        var lines = plan.Objectives.Select((o, i) => ObjectiveTexts.Format(
            language,
            ObjectiveText.ObjectiveLine,
            i + 1,
            CardText.Escape(o.Text, 200),
            o.Smart is { } smart ? SmartVerdict.Badges(smart) : string.Empty));
        return ObjectiveTexts.Format(language, ObjectiveText.ObjectivesSoFar, plan.Objectives.Count, PlanRules.MaxObjectives)
            + "\n" + string.Join('\n', lines);
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
