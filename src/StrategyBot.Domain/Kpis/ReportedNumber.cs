using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Kpis;

/// <summary>One number read from a typed check-in reply, with the platform named for it (null: none named).</summary>
public readonly record struct ReportedNumber(WeeklyInput Input, Platform? Platform, decimal Value);
