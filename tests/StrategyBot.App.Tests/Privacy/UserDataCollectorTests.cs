using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.Conversation;
using StrategyBot.App.Privacy;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Privacy;

public sealed class UserDataCollectorTests
{
    [Fact]
    public async Task CollectAsync_DocumentThatIsNotJson_ExportsItsExactBytesAndTheRestAsStored()
    {
        var broken = Encoding.UTF8.GetBytes("{\"stack\": [ torn write");
        var state = new StateSet(TestScopes.Default,
        [
            StateDocument.FromUtf8("dialogs", broken, "W/\"1\""),
            StateDocument.FromUtf8(TurnState.ProfileDocument, Encoding.UTF8.GetBytes("{\"lastLocale\":\"fa-IR\"}"), "W/\"1\""),
        ]);
        var collector = new UserDataCollector([], new FakeTimeProvider());

        var data = await collector.CollectAsync(state, CancellationToken.None);

        var dialogs = data.Documents.Single(d => d.Key == "dialogs").Value.Deserialize(AppJsonContext.Default.UnreadableCopy)!;
        Assert.Equal(broken, UnreadableDocuments.Original(dialogs));
        Assert.StartsWith("Json", dialogs.Error, StringComparison.Ordinal);
        Assert.False(dialogs.NoticePending);
        Assert.Equal("fa-IR", (string?)data.Documents.Single(d => d.Key == TurnState.ProfileDocument).Value["lastLocale"]);
    }
}
