namespace StrategyBot.App.Interview;

/// <summary>
/// What each SOSTAC step asks (questions, their help lines and labels), English and Persian side by side; part of
/// <see cref="InterviewTexts.Entries"/>, read through <see cref="Localization.Texts"/>.
/// </summary>
internal static partial class StepQuestionTexts
{
    private static KeyValuePair<InterviewText, (string, string)> E(InterviewText key, string english, string persian) =>
        InterviewTexts.E(key, english, persian);
}
