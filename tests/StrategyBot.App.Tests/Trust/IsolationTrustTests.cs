using System.Net;
using System.Text.Json.Nodes;
using StrategyBot.App.Localization;
using StrategyBot.App.Privacy;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// Tenant and user isolation end to end: the real endpoint with signed channel tokens, the whole app, Azurite.
/// Ada (tenant T1) sends card payloads that name Bob (T1) or her namesake in T2 in every way a payload can; the
/// pipeline keys everything from the authenticated activity, so the others' rows stay byte for byte (ETags too).
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Trust")]
public sealed class IsolationTrustTests(AzuriteFixture azurite, OpenIdMetadataServer metadata) : IClassFixture<OpenIdMetadataServer>, IAsyncLifetime
{
    private static readonly TrustUser Ada = TrustUser.Ada;
    private static readonly TrustUser Bob = TrustUser.Bob;
    private static readonly TrustUser Other = TrustUser.AdaInOtherTenant;

    private TrustHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = TrustHost.Start(azurite.ConnectionString, metadata.MetadataUrl);
        await _host.StartPlanAsync(Bob, "Bob sells bicycles");
        await _host.StartPlanAsync(Other, "Tenant two sells tea");
        await TrustStorage.SeedCheckInsAsync(azurite, _host.Tables, Bob);
        await TrustStorage.SeedCheckInsAsync(azurite, _host.Tables, Other);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> CraftedSubmits() => new()
    {
        """{"action":"showPlan","userId":"{{bob}}","aadObjectId":"{{bob}}","tenantId":"{{t1}}","planId":"plan"}""",
        """{"action":"edit","step":"situation","scope":"{{bobScope}}","from":{"id":"29:1bob","aadObjectId":"{{bob}}"}}""",
        """{"action":"answer","promptId":"situation.business.0","answer":"HACKED BY ADA","scope":"{{bobScope}}","conversation":{"tenantId":"{{t2}}"}}""",
        """{"action":"start","tenantId":"{{t2}}","userId":"{{other}}"}""",
        """{"action":"privacy","privacy":"export","scope":"{{bobScope}}","userId":"{{bob}}"}""",
        """{"action":"privacy","privacy":"confirmDelete","scope":"{{bobScope}}","tenantId":"{{t1}}","userId":"{{bob}}"}""",
        """{"action":"privacy","privacy":"confirmDelete","scope":"{{otherScope}}","tenantId":"{{t2}}"}""",
        """{"verb":"kpiCheckIn","action":"checkIn","planId":"plan","scope":"{{bobScope}}","reach":"999999","week":"2027-W09"}""",
    };

