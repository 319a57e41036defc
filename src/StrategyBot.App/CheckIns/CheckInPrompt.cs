namespace StrategyBot.App.CheckIns;

/// <summary>A question the check-ins asked, so the next message is read as its answer.</summary>
internal enum CheckInPrompt
{
    Slot,
    TimeZone,

    /// <summary>Which variant of an ended A/B test won (see <see cref="ExperimentFollowUp"/>).</summary>
    ExperimentResult,

    /// <summary>What changes in the plan because of that result.</summary>
    ExperimentChange,
}
