using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The start of the step and its edit menu: with objectives in the plan the user sees them with their SMART badges
/// and may add one (below the cap), rewrite one (it keeps its place and its KPIs) or remove one.
/// </summary>
internal sealed partial class ObjectivesDialog
{
    private const string ActionMemo = "action";
    private const string ReplaceMemo = "replace";
    private const string Add = "add";
    private const string Rewrite = "rewrite";
    private const string Remove = "remove";
    private const string Done = "done";

    private static QuestionAnswer Introduce(QuestionScope scope)
    {
        scope.Say(Texts.Format(scope.Language, ObjectiveText.ObjectivesIntro, PlanRules.MinObjectives, PlanRules.MaxObjectives));
        return QuestionAnswer.Given(Add);
    }

    private static PromptCall AskMenu(QuestionScope scope)
    {
        var language = scope.Language;
        var plan = scope.Plan;
        var list = ObjectiveList(language, plan);
        var full = plan.Objectives.Count >= PlanRules.MaxObjectives;
        if (full)
        {
            list += "\n" + Texts.Format(language, ObjectiveText.ObjectivesAtMax, plan.Objectives.Count);
        }

        var choices = new List<Choice>();
        if (!full)
        {
            choices.Add(MenuItem(language, Add, ObjectiveText.MenuAdd));
        }

        choices.Add(MenuItem(language, Rewrite, ObjectiveText.MenuRewrite));
        choices.Add(MenuItem(language, Remove, ObjectiveText.MenuRemove));
        choices.Add(MenuItem(language, Done, ObjectiveText.MenuDone));
        return new PromptCall(ChoicePromptId, new PromptOptions
        {
            Text = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.AskObjectivesMenu)),
            Choices = choices,
        })
        { Preface = list };
    }

    private static string? MenuChoice(QuestionAnswer answer) => answer.Value switch
    {
        FoundChoice choice => choice.Value,
        string value => value,
        _ => null,
    };

    private static PromptCall AskPick(QuestionScope scope) => new(ChoicePromptId, new PromptOptions
    {
        Text = BidiMarks.StartRightToLeft(scope.Language, Texts.Get(scope.Language, ObjectiveText.AskWhichObjective)),
        Choices = [.. scope.Plan.Objectives.Select(o => new Choice(o.Id) { Title = CardText.Escape(o.Text, 60), Synonyms = [o.Text] })],
    });

    // A rewrite is remembered for the SMART coaching; a removal happens now, and the objective's KPI targets (they
    // measured only it) go with it.
    private static void Pick(QuestionScope scope, string id)
    {
        if (scope.Plan.FindObjective(id) is not { } objective)
        {
            return;
        }

        if ((string?)scope.Memo[ActionMemo] == Rewrite)
        {
            scope.Memo[ReplaceMemo] = id;
            return;
        }

        scope.Update(plan => plan.WithoutObjective(id));
        scope.Say(Texts.Format(scope.Language, ObjectiveText.ObjectiveRemoved, CardText.Escape(objective.Text, 200)));
    }

    private static Choice MenuItem(Language language, string value, ObjectiveText title) => new(value)
    {
        Title = Texts.Get(language, title),
        Synonyms = [.. Enum.GetValues<Language>().Select(l => Texts.Get(l, title))],
    };

    private static string ObjectiveList(Language language, MarketingPlan plan)
    {
        var lines = plan.Objectives.Select((o, i) => o.Smart is { } smart
            ? Texts.Format(language, ObjectiveText.ObjectiveLine, i + 1, CardText.Escape(o.Text, 200), SmartVerdict.Badges(smart))
            : Texts.Format(language, ObjectiveText.ObjectiveLinePlain, i + 1, CardText.Escape(o.Text, 200)));
        return Texts.Format(language, ObjectiveText.ObjectivesSoFar, plan.Objectives.Count, PlanRules.MaxObjectives)
            + "\n" + string.Join('\n', lines);
    }
}
