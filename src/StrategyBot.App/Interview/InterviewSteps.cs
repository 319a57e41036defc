using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>The six SOSTAC steps as the interview knows them: dialog ids, numbers, names the user may type, help.</summary>
internal static class InterviewSteps
{
    public const string Situation = "situation";
    public const string Objectives = "objectives";
    public const string Strategy = "strategy";
    public const string Tactics = "tactics";
    public const string Action = "action";
    public const string Control = "control";

    private static readonly Dictionary<string, SostacStep> Names = new(StringComparer.Ordinal)
    {
        ["situation"] = SostacStep.Situation, ["situation analysis"] = SostacStep.Situation,
        ["تحلیل موقعیت"] = SostacStep.Situation, ["موقعیت"] = SostacStep.Situation, ["تحلیل وضعیت"] = SostacStep.Situation, ["وضعیت"] = SostacStep.Situation,
        ["objectives"] = SostacStep.Objectives, ["objective"] = SostacStep.Objectives, ["goals"] = SostacStep.Objectives,
        ["اهداف"] = SostacStep.Objectives, ["هدف"] = SostacStep.Objectives, ["هدف ها"] = SostacStep.Objectives,
        ["strategy"] = SostacStep.Strategy, ["استراتژی"] = SostacStep.Strategy, ["راهبرد"] = SostacStep.Strategy,
        ["tactics"] = SostacStep.Tactics, ["tactic"] = SostacStep.Tactics, ["تاکتیک ها"] = SostacStep.Tactics, ["تاکتیک"] = SostacStep.Tactics,
        ["action"] = SostacStep.Action, ["actions"] = SostacStep.Action, ["اقدام"] = SostacStep.Action, ["اقدامات"] = SostacStep.Action,
        ["اقدام ها"] = SostacStep.Action, ["اجرا"] = SostacStep.Action,
        ["control"] = SostacStep.Control, ["kpis"] = SostacStep.Control, ["کنترل"] = SostacStep.Control,
    };

    private static readonly string[] StepWords = ["step ", "مرحله "];

    public static IReadOnlyList<SostacStep> All { get; } = Enum.GetValues<SostacStep>();

    public static string DialogId(SostacStep step) => step switch
    {
        SostacStep.Situation => Situation,
        SostacStep.Objectives => Objectives,
        SostacStep.Strategy => Strategy,
        SostacStep.Tactics => Tactics,
        SostacStep.Action => Action,
        _ => Control,
    };

    public static SostacStep? FromDialogId(string? dialogId) =>
        All.Cast<SostacStep?>().FirstOrDefault(s => string.Equals(DialogId(s!.Value), dialogId, StringComparison.Ordinal));

    /// <summary>1 for Situation up to 6 for Control.</summary>
    public static int Number(SostacStep step) => (int)step + 1;

    /// <summary>"edit tactics" or "ویرایش تاکتیک‌ها": the command that opens the step, as the user would type it.</summary>
    public static string EditCommand(Language language, SostacStep step) => Texts.Format(
        language,
        InterviewText.EditCommandExample,
        language == Language.Persian ? InterviewTexts.StepName(language, step) : DialogId(step));

    /// <summary>Reads a step named in either language, or by its number ("3").</summary>
    public static bool TryParse(string? text, out SostacStep step)
    {
        step = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = InterviewCommands.Fold(text);
        var prefix = StepWords.FirstOrDefault(w => folded.StartsWith(w, StringComparison.Ordinal));
        var name = prefix is null ? folded : folded[prefix.Length..];
        if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number is >= 1 and <= 6)
        {
            step = (SostacStep)(number - 1);
            return true;
        }

        return Names.TryGetValue(name, out step);
    }

    public static InterviewText Help(SostacStep step) => step switch
    {
        SostacStep.Situation => InterviewText.StepHelpSituation,
        SostacStep.Objectives => InterviewText.StepHelpObjectives,
        SostacStep.Strategy => InterviewText.StepHelpStrategy,
        SostacStep.Tactics => InterviewText.StepHelpTactics,
        SostacStep.Action => InterviewText.StepHelpAction,
        _ => InterviewText.StepHelpControl,
    };

    /// <summary>
    /// The line that opens a step of this folder; null for Objectives and Control, whose dialogs introduce themselves.
    /// </summary>
    public static InterviewText? Intro(SostacStep step) => step switch
    {
        SostacStep.Situation => InterviewText.StepIntroSituation,
        SostacStep.Strategy => InterviewText.StepIntroStrategy,
        SostacStep.Tactics => InterviewText.StepIntroTactics,
        SostacStep.Action => InterviewText.StepIntroAction,
        _ => null,
    };
}
