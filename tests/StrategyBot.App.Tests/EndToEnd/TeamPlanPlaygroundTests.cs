using System.Text.Json.Nodes;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// A team plan through the real bot process on Azurite and the real Playground, in a group chat and in a team channel:
/// the current user starts it, adds Colleague 1 as an editor by @mention, both answer different steps, and the one
/// summary card is replaced in place (PUT) rather than posted again. The roster is the Playground's pagedmembers.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class TeamPlanPlaygroundTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private const string ChannelId = "channel-announcements-id";
    private const string ColleagueId = "user-id-1";
    private const string ColleagueName = "Colleague 1";

    // As PlaygroundConfigFile writes the first colleague.
    private static readonly PlaygroundUser _colleague = new(ColleagueId, ColleagueName, "00000000-0000-0000-0000-000000000021");

    // Generous: the first turns of a bot process compile the team path on a loaded machine (see PlaygroundConversationTests).
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task GroupChat_TwoMembersAnswerDifferentSteps_SummaryCardUpdatedInPlace()
    {
        await using var session = await fixture.StartPlaygroundAsync();
        var client = session.Client;
        var chat = "group-" + client.Config.PersonalChatId;

        await RunScriptAsync(client, chat, started: false);

        await AssertOneCardUpdatedInPlaceAsync(client);
    }

    [Fact]
    public async Task TeamChannel_TwoMembersAnswerInThePlansThread_SummaryCardUpdatedInPlace()
    {
        await using var session = await fixture.StartPlaygroundAsync();
        var client = session.Client;

        // A new post in the channel starts the plan; everyone then answers in that post's thread.
        var (_, thread) = await client.SendMentionAsync(ChannelId, client.Config.UserId, "start a team plan");
        Assert.False(string.IsNullOrEmpty(thread), "The Playground gave the new channel post no thread id.");
        await client.WaitForMessageAsync(m => m.AdaptiveCards.Count > 0, _timeout);

        await RunScriptAsync(client, thread!, started: true);

        await AssertOneCardUpdatedInPlaceAsync(client);
    }

    private static async Task RunScriptAsync(PlaygroundClient client, string conversation, bool started)
    {
        var me = client.Config.UserId;
        if (!started)
        {
            await client.SendMentionAsync(conversation, me, "start a team plan");
            await client.WaitForMessageAsync(m => m.AdaptiveCards.Count > 0, _timeout);
        }

        await SayAsync(client, conversation, me, $"add editor <at>{ColleagueName}</at>", [(ColleagueId, ColleagueName)]);
        await SayAsync(client, conversation, me, "fill situation");
        await SayAsColleagueAsync(client, conversation, "fill tactics");
        await SayAsync(client, conversation, me, "We sell handmade soap online");
        await SayAsColleagueAsync(client, conversation, "Instagram reels twice a week");
    }

    private static async Task SayAsync(
        PlaygroundClient client, string conversation, string from, string text, IReadOnlyList<(string, string)>? mentions = null)
    {
        await client.SendMentionAsync(conversation, from, text, mentions);
        await client.WaitForIdleAsync(_timeout);
    }

    private static async Task SayAsColleagueAsync(PlaygroundClient client, string conversation, string text)
    {
        await client.SendMentionAsAsync(conversation, _colleague, text);
        await client.WaitForIdleAsync(_timeout);
    }

    private static async Task AssertOneCardUpdatedInPlaceAsync(PlaygroundClient client)
    {
        var messages = await client.WaitForIdleAsync(_timeout);
        var posted = messages.Where(m => !m.IsUpdate && m.AdaptiveCards.Count > 0).ToList();
        var card = Assert.Single(posted);
        var update = await client.WaitForMessageAsync(
            m => m.IsUpdate && m.MessageId == card.MessageId && m.AllText().Contains("Instagram reels twice a week", StringComparison.Ordinal),
            _timeout);
        var text = update.AllText();
        Assert.Contains("We sell handmade soap online", text, StringComparison.Ordinal);
        Assert.Contains(ColleagueName, text, StringComparison.Ordinal);
        Assert.True(
            messages.Any(m => m.Text?.StartsWith($"{ColleagueName}, Tactics (1 of 2)", StringComparison.Ordinal) == true),
            string.Join("\n", messages.Select(m => m.Text)));
        var validation = SchemaValidator.ValidateAdaptiveCard(update.AdaptiveCards.Single());
        Assert.True(validation.IsValid, validation.ToString());
    }
}
