using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.App.PlanDocument;
using StrategyBot.App.Privacy;
using StrategyBot.App.Tests.PlanDocument;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>The plan document's download links through the real host and Azurite: they serve the plan, and only the plan.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Trust")]
public sealed class PlanDocumentTrustTests(AzuriteFixture azurite, OpenIdMetadataServer metadata) : IClassFixture<OpenIdMetadataServer>, IAsyncLifetime
{
    private TrustHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TrustHost.Start(azurite.ConnectionString, metadata.MetadataUrl);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PlanLink_ServesThePersianDocxAndItsTokenOpensNoDataExportNorTheOtherWayRound()
    {
        var store = _host.Services.GetRequiredService<IStateStore>();
        var state = await store.LoadAsync(TrustUser.Ada.Scope, CancellationToken.None);
        TurnState.Of(state).SavePlan(SamplePlans.CoffeeShop(persian: true));
        await store.SaveAsync(state, CancellationToken.None);
        var links = _host.Services.GetRequiredService<ExportLinks>();
        var planUrl = PlanDocumentEndpoint.CreateUrl(links, TrustUser.Ada.Scope, PlanDocumentFormat.Word, Language.Persian)!;
        var planToken = planUrl.Segments[^1];
        var dataToken = links.CreateToken(TrustUser.Ada.Scope);

        var plan = await _host.Client.GetAsync(new Uri(planUrl.AbsolutePath, UriKind.Relative));
        var planTokenOnDataRoute = await _host.Client.GetAsync(new Uri(ExportLinks.RoutePrefix + planToken, UriKind.Relative));
        var dataTokenOnPlanRoute = await _host.Client.GetAsync(new Uri(PlanDocumentEndpoint.RoutePrefix + "docx/fa/" + dataToken, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        Assert.Equal(PlanDocxWriter.ContentType, plan.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", plan.Headers.CacheControl?.ToString());
        using (var document = WordprocessingDocument.Open(new MemoryStream(await plan.Content.ReadAsByteArrayAsync()), isEditable: false))
        {
            Assert.Contains("کافه‌ای تخصصی در تهران", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, planTokenOnDataRoute.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, dataTokenOnPlanRoute.StatusCode);
    }
}
