using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.App.Privacy;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// A user whose stored plan was changed under the bot (bytes written straight into their state row, as a hand edit in
/// Storage Explorer would) talks to the whole app over Azurite: they are told once, carry on, can export the exact
/// bytes, and "delete my data" takes the kept copy with everything else.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Trust")]
public sealed class UnreadableStateTrustTests(AzuriteFixture azurite, OpenIdMetadataServer metadata) : IClassFixture<OpenIdMetadataServer>, IAsyncLifetime
{
    private const string KeptPlan = "plan" + UnreadableDocuments.Suffix;

    private TrustHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TrustHost.Start(azurite.ConnectionString, metadata.MetadataUrl);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(UnreadableSamples.Kinds), MemberType = typeof(UnreadableSamples))]
    public async Task UnreadablePlan_UserCarriesOn_ToldOnceThenExportedExactlyAndErased(string kind)
    {
        var original = UnreadableSamples.Plan(kind);
        await _host.StartPlanAsync(TrustUser.Ada, "We bake birthday cakes");
        await WritePlanBytesAsync(TrustUser.Ada, original);

        var told = await _host.SendAsync(TrustUser.Ada.Message("Birthday and wedding cakes"));
        var next = await _host.SendAsync(TrustUser.Ada.Message("Families who want a cake that looks like the party"));
        var card = Assert.Single(Assert.Single(await _host.SendAsync(TrustUser.Ada.Message("export my data"))).Attachments!).Content!.AsObject();
        var export = await DownloadAsync(card);
        await _host.SendAsync(TrustUser.Ada.Message("delete my data"));
        await _host.SendAsync(TrustUser.Ada.Message("yes"));

        Assert.Equal(Texts.Get(Language.English, TextKey.UnreadablePlanKept), told[0].Text);
        Assert.True(told.Count > 1, TrustConversation.Said(told));
        Assert.DoesNotContain(Texts.Get(Language.English, TextKey.GenericError), TrustConversation.Said([.. told, .. next]), StringComparison.Ordinal);
        Assert.DoesNotContain(next, a => a.Text == Texts.Get(Language.English, TextKey.UnreadablePlanKept));
        Assert.Contains(Texts.Get(Language.English, PrivacyText.ItemUnreadableCopy), CardStrings.Joined(card), StringComparison.Ordinal);
        var kept = export["state"]![KeptPlan]!.Deserialize(AppJsonContext.Default.UnreadableCopy)!;
        Assert.Equal(original, UnreadableDocuments.Original(kept));
        Assert.Contains("Birthday and wedding cakes", export["state"]!["plan"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.False(TrustStorage.Mentions(await TrustStorage.AllRowsAsync(azurite, _host.Tables), TrustUser.Ada));
    }

    [Fact]
    public async Task UnreadablePlan_PersianUser_ToldInPersianAndTheWarningHoldsNoContent()
    {
        await _host.StartPlanAsync(TrustUser.Ada, "کیک تولد می‌پزیم", "fa-IR");
        await WritePlanBytesAsync(TrustUser.Ada, UnreadableSamples.Plan(UnreadableSamples.WrongType));

        var told = await _host.SendAsync(TrustUser.Ada.Message("کیک تولد و عروسی", "fa-IR"));

        Assert.Equal(Texts.Get(Language.Persian, TextKey.UnreadablePlanKept), told[0].Text);
        var warning = Assert.Single(_host.Logs.GetSnapshot(), r => r.Id.Id == 7000);
        Assert.Contains("\"plan\"", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("نانوایی", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Sara", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadablePlan_ExportAskedFirst_ExportsTheExactBytesInsteadOfFailing()
    {
        var original = UnreadableSamples.Plan(UnreadableSamples.InvalidUtf8);
        await _host.StartPlanAsync(TrustUser.Ada, "We bake birthday cakes");
        await WritePlanBytesAsync(TrustUser.Ada, original);

        var reply = Assert.Single(await _host.SendAsync(TrustUser.Ada.Message("export my data")));
        var export = await DownloadAsync(Assert.Single(reply.Attachments!).Content!.AsObject());

        var described = export["state"]!["plan"]!.Deserialize(AppJsonContext.Default.UnreadableCopy)!;
        Assert.Equal(UnreadableCopy.Base64Encoding, described.Encoding);
        Assert.Equal(original, UnreadableDocuments.Original(described));
    }

    [Fact]
    public async Task UnreadablePlan_CorruptedTwice_TableRowKeepsOnlyTheLatestCopy()
    {
        var latest = UnreadableSamples.Plan(UnreadableSamples.Array);
        await _host.StartPlanAsync(TrustUser.Ada, "We bake birthday cakes");
        await WritePlanBytesAsync(TrustUser.Ada, UnreadableSamples.Plan(UnreadableSamples.NotJson));
        await _host.SendAsync(TrustUser.Ada.Message("Birthday and wedding cakes"));
        await WritePlanBytesAsync(TrustUser.Ada, latest);

        var told = await _host.SendAsync(TrustUser.Ada.Message("Families"));

        Assert.Equal(Texts.Get(Language.English, TextKey.UnreadablePlanKept), told[0].Text);
        var state = await _host.StateAsync(TrustUser.Ada);
        Assert.Single(state.Documents, d => d.Name.EndsWith(UnreadableDocuments.Suffix, StringComparison.Ordinal));
        Assert.True(UnreadableDocuments.TryRead(state, TurnState.PlanDocument, out var copy));
        Assert.Equal(latest, UnreadableDocuments.Original(copy));
    }

    [Fact]
    public async Task UnreadableCheckIns_UserTold_StaysPausedThenExportedExactlyAndErased()
    {
        var original = UnreadableSamples.CheckIns;
        await _host.StartPlanAsync(TrustUser.Ada, "We bake birthday cakes");
        await WriteBytesAsync(TrustUser.Ada, CheckInDocuments.Name, original);

        var told = await _host.SendAsync(TrustUser.Ada.Message("Birthday and wedding cakes"));
        var next = await _host.SendAsync(TrustUser.Ada.Message("Families who want a cake that looks like the party"));
        var card = Assert.Single(Assert.Single(await _host.SendAsync(TrustUser.Ada.Message("export my data"))).Attachments!).Content!.AsObject();
        var export = await DownloadAsync(card);
        await _host.SendAsync(TrustUser.Ada.Message("delete my data"));
        await _host.SendAsync(TrustUser.Ada.Message("yes"));

        Assert.Equal(Texts.Get(Language.English, TextKey.UnreadableCheckInsKept), told[0].Text);
        Assert.DoesNotContain(next, a => a.Text == Texts.Get(Language.English, TextKey.UnreadableCheckInsKept));
        Assert.Single(_host.Logs.GetSnapshot(), r => r.Id.Id == 7000 && r.Message.Contains("\"checkins\"", StringComparison.Ordinal));
        var kept = export["state"]![CheckInDocuments.Name + UnreadableDocuments.Suffix]!.Deserialize(AppJsonContext.Default.UnreadableCopy)!;
        Assert.Equal(UnreadableCopy.Base64Encoding, kept.Encoding);
        Assert.Equal(original, UnreadableDocuments.Original(kept));

        // This plan has no KPIs yet, so no schedule wrote a new document: the kept copy stands for it, read as paused.
        Assert.Null(export["state"]![CheckInDocuments.Name]);
        Assert.False(TrustStorage.Mentions(await TrustStorage.AllRowsAsync(azurite, _host.Tables), TrustUser.Ada));
    }

    private Task WritePlanBytesAsync(TrustUser user, byte[] utf8) => WriteBytesAsync(user, TurnState.PlanDocument, utf8);

    // Straight into the state row, past the store: a Merge of the document's chunk, as Storage Explorer would save it.
    private async Task WriteBytesAsync(TrustUser user, string name, byte[] utf8)
    {
        var table = azurite.CreateServiceClient().GetTableClient(_host.Tables.State);
        var entity = StateEntity.ToEntity(TableKeys.Partition(user.Scope), [KeyValuePair.Create(name, StoredDocument.Binary(utf8))]);
        await table.UpdateEntityAsync(entity, Azure.ETag.All, Azure.Data.Tables.TableUpdateMode.Merge);
    }

    private async Task<JsonObject> DownloadAsync(JsonObject card)
    {
        var url = new Uri((string)card["actions"]!.AsArray().Single(a => (string?)a!["type"] == "Action.OpenUrl")!["url"]!);
        var response = await _host.Client.GetAsync(new Uri(url.AbsolutePath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
