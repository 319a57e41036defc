using System.Text;
using System.Text.Json;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class ConversationReferenceTests
{
    [Fact]
    public void FromActivity_TeamsInstall_KeepsAddressingOnly()
    {
        ProtocolJson.TryReadActivity(Encoding.UTF8.GetBytes(TeamsSamples.CardSubmit), out var activity, out _);

        var reference = ConversationReference.FromActivity(activity!);

        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("a:1personal", reference.Conversation!.Id);
        Assert.Equal("b7a1c2d3-0000-4000-8000-000000000001", reference.TenantId);
        Assert.Equal(reference.TenantId, reference.Conversation.TenantId);
        Assert.Equal("29:1abcUser", reference.User!.Id);
        Assert.Equal("0a1b2c3d-0000-4000-8000-0000000000aa", reference.User.AadObjectId);
        Assert.Equal("28:6f1f8f0e-2b5c-4d3a-9a7e-3c2d1b0a9f8e", reference.Bot!.Id);
        Assert.Equal("f:5555", reference.ActivityId);
        Assert.Equal("fa-IR", reference.Locale);
        Assert.Null(reference.Conversation.ExtensionData);
    }

    [Fact]
    public void FromActivity_SerializedAndRead_RoundTrips()
    {
        ProtocolJson.TryReadActivity(Encoding.UTF8.GetBytes(TeamsSamples.MembersAdded), out var activity, out _);
        var reference = ConversationReference.FromActivity(activity!);

        var json = JsonSerializer.Serialize(reference, ProtocolJsonContext.Default.ConversationReference);
        var read = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.ConversationReference)!;

        Assert.Equal(reference.ServiceUrl, read.ServiceUrl);
        Assert.Equal(reference.Conversation!.Id, read.Conversation!.Id);
        Assert.Equal(reference.TenantId, read.TenantId);
        Assert.Equal(reference.User!.Id, read.User!.Id);
        Assert.Equal(reference.Bot!.Id, read.Bot!.Id);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyTo_ProactiveMessage_AddressesFromBotToUser()
    {
        var reference = new ConversationReference
        {
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = "a:1" },
            User = new ChannelAccount { Id = "29:user" },
            Bot = new ChannelAccount { Id = "28:bot" },
            Locale = "fa-IR",
        };

        var activity = reference.ApplyTo(new Activity { Text = "Time for your weekly check-in" });

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("a:1", activity.Conversation!.Id);
        Assert.Equal("28:bot", activity.From!.Id);
        Assert.Equal("29:user", activity.Recipient!.Id);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("fa-IR", activity.Locale);
    }
}
