using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.Localization;
using StrategyBot.App.RateLimiting;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Tests.Trust;

[Trait("Category", "Trust")]
public sealed class UserRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryEnter_PastTheLimit_RefusesWithOneFriendlyReplyPerBurst()
    {
        using var limiter = NewLimiter(permits: 2);
        var turns = Enumerable.Range(0, 5).Select(_ => new TurnContext(TrustUser.Ada.Message("hello"))).ToList();

        var entered = turns.Select(turn => limiter.TryEnter(turn, TrustUser.Ada.Scope)).ToList();

        Assert.Equal([true, true, false, false, false], entered);
        Assert.Equal(Texts.Get(Language.English, TextKey.RateLimited), Assert.Single(turns[2].Outbox).Text);
        Assert.Empty(turns[3].Outbox);
        Assert.Empty(turns[4].Outbox);
    }

    [Fact]
    public void TryEnter_OneUserFloods_OtherUsersAndTenantsStillEnter()
    {
        using var limiter = NewLimiter(permits: 1);
        limiter.TryEnter(new TurnContext(TrustUser.Ada.Message("one")), TrustUser.Ada.Scope);
        limiter.TryEnter(new TurnContext(TrustUser.Ada.Message("two")), TrustUser.Ada.Scope);

        Assert.True(limiter.TryEnter(new TurnContext(TrustUser.Bob.Message("hi")), TrustUser.Bob.Scope));
        Assert.True(limiter.TryEnter(new TurnContext(TrustUser.AdaInOtherTenant.Message("hi")), TrustUser.AdaInOtherTenant.Scope));
    }

    [Fact]
    public void TryEnter_CardActionsOverTheLimit_InvokeAnsweredInPersianAndSubmitRefused()
    {
        using var limiter = NewLimiter(permits: 1);
        limiter.TryEnter(new TurnContext(TrustUser.Ada.Message("one")), TrustUser.Ada.Scope);
        var invoke = TrustUser.Ada.Execute("showPlan");
        invoke.Locale = "fa-IR";
        var invokeTurn = new TurnContext(invoke);
        var submitTurn = new TurnContext(TrustUser.Ada.Submit(new JsonObject { ["action"] = "start" }));

        var invokeEntered = limiter.TryEnter(invokeTurn, TrustUser.Ada.Scope);
        var submitEntered = limiter.TryEnter(submitTurn, TrustUser.Ada.Scope);

        Assert.False(invokeEntered);
        Assert.False(submitEntered);
        Assert.Equal(Texts.Get(Language.Persian, TextKey.RateLimited), (string?)invokeTurn.InvokeResponse!.Value);
    }

    [Fact]
    public void TryEnter_InstallEvents_NeverLimited()
    {
        using var limiter = NewLimiter(permits: 1);

        var entered = Enumerable.Range(0, 5).Select(_ => limiter.TryEnter(new TurnContext(TrustUser.Ada.Install()), TrustUser.Ada.Scope));

        Assert.All(entered, Assert.True);
    }

    [Fact]
    public void TryEnter_AfterTheWindow_EntersAgain()
    {
        using var limiter = NewLimiter(permits: 2);
        for (var i = 0; i < 3; i++)
        {
            limiter.TryEnter(new TurnContext(TrustUser.Ada.Message("m")), TrustUser.Ada.Scope);
        }

        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.True(limiter.TryEnter(new TurnContext(TrustUser.Ada.Message("m")), TrustUser.Ada.Scope));
        Assert.True(limiter.TryEnter(new TurnContext(TrustUser.Ada.Message("m")), TrustUser.Ada.Scope));
    }

    private UserRateLimiter NewLimiter(int permits) => new(
        Options.Create(new UserRateLimitOptions { PermitLimit = permits, Window = TimeSpan.FromSeconds(10) }),
        _time,
        NullLogger<UserRateLimiter>.Instance);
}
