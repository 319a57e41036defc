using System.Text.Json.Nodes;

namespace StrategyBot.Testing;

/// <summary>What <c>GET /_internal/v1/testConfig</c> says about the running Playground.</summary>
/// <param name="TenantId">The tenant id stamped on activities.</param>
/// <param name="BotId">The bot account id (<c>recipient.id</c>).</param>
/// <param name="UserId">The signed-in user's id (<c>from.id</c>).</param>
/// <param name="PersonalChatId">The 1:1 chat id.</param>
/// <param name="Locale">The locale stamped on activities (always en-US in 0.2.28).</param>
/// <param name="LocalTimezone">The time zone stamped on messages (the Playground's TZ).</param>
public sealed record PlaygroundTestConfig(
    string TenantId, string BotId, string UserId, string PersonalChatId, string Locale, string LocalTimezone)
{
    /// <summary>Reads the testConfig JSON.</summary>
    public static PlaygroundTestConfig Parse(JsonNode json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var config = json["config"] ?? throw new InvalidDataException("testConfig has no 'config'.");
        var internalConfig = json["internalConfig"];
        return new PlaygroundTestConfig(
            Required(config["tenantId"], "config.tenantId"),
            Required(config["bot"]?["id"], "config.bot.id"),
            Required(config["currentUser"]?["id"], "config.currentUser.id"),
            Required(config["personalChat"]?["id"], "config.personalChat.id"),
            (string?)internalConfig?["locale"] ?? "",
            (string?)internalConfig?["localTimezone"] ?? "");
    }

    private static string Required(JsonNode? node, string path) =>
        (string?)node ?? throw new InvalidDataException($"testConfig has no '{path}'.");
}
