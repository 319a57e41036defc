namespace StrategyBot.App.Localization;

/// <summary>
/// The bot's general texts (see <see cref="BotTexts"/>). Adding one is a member here plus one line in BotTexts with
/// its English and Persian; the parity test fails until both languages have it with the same placeholders.
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
    StateTooLarge,
    AnsweredOnOtherDevice,
    MessageTooLong,
    RateLimited,
    UnknownCommand,
    LanguageSwitched,
    GenericError,

    // A saved document the bot could not read was set aside (see UnreadableDocuments).
    UnreadablePlanKept,
    UnreadablePlanNotKept,
    UnreadableProfileKept,
    UnreadableProfileNotKept,
    UnreadableCheckInsKept,
    UnreadableCheckInsNotKept,

    // Question card.
    QuestionSubmitButton,
    QuestionTypeHint,
    QuestionAnswerLabel,
    QuestionChoicePlaceholder,
    QuestionAnswerRequired,

    // SOSTAC step names.
    StepSituation,
    StepObjectives,
    StepStrategy,
    StepTactics,
    StepAction,
    StepControl,

    // Plan summary card.
    PlanSummaryTitle,
    PlanSummaryProgress,
    PlanSummaryNextCheckIn,
    PlanSummaryNoCheckIn,
    PlanSummaryEditButton,
    PlanSummaryNothingYet,
    PlanSummaryExpandHint,
    PlanSummaryCollapseHint,
    PlanSummaryToggleStep,
    PlanSummaryFallback,
    StepStateComplete,
    StepStateInProgress,
    StepStateNotStarted,
    SummaryBusiness,
    SummaryPersonas,
    SummaryCompetitors,
    SummarySwot,
    SummarySwotCounts,
    SummaryPresence,
    SummaryFollowers,
    SummaryWeeklyReach,
    SummarySmartNotChecked,
    SummaryTargetBy,
    SummaryTarget,
    SummaryDeadline,
    SummaryPlatforms,
    SummarySplit,
    SummaryDifferentiator,
    SummaryPostsPerWeek,
    SummaryPillars,
    SummaryFormats,
    SummaryHashtags,
    SummaryCallsToAction,
    SummaryInfluencers,
    SummaryCommunity,
    SummaryRepliesWithin,
    SummaryTools,
    SummaryBudget,
    SummaryOrganic,
    SummaryPaid,
    SummaryBudgetInfluencers,
    SummaryDue,
    SummaryNoOwner,
    SummaryMore,
    SummaryKpis,
    SummaryKpiTarget,
    SummaryCheckIn,
    SummaryCheckInSlot,
    SummaryAbTest,

    // KPI names (the KPI library of issue 3).
    KpiReach,
    KpiImpressions,
    KpiClicks,
    KpiCtr,
    KpiEngagementRate,
    KpiEngagementRateByReach,
    KpiEngagementRateByImpressions,
    KpiEngagementRateByFollowers,
    KpiConversions,
    KpiConversionRate,
    KpiCpc,
    KpiCpm,
    KpiCpa,
    KpiRoas,
    KpiRoi,
    KpiHashtagUses,
    KpiFollowers,
    KpiRevenue,
    KpiResponseTime,
    KpiShareOfVoice,

    // Punctuation that differs by language: list commas, "and", quotation marks.
    ListSeparator,
    ListLastSeparator,
    Quoted,

    // Pieces LocalFormat puts together: a persona's age band (Persian only: English shows the band as stored) and a
    // moment such as the next check-in.
    AgeBandUnder,
    AgeBandAndOver,
    AgeBandRange,
    DateAndTime,
}
