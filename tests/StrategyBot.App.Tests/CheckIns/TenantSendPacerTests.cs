using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.CheckIns;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class TenantSendPacerTests
{
    [Fact]
    public void Reserve_BurstToOneTenant_SpacesSendsEvenlyWithinTheRate()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero));
        var pacer = new TenantSendPacer(Options.Create(new CheckInOptions { SendsPerSecondPerTenant = 40 }), time);

        var waits = Enumerable.Range(0, 100).Select(_ => pacer.Reserve("tenant-a")).ToList();

        Assert.Equal(TimeSpan.Zero, waits[0]);
        Assert.Equal(TimeSpan.FromMilliseconds(25), waits[1]);
        Assert.Equal(TimeSpan.FromSeconds(99 / 40.0), waits[99]);

        // In any one-second window at most 40 sends start (plus the one on its boundary).
        Assert.All(waits, (wait, i) => Assert.True(waits.Count(w => w >= wait && w < wait + TimeSpan.FromSeconds(1)) <= 40, $"window at {i}"));
    }

    [Fact]
    public void Reserve_OtherTenant_IsNotHeldUp()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero));
        var pacer = new TenantSendPacer(Options.Create(new CheckInOptions()), time);
        for (var i = 0; i < 50; i++)
        {
            pacer.Reserve("busy");
        }

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("quiet"));
    }

    [Fact]
    public void Reserve_AfterAQuietSecond_StartsAgainWithoutWaiting()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero));
        var pacer = new TenantSendPacer(Options.Create(new CheckInOptions()), time);
        pacer.Reserve("tenant");
        pacer.Reserve("tenant");

        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("tenant"));
    }
}
