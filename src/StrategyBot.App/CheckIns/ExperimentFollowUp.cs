using StrategyBot.App.Conversation;
using StrategyBot.App.Interview;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// Control's "measure, test, fix" loop in the weekly check-in: after the week's numbers, an A/B test that has ended
/// gets two questions, each its own turn: which variant won (A, B or no difference), then what changes in the plan
/// because of it. Both answers go onto the experiment in the plan; the summary and the plan document show them. A
/// message that is no answer lets the question lapse (the next check-in asks again, as the test is still open).
/// </summary>
internal static class ExperimentFollowUp
{
    private const int MaxChangeLength = 300;

    private static readonly string[] AWords = ["a", "variant a", "a won", "a wins", "version a", "نسخه a", "الف", "نسخه الف"];
    private static readonly string[] BWords = ["b", "variant b", "b won", "b wins", "version b", "نسخه b", "ب", "نسخه ب"];
    private static readonly string[] SameWords =
    [
        "no difference", "none", "neither", "tie", "same", "a tie", "no winner", "equal",
        "تفاوتی نبود", "فرقی نداشت", "فرقی نکرد", "هیچکدام", "هیچ کدام", "مساوی", "برابر", "بی تفاوت", "تفاوتی نداشت",
    ];

    /// <summary>Asks for the result of the first ended experiment still waiting for one; false when none is.</summary>
    public static bool Ask(TurnContext turn, StateSet state, DateOnly today, Language language)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var due = TurnState.Of(state).Plan.Control.DueForResult(today);
        if (due.Count == 0)
        {
            return false;
        }

        var experiment = due[0];
        TurnState.Of(state).UpdateCheckIns(c => c with { Awaiting = CheckInPrompt.ExperimentResult, AwaitingExperimentId = experiment.Id });
        var text = Texts.Format(language, CheckInText.ExperimentAskResult,
            QuestionScope.Quote(experiment.Hypothesis, 120), experiment.End, QuestionScope.Quote(experiment.VariantA, 80), QuestionScope.Quote(experiment.VariantB, 80));
        var message = CheckInMessages.Text(language, text);
        message.SuggestedActions = new SuggestedActions
        {
            Actions =
            [
                .. new[] { CheckInText.ExperimentChoiceA, CheckInText.ExperimentChoiceB, CheckInText.ExperimentChoiceSame }
                    .Select(key => Texts.Get(language, key))
                    .Select(title => new CardAction { Type = "imBack", Title = title, Value = title }),
            ],
        };
        turn.Send(message);
        return true;
    }

    /// <summary>True when the check-in waits for an experiment's result or change, so the next message is read by <see cref="TryAnswer"/>.</summary>
    public static bool IsAwaiting(CheckInState checkIns) =>
        checkIns.Awaiting is CheckInPrompt.ExperimentResult or CheckInPrompt.ExperimentChange;

    /// <summary>Reads the answer to the question asked; false (the question lapses) when the message is not one.</summary>
    public static bool TryAnswer(TurnContext turn, StateSet state, CheckInState checkIns, string? text, DateOnly today, Language language)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(checkIns);
        var awaiting = checkIns.Awaiting;
        var id = checkIns.AwaitingExperimentId;
        TurnState.Of(state).UpdateCheckIns(c => c with { Awaiting = null, AwaitingExperimentId = null });
        var plan = TurnState.Of(state).Plan;
        if (id is null || plan.Control.Experiments.FirstOrDefault(e => e.Id == id) is not { } experiment || string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (awaiting == CheckInPrompt.ExperimentResult)
        {
            if (ReadVerdict(text) is not { } verdict)
            {
                return false;
            }

            Update(state, experiment with { Verdict = verdict });
            TurnState.Of(state).UpdateCheckIns(c => c with { Awaiting = CheckInPrompt.ExperimentChange, AwaitingExperimentId = id });
            turn.Send(CheckInMessages.Text(language, Texts.Format(language, CheckInText.ExperimentAskChange, Winner(language, experiment with { Verdict = verdict }))));
            return true;
        }

        var change = text.Trim();
        change = change[..Math.Min(change.Length, MaxChangeLength)];
        Update(state, experiment with { Change = change });
        turn.Send(CheckInMessages.Text(language, Texts.Format(language, CheckInText.ExperimentSaved, Winner(language, experiment), QuestionScope.Quote(change, MaxChangeLength))));
        Ask(turn, state, today, language);
        return true;
    }

    /// <summary>"A won (Reels)", "B won (carousels)" or "no difference", in the language.</summary>
    public static string Winner(Language language, Experiment experiment)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        return experiment.Verdict switch
        {
            ExperimentVerdict.VariantA => Texts.Format(language, CheckInText.ExperimentWinner, "A", QuestionScope.Quote(experiment.VariantA, 40)),
            ExperimentVerdict.VariantB => Texts.Format(language, CheckInText.ExperimentWinner, "B", QuestionScope.Quote(experiment.VariantB, 40)),
            ExperimentVerdict.NoDifference => Texts.Get(language, CheckInText.ExperimentNoDifference),
            _ => Texts.Get(language, CheckInText.ExperimentPending),
        };
    }

    /// <summary>A, B or no difference, typed in English or Persian; null when the text is none of them.</summary>
    public static ExperimentVerdict? ReadVerdict(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return null;
        }

        var folded = string.Join(' ', TextNormalizer.ForMatching(text).Trim(' ', '.', '!', '«', '»', '"')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return AWords.Contains(folded) ? ExperimentVerdict.VariantA
            : BWords.Contains(folded) ? ExperimentVerdict.VariantB
            : SameWords.Contains(folded) || folded == TextNormalizer.ForMatching(Texts.Get(Language.English, CheckInText.ExperimentChoiceSame))
                || folded == TextNormalizer.ForMatching(Texts.Get(Language.Persian, CheckInText.ExperimentChoiceSame)) ? ExperimentVerdict.NoDifference
            : null;
    }

    private static void Update(StateSet state, Experiment experiment) =>
        TurnState.Of(state).UpdatePlan(plan =>
            plan with { Control = plan.Control with { Experiments = [.. plan.Control.Experiments.Select(e => e.Id == experiment.Id ? experiment : e)] } });
}
