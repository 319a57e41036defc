using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using StrategyBot.App.Conversation;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// kill -9 in the middle of an interview, with the bot as a real process on Azurite: after a restart the user
/// carries on where they were, no answer is lost, and a redelivery of a turn that was saved is not run twice.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Trust")]
public sealed class KillTrustTests(AzuriteFixture azurite) : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _stateTable = AzuriteFixture.NewTableName("killstate");
    private LoopbackConnector _connector = null!;
    private BotProcess _bot = null!;
    private HttpClient _http = null!;
    private TrustUser _user = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _user = TrustUser.Ada with { ServiceUrl = _connector.ServiceUrl };
        _bot = new BotProcess(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Storage__StateTable"] = _stateTable,
            ["Storage__CheckInsTable"] = AzuriteFixture.NewTableName("killcheckins"),
            ["Storage__ScheduleTable"] = AzuriteFixture.NewTableName("killschedule"),
        });
        await _bot.StartAsync();
        _http = new HttpClient { BaseAddress = _bot.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task KilledBetweenAnswers_RestartedBotAsksTheNextQuestionAndKeepsEveryAnswer()
    {
        await PostAsync(_user.Message("hi"));
        await PostAsync(_user.Message("We bake birthday cakes"));

        _bot.Kill();
        await _bot.StartAsync();
        var repliesBefore = _connector.Replies.Count;
        await PostAsync(_user.Message("Birthday cakes"));

        // The 200 comes after the save, so the state is read at once; the reply may still be on its way (a cold
        // process on a loaded machine sends it in the background after Bot:TurnAckTimeout), so it is waited for.
        var plan = TurnState.Of(await LoadAsync()).Plan;
        await _connector.WaitForRepliesAsync(repliesBefore + 1).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal("We bake birthday cakes", plan.Situation.BusinessDescription);
        Assert.Equal("Birthday cakes", plan.Situation.ProductsAndServices);
    }

    [Fact]
    public async Task KilledWhileTheReplyIsInFlight_RedeliveryIsNotRunTwiceAndTheUserCarriesOn()
    {
        await PostAsync(_user.Message("hi"));

        // A cold process on a loaded machine may still be sending the first question after the 200: held, that reply
        // would be taken for the answer's, and the bot killed before the answer even ran.
        await _connector.WaitForRepliesAsync(1).WaitAsync(TimeSpan.FromMinutes(2));
        var answer = _user.Message("We bake birthday cakes");
        var held = _connector.Hold();

        var inFlight = _http.PostAsync(new Uri("api/messages", UriKind.Relative), Json(answer));
        await held;
        _bot.Kill();
        await Assert.ThrowsAnyAsync<Exception>(() => inFlight);
        _connector.Release();
        await _bot.StartAsync();
        var repliesBefore = _connector.Replies.Count;
        await PostAsync(answer);
        var afterRedelivery = _connector.Replies.Count;
        await PostAsync(_user.Message("Birthday cakes"));

        Assert.Equal(repliesBefore, afterRedelivery);
        var plan = TurnState.Of(await LoadAsync()).Plan;
        Assert.Equal("We bake birthday cakes", plan.Situation.BusinessDescription);
        Assert.Equal("Birthday cakes", plan.Situation.ProductsAndServices);
    }

    private async Task PostAsync(Activity activity)
    {
        using var response = await _http.PostAsync(new Uri("api/messages", UriKind.Relative), Json(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static ByteArrayContent Json(Activity activity)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Activities.ToJson(activity)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private Task<StateSet> LoadAsync()
    {
        var store = new TableStateStore(new TableClient(azurite.ConnectionString, _stateTable), Storage.StorageTestKit.NewMetrics(), NullLogger<TableStateStore>.Instance);
        return store.LoadAsync(_user.Scope, CancellationToken.None);
    }
}
