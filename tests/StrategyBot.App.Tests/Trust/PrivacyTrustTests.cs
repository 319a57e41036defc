using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StrategyBot.App.Localization;
using StrategyBot.App.Privacy;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// "export my data" and "delete my data" through the real endpoint with signed tokens, against Azurite: what the
/// export contains, that its link is the only way in, and that after a delete no table holds a row of the user.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Trust")]
public sealed class PrivacyTrustTests(AzuriteFixture azurite, OpenIdMetadataServer metadata) : IClassFixture<OpenIdMetadataServer>, IAsyncLifetime
{
    private TrustHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TrustHost.Start(azurite.ConnectionString, metadata.MetadataUrl);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ExportMyData_English_CardSummarisesAndLinkDownloadsEverythingOfTheUserOnly()
    {
        await StartPlanAsync(TrustUser.Ada, "We bake birthday cakes");
        await StartPlanAsync(TrustUser.Bob, "Bob sells bicycles");
        await TrustStorage.SeedCheckInsAsync(azurite, _host.Tables, TrustUser.Ada);
        await TrustStorage.SeedCheckInsAsync(azurite, _host.Tables, TrustUser.Bob);

        var card = await SendForCardAsync(TrustUser.Ada.Message("export my data"));
        var export = await DownloadAsync(card);

        Assert.True(SchemaValidator.ValidateAdaptiveCard(card).IsValid);
        Assert.Contains("Your marketing plan", CardStrings.Joined(card), StringComparison.Ordinal);
        Assert.Contains("Weekly check-in results", CardStrings.Joined(card), StringComparison.Ordinal);
        Assert.Equal(UserData.Format, (string?)export["format"]);
        Assert.Equal(TrustUser.Ada.AadObjectId, (string?)export["userId"]);
        Assert.Contains("We bake birthday cakes", export["state"]!["plan"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, export["tables"]![_host.Tables.CheckIns]!.AsArray().Count);
        Assert.Single(export["tables"]![_host.Tables.Schedule]!.AsArray());
        Assert.DoesNotContain("bicycles", export.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TrustUser.Bob.AadObjectId, export.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportMyData_Persian_RightToLeftCardInPersian()
    {
        await StartPlanAsync(TrustUser.Ada, "کیک تولد می‌پزیم", "fa-IR");

        var card = await SendForCardAsync(TrustUser.Ada.Message("خروجی اطلاعات من", locale: "fa-IR"));

        Assert.True((bool?)card["rtl"]);
        Assert.Contains(Texts.Get(Language.Persian, PrivacyText.ExportDownloadButton), CardStrings.Joined(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportLink_AlteredForgedOrExpired_Answers404WithNoData()
    {
        await StartPlanAsync(TrustUser.Ada, "We bake birthday cakes");
        var url = DownloadUrl(await SendForCardAsync(TrustUser.Ada.Message("export my data")));
        var token = url.Segments[^1];
        var altered = url.AbsolutePath[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");

        var alteredResponse = await _host.Client.GetAsync(new Uri(altered, UriKind.Relative));
        var forgedResponse = await _host.Client.GetAsync(new Uri(ExportLinks.RoutePrefix + Convert.ToBase64String(new byte[64]).Replace('+', '-').Replace('/', '_').TrimEnd('='), UriKind.Relative));
        var freshResponse = await _host.Client.GetAsync(new Uri(url.AbsolutePath, UriKind.Relative));
        _host.Time.Advance(TimeSpan.FromMinutes(10));
        var expiredResponse = await _host.Client.GetAsync(new Uri(url.AbsolutePath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, alteredResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forgedResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, freshResponse.StatusCode);
        Assert.Equal("no-store", freshResponse.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, expiredResponse.StatusCode);
        Assert.Empty(await expiredResponse.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task DeleteMyData_PersianConfirmedByTypedYes_NoTableKeepsARowOfTheUserAndOthersKeepTheirs()
    {
        await StartPlanAsync(TrustUser.Ada, "کیک تولد می‌پزیم", "fa-IR");
        await StartPlanAsync(TrustUser.Bob, "Bob sells bicycles");
        await TrustStorage.SeedCheckInsAsync(azurite, _host.Tables, TrustUser.Ada);
        await TrustStorage.SeedCheckInsAsync(azurite, _host.Tables, TrustUser.Bob);
        var oldLink = DownloadUrl(await SendForCardAsync(TrustUser.Ada.Message("export my data")));
        Assert.True(TrustStorage.Mentions(await TrustStorage.AllRowsAsync(azurite, _host.Tables), TrustUser.Ada));

        var confirm = await SendForCardAsync(TrustUser.Ada.Message("حذف اطلاعات من", locale: "fa-IR"));
        var done = await SendAsync(TrustUser.Ada.Message("بله", locale: "fa-IR"));

        Assert.True((bool?)confirm["rtl"]);
        Assert.Equal(Texts.Get(Language.Persian, PrivacyText.DeleteDone), Assert.Single(done).Text);
        var rows = await TrustStorage.AllRowsAsync(azurite, _host.Tables);
        Assert.False(TrustStorage.Mentions(rows, TrustUser.Ada), string.Join(Environment.NewLine, rows));
        Assert.True(TrustStorage.Mentions(rows, TrustUser.Bob));
        Assert.Contains(rows, row => row.StartsWith(_host.Tables.Schedule + "/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.GetAsync(new Uri(oldLink.AbsolutePath, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task DeleteMyData_ConfirmButtonClickedTwice_SecondClickStoresNothing()
    {
        await StartPlanAsync(TrustUser.Ada, "We bake birthday cakes");
        var confirm = await SendForCardAsync(TrustUser.Ada.Message("delete my data"));
        var data = ActionData(confirm, DeleteConfirmCard.ConfirmStep);

        var first = await SendAsync(TrustUser.Ada.Submit(data.DeepClone().AsObject()));
        var second = await SendAsync(TrustUser.Ada.Submit(data.DeepClone().AsObject()));

        Assert.Equal(Texts.Get(Language.English, PrivacyText.DeleteDone), Assert.Single(first).Text);
        Assert.Equal(Texts.Get(Language.English, PrivacyText.DeleteNothingPending), Assert.Single(second).Text);
        Assert.False(TrustStorage.Mentions(await TrustStorage.AllRowsAsync(azurite, _host.Tables), TrustUser.Ada));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("cancel button")]
    [InlineData("another message")]
    public async Task DeleteMyData_NotConfirmed_KeepsThePlan(string answer)
    {
        await StartPlanAsync(TrustUser.Ada, "We bake birthday cakes");
        var confirm = await SendForCardAsync(TrustUser.Ada.Message("delete my data"));

        await SendAsync(answer == "cancel button"
            ? TrustUser.Ada.Submit(ActionData(confirm, DeleteConfirmCard.CancelStep))
            : TrustUser.Ada.Message(answer));
        var afterwards = await SendAsync(TrustUser.Ada.Message("yes"));

        Assert.DoesNotContain(afterwards, a => a.Text == Texts.Get(Language.English, PrivacyText.DeleteDone));
        Assert.Contains("We bake birthday cakes", await PlanJsonAsync(TrustUser.Ada), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_YesAfterTheConfirmationExpired_DeletesNothing()
    {
        await StartPlanAsync(TrustUser.Ada, "We bake birthday cakes");
        await SendForCardAsync(TrustUser.Ada.Message("delete my data"));
        _host.Time.Advance(TimeSpan.FromMinutes(11));

        var replies = await SendAsync(TrustUser.Ada.Message("yes"));

        Assert.Equal(Texts.Get(Language.English, PrivacyText.DeleteExpired), Assert.Single(replies).Text);
        Assert.Contains("We bake birthday cakes", await PlanJsonAsync(TrustUser.Ada), StringComparison.Ordinal);
    }

    private Task StartPlanAsync(TrustUser user, string business, string locale = "en-US") => _host.StartPlanAsync(user, business, locale);

    private Task<string> PlanJsonAsync(TrustUser user) => _host.PlanJsonAsync(user);

    private Task<IReadOnlyList<Activity>> SendAsync(Activity activity) => _host.SendAsync(activity);

    private async Task<JsonObject> SendForCardAsync(Activity activity)
    {
        var reply = Assert.Single(await SendAsync(activity));
        return Assert.Single(reply.Attachments!).Content!.AsObject();
    }

    private static Uri DownloadUrl(JsonObject card) =>
        new((string)card["actions"]!.AsArray().Single(a => (string?)a!["type"] == "Action.OpenUrl")!["url"]!);

    private async Task<JsonObject> DownloadAsync(JsonObject card)
    {
        var response = await _host.Client.GetAsync(new Uri(DownloadUrl(card).AbsolutePath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static JsonObject ActionData(JsonObject card, string step) =>
        card["actions"]!.AsArray().Select(a => a!["data"]).OfType<JsonObject>().Single(d => (string?)d[PrivacyCommands.StepField] == step).DeepClone().AsObject();
}
