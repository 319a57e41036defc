using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.CheckIns;

/// <summary>What is due for a user now; <see cref="Week"/> is the week a check-in asks about.</summary>
internal sealed record CheckInDecision(DueAction Action, IsoWeek Week);
