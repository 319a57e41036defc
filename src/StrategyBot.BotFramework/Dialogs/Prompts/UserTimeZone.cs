using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// The user's time zone from an activity, in the order docs/bot-protocol.md#time-zone gives: <c>localTimezone</c> (IANA),
/// the <c>clientInfo</c> entity's <c>timezone</c>, the offset of <c>localTimestamp</c>, else UTC.
/// </summary>
internal static class UserTimeZone
{
    public static TimeZoneInfo From(Activity activity)
    {
        if (Find(activity.LocalTimezone) is { } zone)
        {
            return zone;
        }

        var clientInfo = activity.Entities?.FirstOrDefault(e => e["type"] is JsonValue type && type.ToString() == "clientInfo");
        if (clientInfo?["timezone"] is JsonValue name && Find(name.ToString()) is { } clientZone)
        {
            return clientZone;
        }

        if (activity.LocalTimestamp is { } local)
        {
            return TimeZoneInfo.CreateCustomTimeZone($"UTC{local.Offset}", local.Offset, null, null);
        }

        return TimeZoneInfo.Utc;
    }

    private static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
}
