using System.Net;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.Tests.Protocol;
using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.BotFramework.Tests.Fuzzing;

/// <summary>
/// The shared fuzz generator against the protocol layer alone: the endpoint never answers 500, and every activity it
/// lets through can be read by the Teams helpers and stored as a conversation reference without throwing.
/// </summary>
[Trait("Category", "Trust")]
public sealed class ProtocolFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 4242;
    private const int Cases = 3_000;
    private const string ServiceUrl = "http://127.0.0.1:56150/_connector";

    [Fact]
    public async Task Post_GeneratedActivities_NeverAnswer500AndHelpersNeverThrow()
    {
        var helperFailures = new List<string>();
        var bot = new FakeBot((turn, cancellationToken) =>
        {
            try
            {
                var activity = turn.Activity;
                _ = activity.GetTenantId();
                _ = activity.GetTextWithoutRecipientMention();
                _ = activity.GetTimeZoneId();
                _ = activity.GetLocale();
                _ = ConversationReference.FromActivity(activity);
                _ = PromptInput.From(activity, "answer");
            }
            catch (Exception ex)
            {
                lock (helperFailures)
                {
                    helperFailures.Add($"{ex.GetType().Name}: {ex.Message}");
                }
            }

            turn.SendText("ok");
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot);
        var generator = new FuzzActivities(Seed, ServiceUrl);
        var statistics = new FuzzStatistics();

        for (var i = 0; i < Cases; i++)
        {
            var fuzzCase = generator.Next();
            var response = await host.PostBytesAsync(fuzzCase.Body);
            statistics.Record(fuzzCase, (int)response.StatusCode);
            Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"seed {Seed} case {fuzzCase.Number} ({fuzzCase.Kind}): {fuzzCase.Preview()}");
        }

        output.WriteLine(statistics.ToString());
        Assert.Empty(helperFailures.Distinct());
        Assert.True(statistics.Count(200) > Cases / 3, statistics.ToString());
        Assert.NotEmpty(bot.Turns);
    }

    public static TheoryData<string> MalformedCardActionValues() => new()
    {
        "[1,2]",
        "\"showPlan\"",
        "{}",
        """{"action":"showPlan"}""",
        """{"action":{"verb":5}}""",
        """{"action":{"verb":["showPlan"]}}""",
        """{"action":{"verb":"showPlan","type":{}}}""",
        """{"action":{"verb":"showPlan","data":"text"}}""",
        """{"action":{"verb":"showPlan","data":[1]}}""",
    };

    [Theory]
    [MemberData(nameof(MalformedCardActionValues))]
    public async Task Post_CardActionInvokeOfWrongShape_AnsweredWithInvokeError400WithoutRunningTheBot(string value)
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot);
        var invoke = Activities.AdaptiveCardAction("showPlan");
        invoke.ServiceUrl = ServiceUrl;
        invoke.Value = JsonNode.Parse(value);

        var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal(InvokeResponse.ErrorType, (string?)body["type"]);
        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Post_WellFormedCardActionWithoutTrigger_ReachesTheBot()
    {
        var bot = new FakeBot((turn, _) =>
        {
            turn.InvokeResponse = InvokeResponse.Message("done");
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot);
        var invoke = Activities.AdaptiveCardAction("showPlan", new JsonObject { ["extra"] = new JsonArray(1, "two") });
        invoke.ServiceUrl = ServiceUrl;
        invoke.Value!.AsObject().Remove("trigger");

        var response = await host.PostAsync(invoke);

        Assert.Equal("done", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]);
        Assert.Single(bot.Turns);
    }
}
