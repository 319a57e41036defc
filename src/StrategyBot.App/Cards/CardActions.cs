using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Cards;

/// <summary>
/// The data contract of our cards' buttons. Action.Submit arrives as a message whose <c>value</c> is the action's
/// data merged with the inputs; Action.Execute arrives as an <c>adaptiveCard/action</c> invoke whose
/// <c>value.action.verb</c> and <c>value.action.data</c> carry the same names.
/// </summary>
public static class CardActions
{
    /// <summary>The data field naming what the button does.</summary>
    public const string ActionField = "action";

    /// <summary>Welcome: start (or resume) the plan interview.</summary>
    public const string Start = "start";

    /// <summary>Welcome: show the plan summary; also the Action.Execute verb.</summary>
    public const string ShowPlan = "showPlan";

    /// <summary>Welcome: show the help text.</summary>
    public const string Help = "help";

    /// <summary>Welcome: switch language; <see cref="LanguageField"/> names the target ("fa" or "en").</summary>
    public const string Language = "language";

    /// <summary>The target language of <see cref="Language"/>, so a double click does not switch back.</summary>
    public const string LanguageField = "language";

    /// <summary>Question card: the answer to <see cref="PromptIdField"/> is in <see cref="AnswerField"/>.</summary>
    public const string Answer = "answer";

    /// <summary>Question card: which prompt the answer belongs to.</summary>
    public const string PromptIdField = "promptId";

    /// <summary>Question card: the input id, so the submitted value arrives as <c>value.answer</c>.</summary>
    public const string AnswerField = "answer";

    /// <summary>Form card: the Action.Execute verb (and data action) that saves the card's fields; the data carries <see cref="PromptIdField"/>.</summary>
    public const string Form = "form";

    /// <summary>Plan summary: edit the step named in <see cref="StepField"/>.</summary>
    public const string Edit = "edit";

    /// <summary>Plan summary: the step to edit: situation, objectives, strategy, tactics, action or control.</summary>
    public const string StepField = "step";

    /// <summary>The <see cref="StepField"/> value for a step: "situation", "objectives", … "control".</summary>
    public static string StepName(SostacStep step) => step switch
    {
        SostacStep.Situation => "situation",
        SostacStep.Objectives => "objectives",
        SostacStep.Strategy => "strategy",
        SostacStep.Tactics => "tactics",
        SostacStep.Action => "action",
        SostacStep.Control => "control",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    /// <summary>Reads a submitted <see cref="StepField"/>; false for anything that is not one of the six names.</summary>
    public static bool TryParseStep(string? name, out SostacStep step)
    {
        foreach (var candidate in Enum.GetValues<SostacStep>())
        {
            if (string.Equals(StepName(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                step = candidate;
                return true;
            }
        }

        step = default;
        return false;
    }
}
