namespace StrategyBot.App.MessageExtensions;

/// <summary>Keys of the message extension's texts (<see cref="MessageExtensionTexts"/>).</summary>
internal enum MessageExtensionText
{
    // The goal dialog.
    DialogTitleSave,
    DialogTitleNew,
    Intro,
    ProblemSummary,
    LabelText,
    LabelMetric,
    LabelPlatform,
    LabelBaseline,
    LabelTarget,
    LabelDeadline,
    PlaceholderText,
    PlaceholderBaseline,
    PlaceholderTarget,
    ChoiceNotSet,
    HintsHeading,
    HintAllPass,
    NewPlanNote,
    PrivacyNote,
    SaveButton,
    FallbackDialog,

    // Problems next to their fields.
    ProblemTextMissing,
    ProblemTextTooLong,
    ProblemNotANumber,
    ProblemNotADate,

    // The objective card: confirmation and search results.
    SavedTitle,
    TargetBy,
    TargetOnly,
    DeadlineOnly,
    Badges,
    ProgressHeading,
    ProgressNoKpis,
    ProgressKpi,
    FallbackObjective,

    // Search answers and malformed requests.
    SearchNoObjectives,
    SearchNoMatch,
    UnknownCommand,
    Malformed,
}
