using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// Hostile input through the real endpoint (signed tokens, in-memory storage): over-long answers, card payloads of
/// every wrong JSON kind, and plans full of markdown, links and action-shaped JSON shown back in the summary card.
/// </summary>
[Trait("Category", "Trust")]
public sealed class HostileInputTrustTests(OpenIdMetadataServer metadata) : IClassFixture<OpenIdMetadataServer>, IAsyncLifetime
{
    private const string ActionJson = """{"type":"Action.OpenUrl","title":"Pay now","url":"https://evil.example/pay"}""";

    private static readonly string[] Injections =
    [
        "[click me](https://evil.example/login)",
        "![tracker](https://evil.example/pixel.png)",
        "visit https://evil.example or www.evil.example now",
        ActionJson,
        "<at>Bob</at> **bold** _it_ `code` <script>alert(1)</script>",
        "# Heading\n> quote\n- [ ] task",
    ];

    private static readonly TrustUser Ada = TrustUser.Ada;
    private TrustHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TrustHost.Start(storage: null, metadata.MetadataUrl);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("en-US")]
    [InlineData("fa-IR")]
    public async Task AnswerOverTheLengthLimit_FriendlyReplyAndNothingStored(string locale)
    {
        await _host.SendAsync(Ada.Message("hi", locale));
        var language = Languages.FromLocale(locale);
        var expected = Texts.Format(language, TextKey.MessageTooLong, LocalFormat.Number(language, ActivityRouter.MaxMessageLength));

        var tooLong = await _host.SendAsync(Ada.Message(new string('x', ActivityRouter.MaxMessageLength + 1), locale));
        var atTheLimit = await _host.SendAsync(Ada.Message("We bake " + new string('y', ActivityRouter.MaxMessageLength - 8), locale));

        Assert.Equal(expected, Assert.Single(tooLong).Text);
        Assert.DoesNotContain(atTheLimit, r => r.Text == expected);
        Assert.DoesNotContain("xxxxxxxxxx", await _host.PlanJsonAsync(Ada), StringComparison.Ordinal);
    }

    public static TheoryData<string> WrongKindSubmits() => new()
    {
        """{"action":5}""",
        """{"action":{"start":true}}""",
        """{"action":["start"]}""",
        """{"action":null}""",
        """{"action":"edit","step":7}""",
        """{"action":"edit","step":{"name":"situation"}}""",
        """{"action":"language","language":["fa"]}""",
        """{"action":"language","language":12}""",
        """{"action":"answer","promptId":{"id":"x"},"answer":"x"}""",
        """{"action":"answer","promptId":42,"answer":"x"}""",
        """{"action":"answer","promptId":"situation.business.0","answer":{"nested":[1,2,{"deep":true}]}}""",
        """{"action":"answer","promptId":"situation.business.0","answer":1e308}""",
        """{"action":"answer","promptId":"situation.business.0","answer":-0.0000000000000000000001}""",
        """{"action":"privacy","privacy":{"step":"confirmDelete"}}""",
        """{"answer":[true,false,null]}""",
        """{"unknown":"field","another":{"x":[1]}}""",
    };

    [Theory]
    [MemberData(nameof(WrongKindSubmits))]
    public async Task CardSubmitWithWrongKinds_BeforeAndDuringTheInterview_NeverFailsTheTurn(string json)
    {
        var before = await _host.SendAsync(Ada.Submit(JsonNode.Parse(json)!.AsObject()));
        await _host.SendAsync(Ada.Message("hi"));
        var during = await _host.SendAsync(Ada.Submit(JsonNode.Parse(json)!.AsObject()));

        AssertNoTurnFailed([.. before, .. during]);
    }

    public static TheoryData<string> WrongKindInvokeValues() => new()
    {
        "[1,2,3]",
        "\"showPlan\"",
        "42",
        """{"action":"showPlan"}""",
        """{"action":["showPlan"]}""",
        """{"action":{"verb":5}}""",
        """{"action":{"verb":{"name":"showPlan"}}}""",
        """{"action":{"type":"Action.Execute","verb":"showPlan","data":"not an object"}}""",
        """{"action":{"type":"Action.Execute","verb":"deleteEverything","data":{}}}""",
    };

    [Theory]
    [MemberData(nameof(WrongKindInvokeValues))]
    public async Task ExecuteWithWrongKinds_AnsweredWithoutFailingTheTurn(string json)
    {
        var invoke = Ada.Execute("showPlan");
        invoke.Value = JsonNode.Parse(json);

        var response = await _host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Texts.Get(Language.English, TextKey.GenericError), body, StringComparison.Ordinal);
        AssertNoTurnFailed([]);
    }

    [Fact]
    public async Task TypedAnswerWithLinksAndActionJson_SummaryCardShowsItInert()
    {
        await _host.SendAsync(Ada.Message("hi"));
        foreach (var injection in Injections.Take(3))
        {
            await _host.SendAsync(Ada.Message(injection));
        }

        var summary = await _host.SendAsync(Ada.Message("summary"));

        // The summary card, then the question the interview is on (the persona form card): both inert.
        var cards = summary.SelectMany(r => r.Attachments ?? []).Select(a => a.Content!.AsObject()).ToList();
        Assert.Equal(2, cards.Count);
        cards.ForEach(AssertInert);
    }

    [Fact]
    public async Task StoredPlanFullOfInjections_SummaryCardShowsEveryPieceInertAndAddsNoActions()
    {
        var benign = await SummaryCardForAsync(PlanWith(i => $"plain answer {i}"));

        var hostile = await SummaryCardForAsync(PlanWith(i => Injections[i % Injections.Length]));

        AssertInert(hostile);
        Assert.Equal(ActionsOf(benign).Count(), ActionsOf(hostile).Count());
        Assert.Contains(CardStrings.Of(hostile), s => s.Contains("Pay now", StringComparison.Ordinal));
    }

    private static void AssertInert(JsonObject card)
    {
        var validation = SchemaValidator.ValidateAdaptiveCard(card);
        Assert.True(validation.IsValid, validation.ToString());
        foreach (var text in CardStrings.Of(card))
        {
            Assert.DoesNotContain("](", text, StringComparison.Ordinal);
            Assert.DoesNotContain("![", text, StringComparison.Ordinal);
            Assert.DoesNotContain("://evil", text, StringComparison.Ordinal);
            Assert.DoesNotContain("www.evil", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<at>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(ActionsOf(card), a => a.ToJsonString().Contains("evil", StringComparison.Ordinal));
        Assert.DoesNotContain(Objects(card), o => (string?)o["type"] == "Image" && o.ToJsonString().Contains("evil", StringComparison.Ordinal));
    }

    private async Task<JsonObject> SummaryCardForAsync(MarketingPlan plan)
    {
        var store = _host.Services.GetRequiredService<IStateStore>();
        var state = await store.LoadAsync(Ada.Scope, CancellationToken.None);
        TurnState.Of(state).SavePlan(plan);
        await store.SaveAsync(state, CancellationToken.None);
        var reply = await _host.SendAsync(Ada.Message("show my plan"));
        return Assert.Single(reply.SelectMany(r => r.Attachments ?? [])).Content!.AsObject();
    }

    private static MarketingPlan PlanWith(Func<int, string> text) => new()
    {
        Id = "plan",
        Situation = new Situation
        {
            BusinessDescription = text(0),
            ProductsAndServices = text(1),
            CustomerNeeds = text(2),
            Personas = [new Persona { Name = text(3), AgeBand = "25-34", Platforms = [Platform.Instagram], Pains = text(4) }],
        },
        Objectives = [new Objective { Id = "o1", Text = text(5), Metric = ObjectiveMetric.Reach, Target = 20, Deadline = new DateOnly(2027, 9, 1) }],
        Strategy = new Strategy { Platforms = [Platform.Instagram], ContentPercent = 100, PaidPercent = 0, Differentiator = text(3) },
        Tactics = new Tactics
        {
            PlatformTactics = [new PlatformTactic { Platform = Platform.Instagram, ContentPillars = [text(0), text(1)], PostsPerWeek = 3 }],
            CommunityEngagement = new CommunityEngagement { Responder = text(4), ResponseTimeHours = 2 },
        },
    };

    private void AssertNoTurnFailed(IReadOnlyList<Activity> replies)
    {
        // 104: the pipeline caught an exception and apologised; 1030: the endpoint saw the bot throw.
        var failures = _host.Logs.GetSnapshot().Where(r => r.Id.Id is 104 or 1030).Select(r => r.Message + " " + r.Exception).ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.DoesNotContain(replies, r => r.Text == Texts.Get(Language.English, TextKey.GenericError));
    }

    private static IEnumerable<JsonObject> ActionsOf(JsonObject card) =>
        Objects(card).Where(o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true || o.ContainsKey("selectAction"));

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject json => [json, .. json.SelectMany(p => Objects(p.Value))],
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };
}
