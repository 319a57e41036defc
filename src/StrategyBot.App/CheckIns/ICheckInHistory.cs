using StrategyBot.BotFramework.State;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.CheckIns;

/// <summary>The weekly check-in records of each user (the CheckIns table): one row per user, plan and ISO week.</summary>
internal interface ICheckInHistory
{
    /// <summary>Stores the week's record, replacing any earlier one for the same week, so a resubmit or double click leaves one.</summary>
    Task SaveAsync(StateScope scope, CheckInRecord record, CancellationToken cancellationToken);

    /// <summary>The plan's records from <paramref name="from"/> to <paramref name="to"/> inclusive, oldest first.</summary>
    Task<IReadOnlyList<CheckInRecord>> GetRangeAsync(
        StateScope scope, string planId, IsoWeek from, IsoWeek to, CancellationToken cancellationToken);

    /// <summary>Removes every record of the user (the privacy command).</summary>
    Task DeleteAllAsync(StateScope scope, CancellationToken cancellationToken);
}
