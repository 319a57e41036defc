using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Dialogs;

public sealed class DialogRunnerRepromptTests
{
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task RepromptAsync_WhileAPromptWaits_AsksTheSameQuestionAgainWithoutAnswering()
    {
        var harness = new ConversationHarness(NameDialog(), _store, null, new TextPrompt("text"));
        await harness.SendAsync("hi");
        var runner = new DialogRunner(harness.Dialogs!, new HarnessLogger<DialogRunner>());
        var state = await _store.LoadAsync(harness.Scope, CancellationToken.None);
        var stackBefore = state.Get(DialogRunner.StackDocumentName)!.ToJsonString();
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, Text = "help" });

        await runner.RepromptAsync(turn, state, CancellationToken.None);

        Assert.Equal("What is your name?", Assert.Single(turn.Outbox).Text);
        Assert.True(runner.HasActiveDialog(state));
        Assert.Equal(stackBefore, state.Get(DialogRunner.StackDocumentName)!.ToJsonString());
    }

    [Fact]
    public async Task RepromptAsync_NoActiveDialog_SendsNothing()
    {
        var runner = new DialogRunner(new DialogSet(NameDialog(), new TextPrompt("text")), new HarnessLogger<DialogRunner>());
        var state = new StateSet(TestScopes.Default, []);
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, Text = "help" });

        await runner.RepromptAsync(turn, state, CancellationToken.None);

        Assert.Empty(turn.Outbox);
        Assert.False(runner.HasActiveDialog(state));
        Assert.False(state.HasChanges);
    }

    private static WaterfallDialog NameDialog() => new(
        "name",
        [
            new("ask", (step, ct) => step.PromptAsync("text", new PromptOptions { Text = "What is your name?" }, ct)),
            new("thank", (step, ct) =>
            {
                step.Turn.SendText($"Thanks, {step.Result}.");
                return step.EndDialogAsync(null, ct);
            }),
        ]);
}
