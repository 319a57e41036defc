using StrategyBot.App.Cards;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The start of the step and its edit menu: with objectives in the plan the user sees them with their SMART badges
/// and may add one (below the cap), rewrite one (it keeps its place and its KPIs) or remove one.
/// </summary>
internal sealed partial class ObjectivesDialog
{
    private const string ReplaceKey = "replace";
    private const string ActionKey = "action";
    private const string Add = "add";
    private const string Rewrite = "rewrite";
    private const string Remove = "remove";
    private const string Done = "done";

    private static async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var plan = StateDocuments.LoadPlan(step.State);
        if (plan.Objectives.Count == 0)
        {
            InterviewTurn.Say(
                step.Context, language, ObjectiveTexts.Format(language, ObjectiveText.ObjectivesIntro, PlanRules.MinObjectives, PlanRules.MaxObjectives));
            return await step.GoToStepAsync("family", cancellationToken);
        }

        var list = ObjectiveList(language, plan);
        var full = plan.Objectives.Count >= PlanRules.MaxObjectives;
        if (full)
        {
            list += "\n" + ObjectiveTexts.Format(language, ObjectiveText.ObjectivesAtMax, plan.Objectives.Count);
        }

        InterviewTurn.Say(step.Context, language, list);
        var choices = new List<Choice>();
        if (!full)
        {
            choices.Add(MenuChoice(language, Add, ObjectiveText.MenuAdd));
        }

        choices.Add(MenuChoice(language, Rewrite, ObjectiveText.MenuRewrite));
        choices.Add(MenuChoice(language, Remove, ObjectiveText.MenuRemove));
        choices.Add(MenuChoice(language, Done, ObjectiveText.MenuDone));
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Text = BidiMarks.StartRightToLeft(language, ObjectiveTexts.Get(language, ObjectiveText.AskObjectivesMenu)),
            Choices = choices,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> MenuAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await step.GoToStepAsync("start", cancellationToken);
        }

        switch ((step.Result as FoundChoice)?.Value)
        {
            case Add:
                return await step.GoToStepAsync("family", cancellationToken);
            case Rewrite or Remove:
                step.Values[ActionKey] = ((FoundChoice)step.Result!).Value;
                return await step.GoToStepAsync("pick", cancellationToken);
            default:
                return await step.EndDialogAsync(StateDocuments.LoadPlan(step.State).Objectives.Count, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> PickAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var plan = StateDocuments.LoadPlan(step.State);
        var choices = plan.Objectives
            .Select((o, i) => new Choice(o.Id) { Title = CardText.Escape(o.Text, 60), Synonyms = [o.Text] })
            .ToList();
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Text = BidiMarks.StartRightToLeft(language, ObjectiveTexts.Get(language, ObjectiveText.AskWhichObjective)),
            Choices = choices,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> ApplyPickAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = StateDocuments.LoadPlan(step.State);
        if (step.Result is not FoundChoice { Value: var id } || plan.FindObjective(id) is not { } objective)
        {
            return await step.GoToStepAsync("start", cancellationToken);
        }

        if (step.Values[ActionKey]?.GetValue<string>() == Rewrite)
        {
            step.Values[ReplaceKey] = id;
            return await step.GoToStepAsync("family", cancellationToken);
        }

        // Its KPI targets measured only this objective, so they go with it.
        plan.Objectives.Remove(objective);
        plan.Control.KpiTargets.RemoveAll(k => k.ObjectiveId == id);
        StateDocuments.SavePlan(step.State, plan);
        var language = InterviewTurn.Language(step.Context);
        InterviewTurn.Say(step.Context, language, ObjectiveTexts.Format(language, ObjectiveText.ObjectiveRemoved, CardText.Escape(objective.Text, 200)));
        return await step.GoToStepAsync("start", cancellationToken);
    }

    private static int? ReplacedNumber(WaterfallStepContext step, MarketingPlan plan) =>
        step.Values[ReplaceKey]?.GetValue<string>() is { } id && plan.Objectives.FindIndex(o => o.Id == id) is >= 0 and var index
            ? index + 1
            : null;

    private static Choice MenuChoice(Language language, string value, ObjectiveText title) => new(value)
    {
        Title = ObjectiveTexts.Get(language, title),
        Synonyms = [.. Enum.GetValues<Language>().Select(l => ObjectiveTexts.Get(l, title))],
    };

    private static string ObjectiveList(Language language, MarketingPlan plan)
    {
        var lines = plan.Objectives.Select((o, i) => o.Smart is { } smart
            ? ObjectiveTexts.Format(language, ObjectiveText.ObjectiveLine, i + 1, CardText.Escape(o.Text, 200), SmartVerdict.Badges(smart))
            : ObjectiveTexts.Format(language, ObjectiveText.ObjectiveLinePlain, i + 1, CardText.Escape(o.Text, 200)));
        return ObjectiveTexts.Format(language, ObjectiveText.ObjectivesSoFar, plan.Objectives.Count, PlanRules.MaxObjectives)
            + "\n" + string.Join('\n', lines);
    }
}
