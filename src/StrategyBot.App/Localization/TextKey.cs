namespace StrategyBot.App.Localization;

/// <summary>
/// Every user-facing text. Adding one is a member here plus one line in <see cref="EnglishTexts"/> and one in
/// <see cref="PersianTexts"/>; TextsTests fails until both languages have it with the same placeholders.
/// Placeholders are plain "{0}", "{1}": <see cref="Texts.Format"/> localises the arguments itself.
/// </summary>
public enum TextKey
{
    // Welcome card.
    WelcomeTitle,
    WelcomePitch,
    WelcomeBenefitsHeading,
    WelcomeBenefitPlan,
    WelcomeBenefitSmart,
    WelcomeBenefitCheckIns,
    WelcomeBenefitResume,
    WelcomeStartButton,
    WelcomeShowPlanButton,
    WelcomeHelpButton,
    LanguageToggleButton,
    WelcomeFallback,

    // Host replies.
    HelpText,
    SaveFailed,
    AnsweredOnOtherDevice,
    MessageTooLong,
    RateLimited,
    UnknownCommand,
    LanguageSwitched,
    GenericError,

    // Question card.
    QuestionSubmitButton,
    QuestionTypeHint,
    QuestionChoicePlaceholder,
    QuestionAnswerRequired,

    // SOSTAC step names.
    StepSituation,
    StepObjectives,
    StepStrategy,
    StepTactics,
    StepAction,
    StepControl,
}
