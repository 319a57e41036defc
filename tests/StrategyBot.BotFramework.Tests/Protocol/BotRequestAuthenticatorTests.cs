using System.Net;
using Microsoft.IdentityModel.Tokens;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>
/// Every inbound check of docs/bot-protocol.md#inbound-authentication through the real endpoint, with tokens validated against OpenID metadata
/// and keys served on loopback. Each rejection also asserts the logged reason, so a test cannot pass for the wrong one.
/// </summary>
public sealed class BotRequestAuthenticatorTests(OpenIdMetadataServer metadata) : IClassFixture<OpenIdMetadataServer>
{
    private const int TokenRejected = 1011;

    [Fact]
    public async Task Post_ValidChannelToken_RunsTurnAndVouchesServiceUrl()
    {
        var bot = new FakeBot((turn, _) =>
        {
            turn.SendText("hello back");
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot, metadata.MetadataUrl, environment: "Production");

        var response = await host.PostAsync(Activities.Message("hi"), TestTokens.CreateChannelToken(time: host.Time));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Turns);
        var reply = Assert.Single(host.Connector.Requests);
        Assert.Equal("Bearer " + FakeConnectorTokenSource.Token, reply.Authorization);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://[fd00:ec2::254]/")]
    [InlineData("https://[::ffff:169.254.169.254]/")]
    [InlineData("https://192.168.1.10/bots/")]
    [InlineData("https://localhost/bots/")]
    [InlineData("http://bots.contoso.example/")]
    public async Task Post_SignedActivityNamingAnInternalOrPlainHttpServiceUrl_Answers401AndSendsNothing(string serviceUrl)
    {
        var bot = new FakeBot((turn, _) =>
        {
            turn.SendText("hello back");
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot, metadata.MetadataUrl, environment: "Production");
        var activity = Activities.Message("hi");
        activity.ServiceUrl = serviceUrl;

        var response = await host.PostAsync(activity, TestTokens.CreateChannelToken(serviceUrl, time: host.Time));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.Empty(host.Connector.Requests);
        Assert.True(host.Logged(1018, serviceUrl));
    }

    [Fact]
    public async Task Post_StrictModeAndAVouchedButUnconfiguredServiceUrl_Answers401()
    {
        var bot = new FakeBot();
        var strict = new Dictionary<string, string?> { ["Bot:RestrictServiceUrls"] = "true" };
        await using var host = await BotTestHost.StartAsync(bot, metadata.MetadataUrl, environment: "Production", settings: strict);
        var elsewhere = Activities.Message("hi");
        elsewhere.ServiceUrl = "https://bots.contoso.example/";

        var refused = await host.PostAsync(elsewhere, TestTokens.CreateChannelToken(elsewhere.ServiceUrl, time: host.Time));
        var configured = await host.PostAsync(Activities.Message("hi"), TestTokens.CreateChannelToken(time: host.Time));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.True(host.Logged(1018, "Bot:RestrictServiceUrls"));
        Assert.Equal(HttpStatusCode.OK, configured.StatusCode);
        Assert.Single(bot.Turns);
    }

    [Fact]
    public async Task Post_VouchedPublicHttpsServiceUrl_IsAcceptedAndRepliedTo()
    {
        var bot = new FakeBot((turn, _) =>
        {
            turn.SendText("hello back");
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot, metadata.MetadataUrl, environment: "Production");
        var activity = Activities.Message("hi");
        activity.ServiceUrl = "https://bots.contoso.example/region-1/";

        var response = await host.PostAsync(activity, TestTokens.CreateChannelToken(activity.ServiceUrl, time: host.Time));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer " + FakeConnectorTokenSource.Token, Assert.Single(host.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimDiffersOnlyInCaseAndSlash_IsAccepted()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot, metadata.MetadataUrl, environment: "Production");

        var token = TestTokens.CreateChannelToken(serviceUrl: "https://SMBA.trafficmanager.net/EMEA", time: host.Time);
        var response = await host.PostAsync(Activities.Message("hi"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Turns);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Post_OtherAllowedRsaAlgorithms_AreAccepted(string algorithm)
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot, metadata.MetadataUrl, environment: "Production");

        var response = await host.PostAsync(Activities.Message("hi"), TestTokens.CreateChannelToken(algorithm: algorithm, time: host.Time));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, string?, int, string> ForgedTokens()
    {
        var now = TimeProvider.System.GetUtcNow();
        return new TheoryData<string, string?, int, string>
        {
            { "missing", null, 1010, "no bearer token" },
            { "malformed", "not.a.jwt", TokenRejected, "ArgumentException" },
            { "garbage", "%%%%", TokenRejected, "SecurityTokenMalformedException" },
            { "bad signature", TestTokens.CreateChannelToken(key: TestTokens.ImpostorKey), TokenRejected, "SecurityTokenInvalidSignatureException" },
            { "alg none", TestTokens.CreateUnsignedToken(), TokenRejected, "does not have a signature" },
            { "symmetric HS256", TestTokens.CreateSymmetricToken(), TokenRejected, "SecurityTokenInvalidSignatureException" },
            { "unknown kid", TestTokens.CreateChannelToken(key: TestTokens.UnknownKey), TokenRejected, "SecurityTokenSignatureKeyNotFoundException" },
            {
                "expired", TestTokens.CreateChannelToken(notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)),
                TokenRejected, "SecurityTokenExpiredException"
            },
            {
                "not yet valid", TestTokens.CreateChannelToken(notBefore: now.AddMinutes(6), expires: now.AddHours(1)),
                TokenRejected, "SecurityTokenNotYetValidException"
            },
            { "wrong issuer", TestTokens.CreateChannelToken(issuer: "https://api.botframework.evil"), TokenRejected, "SecurityTokenInvalidIssuerException" },
            { "wrong audience", TestTokens.CreateChannelToken(audience: Guid.Empty.ToString()), TokenRejected, "SecurityTokenInvalidAudienceException" },
            { "key endorsed for another channel", TestTokens.CreateChannelToken(key: TestTokens.WebChatKey), 1015, "webchat-key is not endorsed for channel msteams" },
            { "key without endorsements", TestTokens.CreateChannelToken(key: TestTokens.BareKey), 1015, "bare-key is not endorsed for channel msteams" },
            { "serviceurl mismatch", TestTokens.CreateChannelToken(serviceUrl: "https://evil.example/emea/"), 1016, "claim https://evil.example/emea/ does not match" },
            { "serviceurl missing", TestTokens.CreateChannelToken(serviceUrl: null), 1016, "claim (none) does not match" },
        };
    }

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task Post_ForgedOrInvalidToken_Answers401WithEmptyBodyAndLogsWhy(string kind, string? token, int eventId, string reason)
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot, metadata.MetadataUrl, environment: "Production");

        var response = await host.PostAsync(Activities.Message("hi"), token);

        Assert.True(HttpStatusCode.Unauthorized == response.StatusCode, kind);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(bot.Turns);
        Assert.Empty(host.Connector.Requests);
        Assert.True(host.Logged(eventId, reason), $"{kind}: expected log event {eventId} saying '{reason}'");
    }

    [Fact]
    public async Task Post_ExpiredWithinClockSkew_IsAccepted()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot, metadata.MetadataUrl, environment: "Production");
        var now = TimeProvider.System.GetUtcNow();