    [Theory]
    [MemberData(nameof(CraftedSubmits))]
    public async Task CraftedSubmit_NamingAnotherUserOrTenant_LeavesTheirDataUntouchedAndShowsNone(string template)
    {
        var bobBefore = await _host.SnapshotAsync(Bob);
        var otherBefore = await _host.SnapshotAsync(Other);
        var rowsBefore = await OthersRowsAsync();
        await _host.SendAsync(Ada.Message("delete my data"));

        var replies = new List<Activity>(await _host.SendAsync(Ada.Submit(Fill(template))));
        replies.AddRange(await _host.SendAsync(Ada.Message("yes")));

        Assert.Equal(bobBefore, await _host.SnapshotAsync(Bob));
        Assert.Equal(otherBefore, await _host.SnapshotAsync(Other));
        Assert.Equal(rowsBefore, await OthersRowsAsync());
        var said = TrustConversation.Said(replies);
        Assert.DoesNotContain("bicycles", said, StringComparison.Ordinal);
        Assert.DoesNotContain("tea", said, StringComparison.Ordinal);
        Assert.DoesNotContain("HACKED", await _host.PlanJsonAsync(Bob), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CraftedExecute_ShowPlanNamingAnotherUsersPlan_AnswersWithTheSendersOwnPlan()
    {
        await _host.StartPlanAsync(Ada, "Ada bakes cakes");
        var data = Fill("""{"userId":"{{bob}}","tenantId":"{{t2}}","planId":"plan","scope":"{{bobScope}}"}""");

        var response = await _host.PostAsync(Ada.Execute("showPlan", data));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var said = CardStrings.Joined(body);
        Assert.Contains("Ada bakes cakes", said, StringComparison.Ordinal);
        Assert.DoesNotContain("bicycles", said, StringComparison.Ordinal);
        Assert.DoesNotContain("tea", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAndDelete_ByAda_ReachOnlyAdasRowsInEveryTable()
    {
        await _host.StartPlanAsync(Ada, "Ada bakes cakes");
        await TrustStorage.SeedCheckInsAsync(azurite, _host.Tables, Ada);
        var rowsBefore = await OthersRowsAsync();

        var export = Assert.Single(await _host.SendAsync(Ada.Message("export my data")));
        await _host.SendAsync(Ada.Message("delete my data"));
        await _host.SendAsync(Ada.Message("yes"));

        var all = await TrustStorage.AllRowsAsync(azurite, _host.Tables);
        Assert.False(TrustStorage.Mentions(all, Ada));
        Assert.Equal(rowsBefore, await OthersRowsAsync());
        var card = CardStrings.Joined(Assert.Single(export.Attachments!).Content);
        Assert.Contains(Texts.Get(Language.English, PrivacyText.ItemCheckInHistory), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedTokenNamingBob_Refused401AndBobUntouched()
    {
        var bobBefore = await _host.SnapshotAsync(Bob);
        var activity = Bob.Message("delete my data");

        var forged = await _host.PostRawAsync(Activities.ToJson(activity), TestTokens.CreateChannelToken(key: TestTokens.ImpostorKey));
        var unsigned = await _host.PostRawAsync(Activities.ToJson(activity), TestTokens.CreateUnsignedToken());
        var none = await _host.PostRawAsync(Activities.ToJson(activity));

        Assert.All(new[] { forged, unsigned, none }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(bobBefore, await _host.SnapshotAsync(Bob));
    }

    public static TheoryData<string, string> HostileIds() => new()
    {
        // Each tries to land in Ada's partition or break the key or query grammar.
        { TrustUser.Ada.TenantId + "|u|" + TrustUser.Ada.AadObjectId, "x" },
        { TrustUser.Ada.TenantId, TrustUser.Ada.AadObjectId + "|u|x" },
        { TrustUser.Ada.TenantId + "%007C", TrustUser.Ada.AadObjectId },
        { "t1/../" + TrustUser.Ada.TenantId, "a\\b#c?d" },
        { TrustUser.Ada.TenantId + "' or PartitionKey ne '", TrustUser.Ada.AadObjectId },
        { "tenant\u0001\u007f\u0085", "user\u200b\u202e" },
        { "ТЕНАНТ", "Ünïcødé-ÜSER" },
    };

    [Theory]
    [MemberData(nameof(HostileIds))]
    public async Task HostileTenantAndUserIds_KeptApartFromAdaAndFromEachOther(string tenantId, string aadObjectId)
    {
        await _host.StartPlanAsync(Ada, "Ada bakes cakes");
        var adaBefore = await _host.SnapshotAsync(Ada);
        var mallory = new TrustUser(tenantId, "29:1mallory", aadObjectId, "a:1mallory-chat");

        await _host.StartPlanAsync(mallory, "Mallory was here");
        var export = CardStrings.Joined(Assert.Single(await _host.SendAsync(mallory.Message("export my data"))).Attachments![0].Content);
        await _host.SendAsync(mallory.Message("delete my data"));
        var done = await _host.SendAsync(mallory.Message("yes"));

        Assert.Equal(Texts.Get(Language.English, PrivacyText.DeleteDone), Assert.Single(done).Text);
        Assert.Equal(adaBefore, await _host.SnapshotAsync(Ada));
        Assert.DoesNotContain("Ada bakes", export, StringComparison.Ordinal);
        Assert.Empty((await _host.StateAsync(mallory)).Documents);
    }

    [Fact]
    public async Task IdsThatJoinToTheSameTextWithoutEscaping_KeptInSeparateScopes()
    {
        // Unescaped, both would be the scope "t9|u|a|u|b".
        var first = new TrustUser("t9|u|a", "29:1first", "b", "a:1first-chat");
        var second = new TrustUser("t9", "29:1second", "a|u|b", "a:1second-chat");

        await _host.StartPlanAsync(first, "First sells flowers");
        await _host.StartPlanAsync(second, "Second sells shoes");

        Assert.NotEqual(first.Scope, second.Scope);
        Assert.DoesNotContain("shoes", await _host.PlanJsonAsync(first), StringComparison.Ordinal);
        Assert.DoesNotContain("flowers", await _host.PlanJsonAsync(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdsTooLongForATableKey_Refused400AndNothingStored()
    {
        var giant = new TrustUser(Ada.TenantId, "29:" + new string('g', 3_000), new string('a', 3_000), "a:1giant-chat");
        var rowsBefore = await TrustStorage.AllRowsAsync(azurite, _host.Tables);
        var repliesBefore = _host.Connector.Requests.Count;

        var response = await _host.PostAsync(giant.Message("hi"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(repliesBefore, _host.Connector.Requests.Count);
        Assert.False(_host.Logged(104), "the turn failed instead of being refused");
        Assert.Equal(rowsBefore.Order(StringComparer.Ordinal), (await TrustStorage.AllRowsAsync(azurite, _host.Tables)).Order(StringComparer.Ordinal));
    }

    private async Task<IReadOnlyList<string>> OthersRowsAsync() =>
        [.. (await TrustStorage.AllRowsAsync(azurite, _host.Tables)).Where(row => !TrustStorage.Mentions([row], Ada)).Order(StringComparer.Ordinal)];

    private static JsonObject Fill(string template) => JsonNode.Parse(template
        .Replace("{{bob}}", Bob.AadObjectId, StringComparison.Ordinal)
        .Replace("{{other}}", Other.AadObjectId, StringComparison.Ordinal)
        .Replace("{{t1}}", Bob.TenantId, StringComparison.Ordinal)
        .Replace("{{t2}}", Other.TenantId, StringComparison.Ordinal)
        .Replace("{{bobScope}}", Bob.Scope.Key, StringComparison.Ordinal)
        .Replace("{{otherScope}}", Other.Scope.Key, StringComparison.Ordinal))!.AsObject();
}
