namespace StrategyBot.App.CheckIns;

/// <summary>Every user-facing text of the check-ins; <see cref="CheckInTexts"/> holds English and Persian side by side.</summary>
internal enum CheckInText
{
    // The check-in card.
    CardTitle,
    CardIntro,
    InputWithLastWeek,
    SubmitButton,
    SnoozeButton,
    SnoozeHour,
    SnoozeEvening,
    SnoozeTomorrow,
    SkipButton,
    SkipReasonLabel,
    PauseButton,
    TypeHint,
    CardFallback,
    WeekLabel,

    // Raw inputs.
    InputReach,
    InputImpressions,
    InputEngagements,
    InputClicks,
    InputConversions,
    InputSpend,
    InputRevenue,
    InputHashtagUses,
    InputFollowers,

    // The result card.
    ResultTitle,
    DerivedHeading,
    ProgressHeading,
    NotReported,
    ZeroDenominator,
    ProgressLine,
    StatusOnTrack,
    StatusAtRisk,
    StatusOffTrack,
    StatusNoData,
    Thresholds,
    Projection,
    SuggestionsHeading,
    Suggestion,
    SuggestionFallback,
    ChartAlt,
    ChartWeeks,
    SkippedWeek,
    ResultFallback,
    NoHistory,

    // Suggestions' tactic descriptions.
    TacticPosting,
    TacticCallsToAction,
    TacticHashtags,
    TacticBudget,
    TacticCommunity,

    // Replies.
    Nudge,
    Snoozed,
    Skipped,
    Paused,
    PausedIgnored,
    Resumed,
    AlreadyOn,
    NoKpis,
    AskSlot,
    SlotSaved,
    SlotRetry,
    AskZone,
    ZoneSaved,
    ZoneUnknown,
    ScheduleStarted,
    NoNumbers,
    InvalidNumber,
    WeekOutOfRange,
    PausedNoSchedule,

    // The answered card that replaces a check-in card.
    AnsweredReceived,
    AnsweredSnoozed,
    AnsweredSkipped,
    AnsweredSkippedWithReason,
    AnsweredPaused,
}
