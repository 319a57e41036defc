using System.Diagnostics;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>Names to subscribe to with OpenTelemetry: <c>AddSource(ActivitySourceName)</c>, <c>AddMeter(MeterName)</c>.</summary>
public static class BotFrameworkTelemetry
{
    /// <summary>The ActivitySource of turn spans.</summary>
    public const string ActivitySourceName = "StrategyBot.BotFramework";

    /// <summary>The Meter of turn metrics.</summary>
    public const string MeterName = "StrategyBot.BotFramework";

    /// <summary>Histogram of turn latency in milliseconds, from the bot being called to the last reply delivered.</summary>
    public const string TurnDurationInstrument = "strategybot.bot.turn.duration";

    /// <summary>Tag carrying the activity type (<c>message</c>, <c>invoke</c>, …).</summary>
    public const string ActivityTypeTag = "bot.activity.type";

    /// <summary>Tag carrying the turn outcome: <c>ok</c> or <c>error</c>.</summary>
    public const string OutcomeTag = "bot.turn.outcome";

    internal static readonly ActivitySource Source = new(ActivitySourceName);
}
