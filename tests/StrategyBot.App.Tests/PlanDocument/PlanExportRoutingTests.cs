using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.PlanDocument;
using StrategyBot.App.Privacy;
using StrategyBot.App.Storage;
using StrategyBot.App.Tests.CheckIns;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.PlanDocument;

/// <summary>The routing hook: "export my plan" and the consent invoke through the real turn pipeline and router.</summary>
public sealed class PlanExportRoutingTests
{
    private readonly InMemoryStateStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 1, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly StrategyBotHandler _handler;

    public PlanExportRoutingTests()
    {
        var dialogs = new DialogSet(
            new WaterfallDialog(ActivityRouter.RootDialogId,
            [
                new("ask", (step, ct) => step.PromptAsync("text", new PromptOptions { Text = "What does your business sell?" }, ct)),
                new("done", (step, ct) =>
                {
                    step.Turn.SendText("Noted: " + step.Result);
                    return step.EndDialogAsync(null, ct);
                }),
            ]),
            new TextPrompt("text"));
        var checkInOptions = Options.Create(new CheckInOptions());
        var history = new InMemoryCheckInHistory();
        var schedule = new ScheduleSync(new InMemoryScheduleIndex(), checkInOptions, _time, new HarnessLogger<ScheduleSync>());
        var rules = new CheckInRules(checkInOptions.Value);
        var checkIns = new CheckInTurnHandler(
            history,
            schedule,
            rules,
            new CheckInCommandRunner(history, schedule, rules, _time, new HarnessLogger<CheckInCommandRunner>()),
            _time,
            new HarnessLogger<CheckInTurnHandler>());
        var links = new ExportLinks(new EphemeralDataProtectionProvider(), _time, Options.Create(new PrivacyOptions { PublicBaseUrl = new Uri("https://bot.example/") }));
        var uploader = new PlanFileUploader(
            new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>(),
            new HostingEnvironment { EnvironmentName = "Production" },
            NullLogger<PlanFileUploader>.Instance);
        var export = new PlanExportTurnHandler(new PlanDocuments(history, _time), uploader, links, NullLogger<PlanExportTurnHandler>.Instance);
        var router = new ActivityRouter(new DialogRunner(dialogs, new HarnessLogger<DialogRunner>()), checkIns, _time, new HarnessLogger<ActivityRouter>(), planExport: export);
        _handler = new StrategyBotHandler(_store, router, new TurnStorageMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()), new HarnessLogger<StrategyBotHandler>());
    }

    [Fact]
    public async Task ExportMyPlan_WhileAQuestionIsOpen_OffersTheFileAndTheQuestionStaysOpen()
    {
        await SeedPlanAsync();
        await SendAsync(Activities.Message("hello"));

        var export = await SendAsync(Activities.Message("export my plan"));
        var answer = await SendAsync(Activities.Message("coffee"));

        Assert.Contains(export.Outbox.SelectMany(a => a.Attachments ?? []), a => a.ContentType == FileConsent.ConsentCardType);
        Assert.Contains(answer.Outbox, a => a.Text == "Noted: coffee");
    }

    [Fact]
    public async Task ConsentInvoke_AcceptWithAnHttpUrlInProduction_RefusedLinksSentAndInvokeAnsweredEmpty()
    {
        await SeedPlanAsync();
        var invoke = Activities.Message("");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Text = null;
        invoke.Name = FileConsent.InvokeName;
        invoke.Value = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = new JsonObject { ["planDocument"] = "Word", ["language"] = "en" },
            ["uploadInfo"] = new JsonObject { ["uploadUrl"] = "http://127.0.0.1:1/upload", ["name"] = "plan.docx" },
        };

        var turn = await SendAsync(invoke);

        Assert.Null(turn.InvokeResponse);
        var card = Assert.Single(turn.Outbox.SelectMany(a => a.Attachments ?? []));
        Assert.Equal(2, card.Content!["actions"]!.AsArray().Count);
    }

    private async Task<TurnContext> SendAsync(Activity activity)
    {
        var turn = new TurnContext(activity);
        await _handler.OnTurnAsync(turn, CancellationToken.None);
        return turn;
    }

    private async Task SeedPlanAsync()
    {
        var state = await _store.LoadAsync(StateScope.ForUser(Activities.TenantId, Activities.UserAadObjectId), CancellationToken.None);
        TurnState.Of(state).SavePlan(SamplePlans.CoffeeShop(persian: false));
        await _store.SaveAsync(state, CancellationToken.None);
    }
}
