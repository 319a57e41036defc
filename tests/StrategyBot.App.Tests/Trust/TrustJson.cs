using System.Text.Json;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Tests.Trust;

/// <summary>Reads what the bot sent the connector.</summary>
internal static class TrustJson
{
    public static Activity ReadActivity(string? body) =>
        JsonSerializer.Deserialize(body ?? "null", ProtocolJsonContext.Default.Activity)
        ?? throw new InvalidOperationException("The connector request had no activity body.");
}
