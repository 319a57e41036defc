using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// Faults: storage stopping in the middle of a turn, and the connector refusing replies. The bot must apologise or
/// log, never half-write a turn, never answer 500, and carry on once things work again.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Trust")]
public sealed class FaultTrustTests(OpenIdMetadataServer metadata) : IClassFixture<OpenIdMetadataServer>
{
    private static readonly TrustUser Ada = TrustUser.Ada;

    [Fact]
    public async Task StorageStopsDuringATurn_UserAskedToResendNothingHalfWrittenAndItWorksOnceStorageIsBack()
    {
        var folder = Directory.CreateTempSubdirectory("strategybot-azurite-");
        AzuriteProcess? azurite = await AzuriteProcess.StartAsync(folder.FullName);
        var tap = new StateStoreTap();
        try
        {
            await using var host = TrustHost.Start(azurite.ConnectionString, metadata.MetadataUrl, configureServices: services => Tap(services, tap));
            await host.StartPlanAsync(Ada, "We bake birthday cakes");
            var before = await host.SnapshotAsync(Ada);
            var port = azurite.Port;
            tap.BeforeNextSave = azurite.StopAsync;
            var lostAnswer = Ada.Message("Birthday cakes and cupcakes");

            var apology = await host.SendAsync(lostAnswer);
            await azurite.DisposeAsync();
            azurite = null;
            azurite = await AzuriteProcess.StartAsync(folder.FullName, port);
            var afterRestart = await host.SnapshotAsync(Ada);
            var resent = await host.SendAsync(Ada.Message("Birthday cakes and cupcakes"));

            Assert.Equal(Texts.Get(Language.English, TextKey.SaveFailed), Assert.Single(apology).Text);
            Assert.Equal(before, afterRestart);
            Assert.False(ProcessedActivities.WasProcessed(await host.StateAsync(Ada), lostAnswer.Id));
            Assert.NotEmpty(resent);
            var plan = TurnState.Of(await host.StateAsync(Ada)).Plan;
            Assert.Equal("We bake birthday cakes", plan.Situation.BusinessDescription);
            Assert.Equal("Birthday cakes and cupcakes", plan.Situation.ProductsAndServices);
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            folder.Delete(recursive: true);
        }
    }

    public static TheoryData<int, string> ConnectorFailures() => new()
    {
        { 500, """{"error":{"code":"ServiceError","message":"Unknown"}}""" },
        { 502, "<html>Bad gateway</html>" },
        { 403, """{"error":{"code":"BadArgument","message":"The bot is not part of the conversation roster.","subCode":"MessageWritesBlocked"}}""" },
        { 404, """{"error":{"code":"ConversationNotFound"}}""" },
        { 413, """{"error":{"code":"MessageSizeTooBig"}}""" },
        { 0, "connection reset" },
    };

    [Theory]
    [MemberData(nameof(ConnectorFailures))]
    public async Task ConnectorRefusesTheReply_Logged200AndTheAnswerIsKept(int status, string body)
    {
        await using var host = TrustHost.Start(storage: null, metadata.MetadataUrl, new Dictionary<string, string?> { ["Bot:MaxRetryAttempts"] = "0" });
        await host.SendAsync(Ada.Message("hi"));
        if (status == 0)
        {
            host.Connector.EnqueueFailure(new HttpRequestException(body));
        }
        else
        {
            host.Connector.Enqueue((HttpStatusCode)status, body.StartsWith('{') ? body : null);
        }

        var response = await host.PostAsync(Ada.Message("We bake birthday cakes"));
        var next = await host.SendAsync(Ada.Message("Birthday cakes"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(host.Logged(1040), "the failed reply was not logged");
        Assert.False(host.Logged(1041) || host.Logged(104) || host.Logged(1030), "the turn or the delivery crashed");
        Assert.NotEmpty(next);
        var plan = TurnState.Of(await host.StateAsync(Ada)).Plan;
        Assert.Equal("We bake birthday cakes", plan.Situation.BusinessDescription);
        Assert.Equal("Birthday cakes", plan.Situation.ProductsAndServices);
    }

    private static void Tap(IServiceCollection services, StateStoreTap tap)
    {
        var real = services.Last(d => d.ServiceType == typeof(IStateStore));
        services.Remove(real);
        services.AddSingleton(sp => tap.Wrap((IStateStore)real.ImplementationFactory!(sp)));
    }
}
