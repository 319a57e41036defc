using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class BotFrameworkOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_Defaults_ArePublicCloudValues()
    {
        var options = new BotFrameworkOptions();

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.TokenIssuer);
        Assert.Equal(262144, options.MaxRequestBodyBytes);
        Assert.Equal(TimeSpan.FromSeconds(10), options.TurnAckTimeout);
        Assert.Equal(4, options.MaxRetryAttempts);
        Assert.Equal(BotAppType.MultiTenant, options.AppType);
        Assert.Contains("https://smba.trafficmanager.net/", options.TrustedServiceUrls);
    }

    public static TheoryData<Action<BotFrameworkOptions>, string> InvalidSettings() => new()
    {
        { o => o.AppId = "not-a-guid", "Bot:AppId must be the Microsoft App ID of the Azure Bot (a GUID)" },
        { o => o.AppId = TestTokens.AppId, "Bot:AppSecret is required when Bot:AppId is set" },
        { o => { o.AppId = TestTokens.AppId; o.AppSecret = "secret"; o.AppType = BotAppType.SingleTenant; }, "Bot:TenantId is required when Bot:AppType is SingleTenant" },
        { o => o.TenantId = "contoso/evil", "Bot:TenantId must be a tenant id or domain" },
        { o => o.OpenIdMetadataUrl = "http://login.botframework.com/v1/.well-known/openidconfiguration", "Bot:OpenIdMetadataUrl" },
        { o => o.AuthorityHost = "login.microsoftonline.com", "Bot:AuthorityHost" },
        { o => o.TokenIssuer = "api.botframework.com", "Bot:TokenIssuer" },
        { o => o.TrustedServiceUrls.Add("https://169.254.169.254/"), "Bot:TrustedServiceUrls:3 ('https://169.254.169.254/') names localhost or a loopback, private, link-local or metadata address" },
        { o => o.TrustedServiceUrls.Add("https://[fd00:ec2::254]/"), "Bot:TrustedServiceUrls:3 ('https://[fd00:ec2::254]/') names localhost" },
        { o => { o.RestrictServiceUrls = true; o.TrustedServiceUrls.Clear(); }, "Bot:RestrictServiceUrls is true but Bot:TrustedServiceUrls is empty" },
        { o => o.TrustedServiceUrls.Add("http://insecure.example/"), "Bot:TrustedServiceUrls:3 ('http://insecure.example/') must be an absolute https URL prefix" },
        { o => o.AppType = (BotAppType)7, "Bot:AppType must be MultiTenant, SingleTenant or UserAssignedMSI" },
        { o => o.AppType = BotAppType.UserAssignedMSI, "Bot:AppId is required when Bot:AppType is UserAssignedMSI" },
        { o => { o.AppId = "not-a-guid"; o.AppType = BotAppType.UserAssignedMSI; }, "Bot:AppId must be the Microsoft App ID of the Azure Bot (a GUID)" },
        { o => { o.AppId = TestTokens.AppId; o.AppSecret = "secret"; o.AppType = BotAppType.UserAssignedMSI; }, "Bot:AppSecret must be empty when Bot:AppType is UserAssignedMSI" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_InvalidSetting_FailsWithMessageSayingWhatToFix(Action<BotFrameworkOptions> configure, string expected)
    {
        var options = new BotFrameworkOptions();
        configure(options);

        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, failure => failure.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UserAssignedMsiWithClientIdAndNoSecret_Succeeds()
    {
        var options = new BotFrameworkOptions { AppId = TestTokens.AppId, AppType = BotAppType.UserAssignedMSI };

        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, string.Join("; ", result.Failures ?? []));
    }

    [Fact]
    public void Validate_SingleTenantWithoutAppIdForLocalRuns_Succeeds()
    {
        var options = new BotFrameworkOptions { AppType = BotAppType.SingleTenant };

        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_SingleTenantWithTenant_Succeeds()
    {
        var options = new BotFrameworkOptions
        {
            AppId = TestTokens.AppId,
            AppSecret = "secret",
            AppType = BotAppType.SingleTenant,
            TenantId = "b7a1c2d3-0000-4000-8000-000000000001",
        };

        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("Bot:MaxRequestBodyBytes", "100", "Bot:MaxRequestBodyBytes must be between")]
    [InlineData("Bot:TurnAckTimeout", "00:00:20", "Bot:TurnAckTimeout must be between")]
    [InlineData("Bot:MaxRetryAttempts", "50", "Bot:MaxRetryAttempts must be between")]
    [InlineData("Bot:AppId", "6f1f8f0e-2b5c-4d3a-9a7e-3c2d1b0a9f8e", "Bot:AppSecret is required when Bot:AppId is set")]
    public async Task StartAsync_InvalidConfiguration_FailsAtStartupWithTheMessage(string key, string value, string expected)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        builder.Services.AddBotFramework(builder.Configuration);
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(error.Failures, failure => failure.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(BotAppType.MultiTenant, null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData(BotAppType.SingleTenant, "b7a1c2d3-0000-4000-8000-000000000001", "https://login.microsoftonline.com/b7a1c2d3-0000-4000-8000-000000000001")]
    public void Authority_AppType_SelectsOutboundTokenAuthority(BotAppType appType, string? tenantId, string expected)
    {
        var options = new BotFrameworkOptions { AppType = appType, TenantId = tenantId };

        var authority = MsalConnectorTokenSource.Authority(options);

        Assert.Equal(expected, authority);
    }
}
