using System.Net;
using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// Activities no real channel sends, signed and posted to the real endpoint over Azurite: null or malformed members,
/// and ids far longer than Teams' own. Each gets a clear status and never a failed turn or a touched user state.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Trust")]
public sealed class MalformedActivityTrustTests(AzuriteFixture azurite, OpenIdMetadataServer metadata) : IClassFixture<OpenIdMetadataServer>, IAsyncLifetime
{
    private const int StorageFailedEvent = 103;
    private const int TurnFailedEvent = 104;
    private static readonly TrustUser Ada = TrustUser.Ada;
    private TrustHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TrustHost.Start(azurite.ConnectionString, metadata.MetadataUrl);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task MembersAddedWithANullMember_TheBotIsStillWelcomedAndNoTurnFails()
    {
        var body = MembersUpdate("membersAdded", $$"""[null, {"id":"{{Activities.BotId}}"}, null]""");

        var response = await PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_host.RepliesFrom(0));
        Assert.NotNull(TurnState.Of(await _host.StateAsync(Ada)).Profile.WelcomedAt);
        AssertNoTurnFailed();
    }

    [Theory]
    [InlineData("membersAdded", "[null]")]
    [InlineData("membersRemoved", "[null]")]
    [InlineData("membersAdded", "[{}]")]
    [InlineData("membersRemoved", """[{"name":"no id"}, null]""")]
    [InlineData("membersAdded", "[]")]
    public async Task MembersThatNameNobody_AcknowledgedAndNoTurnFails(string field, string members)
    {
        var response = await PostSignedAsync(MembersUpdate(field, members));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.RepliesFrom(0));
        AssertNoTurnFailed();
    }

    [Theory]
    [InlineData("membersAdded", "[1]")]
    [InlineData("membersAdded", """[{"id":{"nested":true}}]""")]
    [InlineData("membersRemoved", "\"29:1ada\"")]
    [InlineData("membersRemoved", """{"id":"29:1ada"}""")]
    public async Task MembersOfTheWrongJsonKind_Refused400(string field, string members)
    {
        var response = await PostSignedAsync(MembersUpdate(field, members));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _host.SnapshotAsync(Ada));
    }

    [Fact]
    public async Task ActivityIdOf62000Emoji_Refused400BeforeAnyStorageWork()
    {
        var message = Ada.Message("hi");
        message.Id = "ID-PLACEHOLDER";
        var body = Activities.ToJson(message).Replace("ID-PLACEHOLDER", string.Concat(Enumerable.Repeat("😀", 62_000)), StringComparison.Ordinal);

        var response = await PostSignedAsync(body);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(body) < 256 * 1024);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.RepliesFrom(0));
        Assert.Empty(await _host.SnapshotAsync(Ada));
        AssertNoTurnFailed();
    }

    public static TheoryData<string, int> OverLongIds() => new()
    {
        { "id", 257 },
        { "replyToId", 257 },
        { "conversation.id", 513 },
        { "conversation.tenantId", 257 },
        { "from.id", 257 },
        { "from.aadObjectId", 257 },
        { "recipient.id", 257 },
    };

    [Theory]
    [MemberData(nameof(OverLongIds))]
    public async Task IdOverItsLimit_Refused400AndNothingStored(string field, int length)
    {
        var message = WithId(Ada.Message("hi"), field, new string('7', length));

        var response = await PostSignedAsync(Activities.ToJson(message));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.RepliesFrom(0));
        Assert.Empty(await _host.SnapshotAsync(Ada));
    }

    [Fact]
    public async Task IdsAtTheirLimits_Answered()
    {
        var message = WithId(WithId(Ada.Message("hi"), "id", new string('7', 256)), "replyToId", new string('8', 256));

        var replies = await _host.SendAsync(message);

        Assert.NotEmpty(replies);
        Assert.NotEmpty(await _host.SnapshotAsync(Ada));
    }

    private static Activity WithId(Activity activity, string field, string value)
    {
        switch (field)
        {
            case "id": activity.Id = value; break;
            case "replyToId": activity.ReplyToId = value; break;
            case "conversation.id": activity.Conversation!.Id = value; break;
            case "conversation.tenantId": activity.Conversation!.TenantId = value; break;
            case "from.id": activity.From!.Id = value; break;
            case "from.aadObjectId": activity.From!.AadObjectId = value; break;
            case "recipient.id": activity.Recipient!.Id = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }

        return activity;
    }

    private static string MembersUpdate(string field, string members)
    {
        var update = JsonNode.Parse(Activities.ToJson(Ada.Address(Activities.OfType(ActivityTypes.ConversationUpdate), "en-US")))!.AsObject();
        update[field] = JsonNode.Parse(members);
        return update.ToJsonString();
    }

    private Task<HttpResponseMessage> PostSignedAsync(string body) =>
        _host.PostRawAsync(body, TestTokens.CreateChannelToken(Ada.ServiceUrl));

    private void AssertNoTurnFailed()
    {
        var events = _host.Logs.GetSnapshot().Select(r => r.Id.Id).ToList();
        Assert.DoesNotContain(TurnFailedEvent, events);
        Assert.DoesNotContain(StorageFailedEvent, events);
    }
}
