using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.Kpis;

public sealed class WeeklyNumbersTests
{
    [Fact]
    public void On_PlatformNumbers_EachPlatformReadsItsOwnAndSalesAreShared()
    {
        var numbers = new WeeklyNumbers { Conversions = 18 }
            .With(new PlatformInput(WeeklyInput.Followers, Platform.Instagram), 9_100)
            .With(new PlatformInput(WeeklyInput.Followers, Platform.Telegram), 1_600);

        Assert.Equal(9_100m, numbers.On(Platform.Instagram).Followers);
        Assert.Equal(1_600m, numbers.On(Platform.Telegram).Followers);
        Assert.Null(numbers.On(Platform.Facebook).Followers);
        Assert.Equal(18m, numbers.On(Platform.Telegram).Conversions);
        Assert.Null(numbers.On(null).Followers);
    }

    [Fact]
    public void On_RecordWithoutPlatforms_ItsNumbersStandForAnyPlatform()
    {
        var old = new WeeklyNumbers { Followers = 9_000, Reach = 20_000 };

        Assert.Equal(9_000m, old.On(Platform.Instagram).Followers);
        Assert.Equal(20_000m, old.On(Platform.Telegram).Reach);
    }

    [Fact]
    public void Reported_EveryNumberWithItsPlatform_AllPlatformsFirst()
    {
        var numbers = new WeeklyNumbers { Conversions = 18 }
            .With(new PlatformInput(WeeklyInput.Followers, Platform.Telegram), 1_600)
            .With(new PlatformInput(WeeklyInput.Followers, Platform.Instagram), 9_100);

        Assert.Equal(
            [
                (new PlatformInput(WeeklyInput.Conversions, null), 18m),
                (new PlatformInput(WeeklyInput.Followers, Platform.Instagram), 9_100m),
                (new PlatformInput(WeeklyInput.Followers, Platform.Telegram), 1_600m),
            ],
            numbers.Reported());
        Assert.False(numbers.IsEmpty());
        Assert.True(new WeeklyNumbers { Platforms = new Dictionary<Platform, WeeklyNumbers>() }.IsEmpty());
    }

    [Fact]
    public void WithPlatformInput_LeavesTheOriginalAsItWas()
    {
        var before = new WeeklyNumbers().With(new PlatformInput(WeeklyInput.Followers, Platform.Instagram), 9_000);

        var after = before.With(new PlatformInput(WeeklyInput.Followers, Platform.Instagram), 9_100)
            .With(new PlatformInput(WeeklyInput.Followers, Platform.Telegram), 1_600);

        Assert.Equal(9_000m, before.Get(new PlatformInput(WeeklyInput.Followers, Platform.Instagram)));
        Assert.Null(before.Get(new PlatformInput(WeeklyInput.Followers, Platform.Telegram)));
        Assert.Equal(9_100m, after.Get(new PlatformInput(WeeklyInput.Followers, Platform.Instagram)));
        Assert.Equal(1_600m, after.Get(new PlatformInput(WeeklyInput.Followers, Platform.Telegram)));
    }

    [Theory]
    [InlineData(WeeklyInput.Conversions, true)]
    [InlineData(WeeklyInput.Revenue, true)]
    [InlineData(WeeklyInput.Followers, false)]
    [InlineData(WeeklyInput.Spend, false)]
    public void PlatformInputFor_BusinessOutcome_IsCountedOverAllPlatforms(WeeklyInput input, bool overAll)
    {
        var asked = PlatformInput.For(input, Platform.Instagram);

        Assert.Equal(overAll ? null : Platform.Instagram, asked.Platform);
    }
}
