using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// The interview's texts, English and Persian side by side so a reviewer reads both at once: the conversation's
/// own here, what each step asks in <see cref="StepQuestionTexts"/>. Read through <see cref="Texts"/>; placeholders
/// are plain "{0}", "{1}".
/// </summary>
internal static partial class InterviewTexts
{
    public static IEnumerable<KeyValuePair<InterviewText, (string English, string Persian)>> Entries() =>
        ConversationEntries().Concat(AnswerEntries()).Concat(StepQuestionTexts.SituationEntries()).Concat(StepQuestionTexts.StrategyEntries())
            .Concat(StepQuestionTexts.TacticsEntries()).Concat(StepQuestionTexts.ActionEntries())
            .Concat(StepQuestionTexts.DeeperPlanEntries());

    /// <summary>The name of a SOSTAC step in the user's language.</summary>
    public static string StepName(Language language, SostacStep step) => Texts.Get(language, step switch
    {
        SostacStep.Situation => TextKey.StepSituation,
        SostacStep.Objectives => TextKey.StepObjectives,
        SostacStep.Strategy => TextKey.StepStrategy,
        SostacStep.Tactics => TextKey.StepTactics,
        SostacStep.Action => TextKey.StepAction,
        _ => TextKey.StepControl,
    });

    internal static KeyValuePair<InterviewText, (string, string)> E(InterviewText key, string english, string persian) =>
        new(key, (english, persian));
}
