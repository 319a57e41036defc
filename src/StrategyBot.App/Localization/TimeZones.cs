using StrategyBot.Domain.Text;

namespace StrategyBot.App.Localization;

/// <summary>
/// Finds a time zone from what Teams sends (an IANA id in localTimezone, docs/bot-protocol.md#time-zone) or what a user types:
/// an IANA or Windows id, a city ("Berlin", "new york") or a Persian city or country name ("تهران", "ایران").
/// </summary>
internal static class TimeZones
{
    private static readonly Dictionary<string, string> PersianPlaces = new(StringComparer.Ordinal)
    {
        ["تهران"] = "Asia/Tehran", ["ایران"] = "Asia/Tehran", ["مشهد"] = "Asia/Tehran", ["اصفهان"] = "Asia/Tehran",
        ["شیراز"] = "Asia/Tehran", ["تبریز"] = "Asia/Tehran", ["کرج"] = "Asia/Tehran", ["اهواز"] = "Asia/Tehran",
        ["دبی"] = "Asia/Dubai", ["امارات"] = "Asia/Dubai", ["استانبول"] = "Europe/Istanbul", ["ترکیه"] = "Europe/Istanbul",
        ["لندن"] = "Europe/London", ["برلین"] = "Europe/Berlin", ["پاریس"] = "Europe/Paris", ["تورنتو"] = "America/Toronto",
        ["ونکوور"] = "America/Vancouver", ["کابل"] = "Asia/Kabul", ["افغانستان"] = "Asia/Kabul",
    };

    private static readonly Dictionary<string, string> EnglishPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iran"] = "Asia/Tehran", ["uae"] = "Asia/Dubai", ["uk"] = "Europe/London", ["germany"] = "Europe/Berlin",
        ["turkey"] = "Europe/Istanbul", ["afghanistan"] = "Asia/Kabul", ["gmt"] = "Etc/UTC", ["utc"] = "Etc/UTC",
    };

    /// <summary>The zone for an IANA or Windows id, or null when this machine does not know it.</summary>
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    /// <summary>The zone the user typed, as the id to store; false when nothing matches.</summary>
    public static bool TryRead(string? text, out string zoneId)
    {
        zoneId = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 80)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (Find(trimmed) is { } exact)
        {
            zoneId = exact.Id;
            return true;
        }

        var folded = TextNormalizer.ForMatching(trimmed).Trim();
        if (PersianPlaces.TryGetValue(folded, out var persian) || EnglishPlaces.TryGetValue(folded, out persian))
        {
            zoneId = persian;
            return Find(persian) is not null;
        }

        var city = folded.Replace(' ', '_');
        var match = TimeZoneInfo.GetSystemTimeZones()
            .FirstOrDefault(z => z.Id.Contains('/', StringComparison.Ordinal)
                && string.Equals(z.Id[(z.Id.LastIndexOf('/') + 1)..], city, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return false;
        }

        zoneId = match.Id;
        return true;
    }
}
