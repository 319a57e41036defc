using StrategyBot.BotFramework.State;

namespace StrategyBot.App.CheckIns;

/// <summary>One wake-up row of the schedule index, with the ETag it was read with.</summary>
internal sealed record ScheduleEntry(int Shard, string RowKey, StateScope Scope, DateTimeOffset Due, string ETag);
