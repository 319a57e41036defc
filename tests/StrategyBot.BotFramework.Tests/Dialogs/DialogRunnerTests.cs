using System.Text;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Dialogs;

public sealed class DialogRunnerTests
{
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task RunAsync_EmptyState_BeginsRootAndWritesTheStackIntoTheSet()
    {
        var runner = new DialogRunner(new DialogSet(Profile(), new TextPrompt("text")), new HarnessLogger<DialogRunner>());
        var state = new StateSet(TestScopes.Default, []);
        var turn = new TurnContext(Message("hi"));

        var result = await runner.RunAsync(turn, state, "profile", CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal("What is your name?", Assert.Single(turn.Outbox).Text);
        var stack = state.Get(DialogRunner.StackDocumentName)!["stack"]!.AsArray();
        Assert.Equal(["profile", "text"], stack.Select(i => i!["id"]!.GetValue<string>()));
        Assert.True(state.HasChanges);
    }

    [Fact]
    public async Task RunAsync_NonMessageWhileAPromptWaits_ChangesNothing()
    {
        var harness = new ConversationHarness(Profile(), _store, null, new TextPrompt("text"));
        await harness.SendAsync("hi");
        var runner = new DialogRunner(harness.Dialogs!, new HarnessLogger<DialogRunner>());
        var state = await _store.LoadAsync(harness.Scope, CancellationToken.None);
        var turn = new TurnContext(new Activity { Type = ActivityTypes.ConversationUpdate });

        var result = await runner.RunAsync(turn, state, "profile", CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Empty(turn.Outbox);
        Assert.False(state.HasChanges);
    }

    [Fact]
    public async Task RunAsync_AfterRootCompleted_NextMessageBeginsItAgain()
    {
        var harness = new ConversationHarness(Profile(), _store, null, new TextPrompt("text"));
        await harness.SendAsync("hi");
        await harness.SendAsync("Ada");
        (await harness.SendAsync("Tehran")).AssertReply("Ada from Tehran.");

        (await harness.SendAsync("again")).AssertReply("What is your name?");
    }

    [Fact]
    public async Task Deploy_StepInsertedBeforeTheWaitingStep_ResumesAtTheSameNamedStep()
    {
        var before = new ConversationHarness(Profile(), _store, null, new TextPrompt("text"));
        await before.SendAsync("hi");
        await before.SendAsync("Ada");
        var after = new ConversationHarness(Profile(insertEmailStep: true), _store, null, new TextPrompt("text"));

        (await after.SendAsync("Tehran")).AssertReply("Ada from Tehran.").AssertNoMoreReplies();

        Assert.True(after.Logger.Logged(2000));
    }

    [Fact]
    public async Task Deploy_WaitingStepRemoved_RestartsTheDialogKeepingItsValues()
    {
        var before = new ConversationHarness(Profile(), _store, null, new TextPrompt("text"));
        await before.SendAsync("hi");
        await before.SendAsync("Ada");
        var after = new ConversationHarness(Profile(renameCityStep: true), _store, null, new TextPrompt("text"));

        (await after.SendAsync("Tehran")).AssertReply("Which town, Ada?").AssertNoMoreReplies();
        (await after.SendAsync("Tabriz")).AssertReply("Ada from Tabriz.");

        Assert.True(after.Logger.Logged(2001));
    }

    [Fact]
    public async Task Deploy_PromptRenamed_WaitingStepAsksAgainWithTheNewPrompt()
    {
        var before = new ConversationHarness(Profile(), _store, null, new TextPrompt("text"));
        await before.SendAsync("hi");
        await before.SendAsync("Ada");
        var after = new ConversationHarness(Profile(promptId: "freeText"), _store, null, new TextPrompt("freeText"));

        (await after.SendAsync("Tehran")).AssertReply("Which city, Ada?").AssertNoMoreReplies();
        (await after.SendAsync("Shiraz")).AssertReply("Ada from Shiraz.");

        Assert.True(after.Logger.Logged(2002));
    }

    [Fact]
    public async Task Deploy_RootDialogRenamed_StartsTheNewRoot()
    {
        var before = new ConversationHarness(Profile(), _store, null, new TextPrompt("text"));
        await before.SendAsync("hi");
        var after = new ConversationHarness(Profile(id: "profile2"), _store, null, new TextPrompt("text"));

        (await after.SendAsync("Ada")).AssertReply("What is your name?").AssertNoMoreReplies();

        Assert.True(after.Logger.Logged(2002));
    }

    [Fact]
    public async Task RunAsync_UnreadableStackDocument_StartsOver()
    {
        var state = await _store.LoadAsync(TestScopes.Default, CancellationToken.None);
        state.Set(DialogRunner.StackDocumentName, new JsonObject { ["stack"] = 5 });
        var logger = new HarnessLogger<DialogRunner>();
        var runner = new DialogRunner(new DialogSet(Profile(), new TextPrompt("text")), logger);
        var turn = new TurnContext(Message("hi"));

        await runner.RunAsync(turn, state, "profile", CancellationToken.None);

        Assert.Equal("What is your name?", Assert.Single(turn.Outbox).Text);
        Assert.True(logger.Logged(2003));
    }

    [Fact]
    public async Task RunAsync_StackBytesThatAreNotJson_StartsOverAndSaysHasNoActiveDialog()
    {
        var state = await _store.LoadAsync(TestScopes.Default, CancellationToken.None);
        state.SetUtf8(DialogRunner.StackDocumentName, "{\"stack\":[{\"id\""u8.ToArray());
        var logger = new HarnessLogger<DialogRunner>();
        var runner = new DialogRunner(new DialogSet(Profile(), new TextPrompt("text")), logger);
        var turn = new TurnContext(Message("hi"));

        var active = runner.HasActiveDialog(state);
        await runner.RunAsync(turn, state, "profile", CancellationToken.None);

        Assert.False(active);
        Assert.Equal("What is your name?", Assert.Single(turn.Outbox).Text);
        Assert.True(logger.Logged(2003));
        Assert.True(runner.HasActiveDialog(state));
    }

    [Theory]
    [InlineData("{\"stack\":[{\"id\":\"profile\",\"state\":{}}]}", true)]
    [InlineData("{\"version\":{\"deep\":[[1,{\"stack\":[]}]]},\"stack\":[{\"id\":\"profile\"},{\"id\":\"text\"}],\"after\":1}", true)]
    [InlineData("{\"stack\":[]}", false)]
    [InlineData("{\"other\":[{\"id\":\"profile\"}]}", false)]
    [InlineData("{\"stack\":{\"id\":\"profile\"}}", false)]
    [InlineData("[{\"stack\":[{\"id\":\"profile\"}]}]", false)]
    [InlineData("{\"stack\":[{\"id\":\"profile\"}]}}", false)]
    [InlineData("{\"stack\":[{\"id\":\"profile\"}],\"x\":", false)]
    public void HasActiveDialog_StoredStack_TrueOnlyForWellFormedJsonWithAFirstElement(string json, bool expected)
    {
        var state = new StateSet(TestScopes.Default, [StateDocument.FromUtf8(DialogRunner.StackDocumentName, Encoding.UTF8.GetBytes(json), "etag")]);
        var runner = new DialogRunner(new DialogSet(Profile(), new TextPrompt("text")), new HarnessLogger<DialogRunner>());

        var active = runner.HasActiveDialog(state);

        Assert.Equal(expected, active);
    }

    [Fact]
    public async Task RunAsync_AnswerMovesTheStack_StoresItAsBytesWithoutKeepingANodeTree()
    {
        var harness = new ConversationHarness(Profile(), _store, null, new TextPrompt("text"));
        await harness.SendAsync("hi");
        var runner = new DialogRunner(harness.Dialogs!, new HarnessLogger<DialogRunner>());
        var state = await _store.LoadAsync(harness.Scope, CancellationToken.None);
        var turn = new TurnContext(Message("Ada"));

        var active = runner.HasActiveDialog(state);
        await runner.RunAsync(turn, state, "profile", CancellationToken.None);

        Assert.True(active);
        Assert.Equal("Which city, Ada?", Assert.Single(turn.Outbox).Text);
        var document = state.Find(DialogRunner.StackDocumentName)!;
        Assert.True(document.IsDirty);
        Assert.False(document.IsParsed);
        Assert.Equal("Ada", state.Get(DialogRunner.StackDocumentName)!["stack"]![0]!["values"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task TwoDevicesAnswerAtOnce_TheSecondSaveConflicts_AndNothingIsLost()
    {
        var harness = new ConversationHarness(Profile(), _store, null, new TextPrompt("text"));
        await harness.SendAsync("hi");
        var runner = new DialogRunner(harness.Dialogs!, new HarnessLogger<DialogRunner>());
        var phone = await _store.LoadAsync(harness.Scope, CancellationToken.None);
        var laptop = await _store.LoadAsync(harness.Scope, CancellationToken.None);
        await runner.RunAsync(new TurnContext(Message("Ada")), phone, "profile", CancellationToken.None);
        await runner.RunAsync(new TurnContext(Message("Grace")), laptop, "profile", CancellationToken.None);
        await _store.SaveAsync(phone, CancellationToken.None);

        await Assert.ThrowsAsync<StateConflictException>(() => _store.SaveAsync(laptop, CancellationToken.None));

        (await harness.SendAsync("Tehran")).AssertReply("Ada from Tehran.");
    }

    [Fact]
    public async Task SameActivityDeliveredTwice_IsProcessedOnce()
    {
        var harness = new ConversationHarness(Profile(), _store, null, new TextPrompt("text"));
        await harness.SendAsync("hi");

        (await harness.SendActivityAsync(Message("Ada", id: "teams-1"))).AssertReply("Which city, Ada?");
        (await harness.SendActivityAsync(Message("Ada", id: "teams-1"))).AssertNoReply();

        (await harness.SendAsync("Tehran")).AssertReply("Ada from Tehran.");
    }

    [Fact]
    public async Task Deploy_ComponentsOnlyChildRemoved_ComponentStartsItsNewInitialDialog()
    {
        var before = new ConversationHarness(new Wizard(Profile()), _store);
        await before.SendAsync("hi");
        await before.SendAsync("Ada");
        var after = new ConversationHarness(new Wizard(Profile(id: "profile2")), _store);

        (await after.SendAsync("Tehran")).AssertReply("What is your name?").AssertNoMoreReplies();

        Assert.True(after.Logger.Logged(2002));
        Assert.Equal(DialogTurnStatus.Waiting, after.LastResult!.Status);
    }

    [Fact]
    public async Task CustomTurnHandler_RunnerAndAppDocuments_AreSavedInOneRoundTrip()
    {
        var runner = new DialogRunner(new DialogSet(Profile(), new TextPrompt("text")), new HarnessLogger<DialogRunner>());
        var harness = new ConversationHarness(
            async (turn, state, ct) =>
            {
                await runner.RunAsync(turn, state, "profile", ct);
                var turns = state.Get("counter")?["turns"]?.GetValue<int>() ?? 0;
                state.Set("counter", new JsonObject { ["turns"] = turns + 1 });
            },
            _store);

        await harness.SendAsync("hi");
        await harness.SendAsync("Ada");
        (await harness.SendAsync("Tehran")).AssertReply("Ada from Tehran.");

        Assert.Equal(3, _store.SaveCount);
        var state = await _store.LoadAsync(harness.Scope, CancellationToken.None);
        Assert.Equal(3, state.Get("counter")!["turns"]!.GetValue<int>());
    }

    private static Activity Message(string text, string? id = null) =>
        new() { Type = ActivityTypes.Message, Text = text, Id = id };

    private static WaterfallDialog Profile(
        string id = "profile", bool insertEmailStep = false, bool renameCityStep = false, string promptId = "text")
    {
        var steps = new List<WaterfallStep>
        {
            new("askName", (step, ct) => step.Values.ContainsKey("name")
                ? step.NextAsync(null, ct)
                : step.PromptAsync(promptId, new PromptOptions { Text = "What is your name?" }, ct)),
        };
        if (insertEmailStep)
        {
            steps.Add(new("askEmail", (step, ct) => step.NextAsync(step.Result, ct)));
        }

        steps.Add(new(renameCityStep ? "askTown" : "askCity", (step, ct) =>
        {
            if (step.Result is string name)
            {
                step.Values["name"] = name;
            }

            var question = renameCityStep ? "Which town" : "Which city";
            return step.PromptAsync(promptId, new PromptOptions { Text = $"{question}, {step.Values["name"]}?" }, ct);
        }));
        steps.Add(new("finish", (step, ct) =>
        {
            step.Turn.SendText($"{step.Values["name"]} from {step.Result}.");
            return step.EndDialogAsync(null, ct);
        }));
        return new WaterfallDialog(id, steps);
    }

    private sealed class Wizard : ComponentDialog
    {
        public Wizard(WaterfallDialog steps)
            : base("wizard")
        {
            AddDialog(steps);
            AddDialog(new TextPrompt("text"));
        }
    }
}
