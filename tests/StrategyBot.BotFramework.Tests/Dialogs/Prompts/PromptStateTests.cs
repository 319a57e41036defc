using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class PromptStateTests
{
    private const string CardMarker = "card-body-marker";
    private readonly InMemoryStateStore _store = new();
    private int _rebuilds;
    private bool _gone;

    [Fact]
    public async Task BeginAsync_CardQuestion_KeepsTheCardApartFromTheOptions()
    {
        var harness = Harness(rebuild: false);

        (await harness.SendAsync("start")).AssertReplyActivity(HasCard, "the question card").AssertNoMoreReplies();

        var state = await PromptStateOnStackAsync(harness);
        var options = Assert.IsType<JsonObject>(state["options"]);
        Assert.False(options.ContainsKey("prompt"));
        Assert.Equal("fa-IR", (string?)options["locale"]);
        Assert.Contains(CardMarker, Assert.IsType<JsonObject>(state["prompt"]).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeginAsync_StepRebuildsTheQuestion_StoresNoCard()
    {
        var harness = Harness(rebuild: true);

        (await harness.SendAsync("start")).AssertReplyActivity(HasCard, "the question card").AssertNoMoreReplies();

        var document = (await _store.LoadAsync(harness.Scope, CancellationToken.None)).Get(DialogRunner.StackDocumentName)!;
        Assert.DoesNotContain(CardMarker, document.ToJsonString(), StringComparison.Ordinal);
        Assert.True((bool)(await PromptStateOnStackAsync(harness))["prompt"]!);
        Assert.Equal(0, _rebuilds);
    }

    [Fact]
    public async Task ContinueAsync_AcceptedAnswer_NeverRebuildsTheQuestion()
    {
        var harness = Harness(rebuild: true);
        await harness.SendAsync("start");

        (await harness.SendAsync("Ada")).AssertReply("answer: Ada (fa-IR)").AssertNoMoreReplies();

        Assert.Equal(0, _rebuilds);
    }

    [Fact]
    public async Task ContinueAsync_RejectedAnswerWithoutRetryText_SendsTheRebuiltCard()
    {
        var harness = Harness(rebuild: true, retryText: null);
        await harness.SendAsync("start");

        (await harness.SendAsync("?")).AssertReplyActivity(HasCard, "the rebuilt card").AssertNoMoreReplies();

        Assert.Equal(1, _rebuilds);
    }

    [Fact]
    public async Task ContinueAsync_RejectedAnswer_SendsTheRetryTextWithoutRebuilding()
    {
        var harness = Harness(rebuild: true);
        await harness.SendAsync("start");

        (await harness.SendAsync("?")).AssertReply("Your name, please.").AssertNoMoreReplies();

        Assert.Equal(0, _rebuilds);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RepromptAsync_WhileWaiting_SendsTheCardAgain(bool rebuild)
    {
        var harness = Harness(rebuild);
        await harness.SendAsync("start");

        var replies = await RepromptAsync(harness);

        Assert.True(HasCard(Assert.Single(replies)));
        Assert.Equal(rebuild ? 1 : 0, _rebuilds);
    }

    [Fact]
    public async Task RepromptAsync_StepCanNoLongerRebuild_AsksTheRetryText()
    {
        var harness = Harness(rebuild: true);
        await harness.SendAsync("start");
        _gone = true;

        var replies = await RepromptAsync(harness);

        Assert.Equal("Your name, please.", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task BeginAsync_ChoicesWithoutSynonyms_StoresNoEmptyListsOrDisplayTitlesAndStillRecognises()
    {
        var options = new PromptOptions { Text = "Which?", Choices = [new Choice("a") { Title = "Apples" }, new Choice("b") { Synonyms = ["bananas"] }] };
        var harness = new ConversationHarness(Probe(() => options, rebuild: false), _store, null, new ChoicePrompt("text"));
        await harness.SendAsync("start");

        var stored = Assert.IsType<JsonObject>((await PromptStateOnStackAsync(harness))["options"]).ToJsonString();
        var answer = await harness.SendAsync("bananas");

        Assert.Equal("""{"text":"Which?","choices":[{"value":"a","title":"Apples"},{"value":"b","synonyms":["bananas"]}],"listChoicesInText":true}""", stored);
        Assert.Equal("b", Assert.IsType<FoundChoice>(harness.LastResult?.Result).Value);
        answer.AssertNoReply();
    }

    [Fact]
    public async Task ContinueAsync_StoredRetryPrompt_SentOnRetry()
    {
        var options = Options("Your name, please.");
        options.RetryText = null;
        options.RetryPrompt = new Activity { Text = "Type your name in the box." };
        var harness = new ConversationHarness(Probe(() => options, rebuild: false), _store, null, new TextPrompt("text", ValidateAsync));
        await harness.SendAsync("start");

        (await harness.SendAsync("?")).AssertReply("Type your name in the box.").AssertNoMoreReplies();
    }

    [Fact]
    public async Task ContinueAsync_StackInTheShapeBeforeTheCardMovedOut_ReasksAndAccepts()
    {
        var harness = Harness(rebuild: true);
        await SeedOldShapeAsync(harness);

        var reprompt = await RepromptAsync(harness);
        var retry = await harness.SendAsync("?");
        var state = await PromptStateOnStackAsync(harness);
        var done = await harness.SendAsync("Ada");

        Assert.True(HasCard(Assert.Single(reprompt)));
        retry.AssertReply("Your name, please.").AssertNoMoreReplies();
        Assert.False(Assert.IsType<JsonObject>(state["options"]).ContainsKey("prompt"));
        Assert.IsType<JsonObject>(state["prompt"]);
        done.AssertReply("answer: Ada (fa-IR)").AssertNoMoreReplies();
        Assert.Equal(0, _rebuilds);
    }

    private static bool HasCard(Activity activity) =>
        activity.Attachments is [{ Content: JsonObject card }] && card.ToJsonString().Contains(CardMarker, StringComparison.Ordinal);

    private static PromptOptions Options(string? retryText) => new()
    {
        Prompt = new Activity
        {
            Locale = "fa-IR",
            Summary = "Your name?",
            Attachments = [Attachment.AdaptiveCard(new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(CardMarker) })],
        },
        RetryText = retryText,
        InputId = "answer",
    };

    private static Task<bool> ValidateAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (context.Recognized.Value is not { } text || !text.Any(char.IsLetter))
        {
            return Task.FromResult(false);
        }

        context.Turn.SendText($"answer: {text} ({context.Options.Locale})");
        return Task.FromResult(true);
    }

    private ConversationHarness Harness(bool rebuild, string? retryText = "Your name, please.") =>
        new(Probe(() => Options(retryText), rebuild), _store, null, new TextPrompt("text", ValidateAsync));

    private WaterfallDialog Probe(Func<PromptOptions> options, bool rebuild) => new(
        "probe",
        [
            new("ask", (step, ct) => step.PromptAsync("text", options(), ct)) { Rebuild = rebuild ? (_, _) => Rebuild(options) : null },
            new("answer", (step, ct) => step.EndDialogAsync(step.Result, ct)),
        ]);

    private PromptOptions? Rebuild(Func<PromptOptions> options)
    {
        _rebuilds++;
        return _gone ? null : options();
    }

    private async Task<JsonObject> PromptStateOnStackAsync(ConversationHarness harness)
    {
        var document = (await _store.LoadAsync(harness.Scope, CancellationToken.None)).Get(DialogRunner.StackDocumentName)!;
        return (JsonObject)document["stack"]![1]!["state"]!;
    }

    private async Task<IReadOnlyList<Activity>> RepromptAsync(ConversationHarness harness)
    {
        var runner = new DialogRunner(harness.Dialogs!, new HarnessLogger<DialogRunner>());
        var state = await _store.LoadAsync(harness.Scope, CancellationToken.None);
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, Text = "help" });
        await runner.RepromptAsync(turn, state, CancellationToken.None);
        await _store.SaveAsync(state, CancellationToken.None);
        return turn.Outbox;
    }

    // What a prompt begun before this change left on the stack: the card inside the options, no locale of its own.
    private async Task SeedOldShapeAsync(ConversationHarness harness)
    {
        var card = DialogJson.ToObject(Options(null).Prompt!, "card");
        var state = await _store.LoadAsync(harness.Scope, CancellationToken.None);
        state.Set(DialogRunner.StackDocumentName, new JsonObject
        {
            ["schema"] = 1,
            ["stack"] = new JsonArray(
                new JsonObject { ["id"] = "probe", ["version"] = harness.Dialogs!.Find("probe")!.Version, ["step"] = "ask", ["values"] = new JsonObject(), ["state"] = new JsonObject() },
                new JsonObject
                {
                    ["id"] = "text",
                    ["version"] = "1",
                    ["step"] = null,
                    ["values"] = new JsonObject(),
                    ["state"] = new JsonObject
                    {
                        ["options"] = new JsonObject { ["prompt"] = card, ["retryText"] = "Your name, please.", ["inputId"] = "answer" },
                        ["attempts"] = 0,
                    },
                }),
        });
        await _store.SaveAsync(state, CancellationToken.None);
    }
}
