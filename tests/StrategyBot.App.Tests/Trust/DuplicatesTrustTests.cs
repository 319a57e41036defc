using System.Net;
using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// Redeliveries, double clicks and two devices at once, through the real endpoint against Azurite: each answer is
/// stored once, under the question it answered, or the user is told it was not.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Trust")]
public sealed class DuplicatesTrustTests(AzuriteFixture azurite, OpenIdMetadataServer metadata) : IClassFixture<OpenIdMetadataServer>, IAsyncLifetime
{
    private static readonly TrustUser Ada = TrustUser.Ada;
    private TrustHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TrustHost.Start(azurite.ConnectionString, metadata.MetadataUrl);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SameActivityIdDeliveredAgain_ByThisOrAnotherInstance_ProcessedOnce()
    {
        await _host.SendAsync(Ada.Message("hi"));
        var answer = Ada.Message("We bake birthday cakes");

        var first = await _host.SendAsync(answer);
        var redelivered = await _host.SendAsync(answer);
        await using var otherInstance = TrustHost.Start(azurite.ConnectionString, metadata.MetadataUrl, SameTables());
        var before = otherInstance.Connector.Requests.Count;
        var toOtherInstance = await otherInstance.PostAsync(answer);

        Assert.NotEmpty(first);
        Assert.Empty(redelivered);
        Assert.Equal(HttpStatusCode.OK, toOtherInstance.StatusCode);
        Assert.Equal(before, otherInstance.Connector.Requests.Count);
        Assert.Equal("We bake birthday cakes", TurnState.Of(await _host.StateAsync(Ada)).Plan.Situation.BusinessDescription);
        Assert.Null(TurnState.Of(await _host.StateAsync(Ada)).Plan.Situation.ProductsAndServices);
    }

    [Fact]
    public async Task CardSubmitClickedTwice_OneAfterTheOther_SavedOnceAndNotFiledUnderTheNextQuestion()
    {
        var (card, submit) = await ReachAgeCardAsync();

        var first = await _host.SendAsync(Ada.Submit(submit.DeepClone().AsObject(), replyToId: "age-card"));
        var second = await _host.SendAsync(Ada.Submit(submit.DeepClone().AsObject(), replyToId: "age-card"));

        Assert.NotEmpty(first);
        Assert.Contains(Texts.Get(Language.English, InterviewText.StaleCard), TrustConversation.Said(second), StringComparison.Ordinal);
        var persona = Assert.Single(TurnState.Of(await _host.StateAsync(Ada)).Plan.Situation.Personas);
        Assert.NotNull(persona.AgeBand);
        Assert.Empty(persona.Platforms);
        Assert.True(SchemaValidator.ValidateAdaptiveCard(card).IsValid);
    }

    [Fact]
    public async Task CardSubmitClickedTwice_AtTheSameMoment_SavedOnceAndTheOtherToldOrIgnored()
    {
        var (_, submit) = await ReachAgeCardAsync();

        var clicks = await Task.WhenAll(
            _host.PostAsync(Ada.Submit(submit.DeepClone().AsObject(), replyToId: "age-card")),
            _host.PostAsync(Ada.Submit(submit.DeepClone().AsObject(), replyToId: "age-card")));

        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.OK, c.StatusCode));
        var persona = Assert.Single(TurnState.Of(await _host.StateAsync(Ada)).Plan.Situation.Personas);
        Assert.NotNull(persona.AgeBand);
        Assert.Empty(persona.Platforms);
    }

    [Fact]
    public async Task TwoDevicesAnswerAtOnce_EveryAnswerStoredOrTheUserToldSo()
    {
        await _host.SendAsync(Ada.Message("hi"));
        var told = Texts.Get(Language.English, TextKey.AnsweredOnOtherDevice);
        var lost = new List<string>();

        for (var round = 0; round < 2; round++)
        {
            var phone = Ada.Message($"phone answer {round}");
            var laptop = Ada.Message($"laptop answer {round}");
            var before = _host.Connector.Requests.Count;
            await Task.WhenAll(_host.PostAsync(phone), _host.PostAsync(laptop));
            var plan = await _host.PlanJsonAsync(Ada);
            var said = TrustConversation.Said(_host.RepliesFrom(before));
            foreach (var text in new[] { phone.Text!, laptop.Text! })
            {
                if (!plan.Contains(text, StringComparison.Ordinal) && !said.Contains(told, StringComparison.Ordinal))
                {
                    lost.Add(text);
                }
            }
        }

        Assert.Empty(lost);
    }

    private Dictionary<string, string?> SameTables() => new Dictionary<string, string?>
    {
        ["Storage:StateTable"] = _host.Tables.State,
        ["Storage:CheckInsTable"] = _host.Tables.CheckIns,
        ["Storage:ScheduleTable"] = _host.Tables.Schedule,
    };

    /// <summary>Answers the text questions up to the first card question (the persona's age) and returns that card and its submit data.</summary>
    private async Task<(JsonObject Card, JsonObject Submit)> ReachAgeCardAsync()
    {
        IReadOnlyList<Activity> replies = [];
        foreach (var text in new[] { "hi", "We bake birthday cakes", "Birthday cakes", "Parents want a cake without stress", "Busy parents" })
        {
            replies = await _host.SendAsync(Ada.Message(text));
        }

        var card = replies.SelectMany(r => r.Attachments ?? []).Select(a => a.Content).OfType<JsonObject>()
            .Single(c => Objects(c).Any(o => (string?)o["type"] == "Input.ChoiceSet"));
        var input = Objects(card).First(o => (string?)o["type"] == "Input.ChoiceSet");
        var submit = Objects(card).Single(o => (string?)o["type"] == "Action.Submit" && o["data"] is JsonObject)["data"]!.DeepClone().AsObject();
        submit[(string)input["id"]!] = (string?)input["choices"]![0]!["value"];
        return (card, submit);
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject json => [json, .. json.SelectMany(p => Objects(p.Value))],
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };
}
