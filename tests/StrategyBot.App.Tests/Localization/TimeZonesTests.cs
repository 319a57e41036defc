using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Localization;

public sealed class TimeZonesTests
{
    [Theory]
    [InlineData("Asia/Tehran", "Asia/Tehran")]
    [InlineData("berlin", "Europe/Berlin")]
    [InlineData("New York", "America/New_York")]
    [InlineData("تهران", "Asia/Tehran")]
    [InlineData("ایران", "Asia/Tehran")]
    [InlineData("UTC", "UTC")]
    public void TryRead_ZoneOrCity_IsFound(string text, string expected)
    {
        var read = TimeZones.TryRead(text, out var zoneId);

        Assert.True(read);
        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById(expected).BaseUtcOffset, TimeZoneInfo.FindSystemTimeZoneById(zoneId).BaseUtcOffset);
        Assert.EndsWith(expected.Split('/')[^1], zoneId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    public void TryRead_Unknown_IsRefused(string text)
    {
        var read = TimeZones.TryRead(text, out _);

        Assert.False(read);
    }

    [Theory]
    [InlineData("Asia/Tehran")]
    [InlineData(" Europe/Berlin ")]
    public void Find_KnownId_ReturnsZone(string id)
    {
        var zone = TimeZones.Find(id);

        Assert.NotNull(zone);
        Assert.Equal(id.Trim(), zone.Id);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Find_UnknownOrEmpty_ReturnsNull(string? id)
    {
        Assert.Null(TimeZones.Find(id));
    }
}
