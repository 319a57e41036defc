namespace StrategyBot.BotFramework.Protocol;

/// <summary>The connector's error body: <c>{"error":{"code","message",...}}</c>.</summary>
public sealed class ErrorResponse
{
    /// <summary>The error details.</summary>
    public ConnectorError? Error { get; set; }
}
