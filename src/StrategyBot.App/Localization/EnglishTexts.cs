using System.Collections.Frozen;

namespace StrategyBot.App.Localization;

/// <summary>The English text table.</summary>
internal static class EnglishTexts
{
    // Collection-initializer Add (not the indexer) so a key listed twice fails at start instead of winning silently.
    public static FrozenDictionary<TextKey, string> Table { get; } = new Dictionary<TextKey, string>
    {
        { TextKey.WelcomeTitle, "Welcome to StrategyBot 👋" },
        { TextKey.WelcomePitch, "I'm your social media marketing coach. Together we'll build your plan step by step with the SOSTAC model (Situation, Objectives, Strategy, Tactics, Action and Control), turn your goals into SMART objectives, and check in on your KPIs every week." },
        { TextKey.WelcomeBenefitsHeading, "What you'll get" },
        { TextKey.WelcomeBenefitPlan, "A complete marketing plan, saved as you go" },
        { TextKey.WelcomeBenefitSmart, "SMART objectives: if something is missing, I'll tell you exactly what and how to fix it" },
        { TextKey.WelcomeBenefitCheckIns, "A short weekly check-in on your KPIs, with progress against your targets" },
        { TextKey.WelcomeBenefitResume, "Stop whenever you like and pick up exactly where you left off" },
        { TextKey.WelcomeStartButton, "Start my plan" },
        { TextKey.WelcomeShowPlanButton, "Show my plan" },
        { TextKey.WelcomeHelpButton, "Help" },
        { TextKey.LanguageToggleButton, "فارسی / English" },
        { TextKey.WelcomeFallback, "Welcome to StrategyBot! I'll coach you through a social media marketing plan with the SOSTAC model. Type \"start\" to begin, \"show my plan\" to see your plan, or \"help\" for all commands." },
        { TextKey.HelpText, EnglishHelp.Text },
        { TextKey.SaveFailed, "Sorry, I couldn't save that. Please send it again." },
        { TextKey.AnsweredOnOtherDevice, "You answered this question on your other device just now, so we'll carry on from there." },
        { TextKey.MessageTooLong, "That message is too long (limit {0} characters). Please shorten it and send it again." },
        { TextKey.RateLimited, "You're sending messages very fast. Give me a few seconds, then try again." },
        { TextKey.UnknownCommand, "Sorry, I didn't catch that. Type \"help\" to see what I can do." },
        { TextKey.LanguageSwitched, "Done! I'll speak English from now on." },
        { TextKey.GenericError, "Sorry, something went wrong on my side. Please try again in a moment." },
        { TextKey.QuestionSubmitButton, "Send" },
        { TextKey.QuestionTypeHint, "You can also just type your answer." },
        { TextKey.QuestionChoicePlaceholder, "Choose one" },
        { TextKey.QuestionAnswerRequired, "Please answer this question." },
        { TextKey.StepSituation, "Situation" },
        { TextKey.StepObjectives, "Objectives" },
        { TextKey.StepStrategy, "Strategy" },
        { TextKey.StepTactics, "Tactics" },
        { TextKey.StepAction, "Action" },
        { TextKey.StepControl, "Control" },
    }.ToFrozenDictionary();
}
