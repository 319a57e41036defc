using System.Text.Json.Nodes;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Tests.Cards;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>Check-in answers for a plan that tracks followers on Instagram and Telegram and sales over all platforms.</summary>
public sealed class CheckInTurnHandlerPlatformTests
{
    private static readonly DateTimeOffset Thursday = new(2027, 3, 11, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SubmitCard_PerPlatformInputs_AreStoredPerPlatformAndAllShownOnTheResult()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.CoffeeShop());

        var (turn, _) = await host.SubmitAsync(CheckInCardTests.Submit(new JsonObject
        {
            ["week"] = "2027-W10", ["instagramFollowers"] = "9100", ["telegramFollowers"] = "۱۶۰۰", ["conversions"] = 18,
        }));

        var record = Assert.Single(((InMemoryCheckInHistory)host.History).All(CheckInTestHost.Scope));
        Assert.Equal(9_100m, record.Numbers.Get(new PlatformInput(WeeklyInput.Followers, Platform.Instagram)));
        Assert.Equal(1_600m, record.Numbers.Get(new PlatformInput(WeeklyInput.Followers, Platform.Telegram)));
        Assert.Equal(18m, record.Numbers.Conversions);
        Assert.Null(record.Numbers.Followers);
        var card = turn.Outbox.Select(a => a.Attachments?.FirstOrDefault()?.Content).OfType<JsonObject>().Last();
        var text = CardAssert.VisibleText(card) + string.Concat(CardAssert.OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray()).Select(f => f!.ToJsonString()));
        Assert.Contains("Instagram followers", text, StringComparison.Ordinal);
        Assert.Contains("Telegram followers", text, StringComparison.Ordinal);
        Assert.Contains("1,600", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedNumbers_WithPlatforms_AreStoredPerPlatform()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.CoffeeShop());
        await host.SayAsync("check in now");

        var (_, handled) = await host.SayAsync("instagram followers 9100, telegram 1600, sales 18");

        Assert.True(handled);
        var record = Assert.Single(((InMemoryCheckInHistory)host.History).All(CheckInTestHost.Scope));
        Assert.Equal(9_100m, record.Numbers.Get(new PlatformInput(WeeklyInput.Followers, Platform.Instagram)));
        Assert.Equal(1_600m, record.Numbers.Get(new PlatformInput(WeeklyInput.Followers, Platform.Telegram)));
        Assert.Equal(18m, record.Numbers.Conversions);
    }

    [Fact]
    public async Task TypedNumbers_FollowersWithoutPlatformTrackedOnTwo_AsksWhichAndStoresNothing()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.CoffeeShop());
        await host.SayAsync("check in now");

        var (turn, handled) = await host.SayAsync("followers 9100");

        Assert.True(handled);
        Assert.Empty(((InMemoryCheckInHistory)host.History).All(CheckInTestHost.Scope));
        Assert.Contains("Which platform was that?", Assert.Single(turn.Outbox).Text, StringComparison.Ordinal);
    }
}