        var token = TestTokens.CreateChannelToken(notBefore: now.AddHours(-1), expires: now.AddMinutes(-3));
        var response = await host.PostAsync(Activities.Message("hi"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_AnonymousFromLoopbackInDevelopmentWithoutAppId_IsAccepted()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot, environment: "Development");
        var activity = Activities.Message("hi");
        activity.ServiceUrl = "http://127.0.0.1:56150/_connector";

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Turns);
        Assert.True(host.Logged(1000));
    }

    [Fact]
    public async Task Post_AnonymousFromNonLoopbackCaller_IsRefused()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot, environment: "Development", remoteAddress: IPAddress.Parse("203.0.113.7"));
        var activity = Activities.Message("hi");
        activity.ServiceUrl = "http://127.0.0.1:56150/_connector";

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.True(host.Logged(1013));
    }

    [Fact]
    public async Task Post_AnonymousWithoutAppIdOutsideDevelopment_IsRefused()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot, environment: "Production");
        var activity = Activities.Message("hi");
        activity.ServiceUrl = "http://127.0.0.1:56150/_connector";

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.True(host.Logged(1012));
        Assert.True(host.Logged(1001));
    }

    [Fact]
    public async Task Post_AnonymousActivityNamingRemoteServiceUrl_IsRefused()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot, environment: "Development");

        var response = await host.PostAsync(Activities.Message("hi"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.True(host.Logged(1014));
    }

    [Fact]
    public async Task Post_AppIdConfiguredInDevelopment_StillRequiresToken()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot, metadata.MetadataUrl, environment: "Development");

        var response = await host.PostAsync(Activities.Message("hi"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Post_ManyRequests_FetchesMetadataOnceAndCachesIt()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot, metadata.MetadataUrl, environment: "Production");
        var before = metadata.KeyRequests;

        for (var i = 0; i < 3; i++)
        {
            var response = await host.PostAsync(Activities.Message("hi"), TestTokens.CreateChannelToken(time: host.Time));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, metadata.KeyRequests - before);
    }

    [Fact]
    public async Task Post_MetadataUnreachable_FailsClosed()
    {
        var gone = new OpenIdMetadataServer();
        await gone.InitializeAsync();
        var unreachable = gone.MetadataUrl;
        await gone.DisposeAsync();
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot, unreachable, environment: "Production");

        var response = await host.PostAsync(Activities.Message("hi"), TestTokens.CreateChannelToken(time: host.Time));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.True(host.Logged(TokenRejected));
    }
}
