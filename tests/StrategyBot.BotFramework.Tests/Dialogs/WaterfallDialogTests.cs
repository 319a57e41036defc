using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task Steps_RunInOrder_AndValuesPersistAcrossTurns()
    {
        var harness = new ConversationHarness(ProfileWaterfall(), otherDialogs: [new TextPrompt("text"), new NumberPrompt("number")]);

        (await harness.SendAsync("hi")).AssertReply("What is your name?").AssertNoMoreReplies();
        (await harness.SendAsync("Ada")).AssertReply("How old are you, Ada?").AssertNoMoreReplies();
        (await harness.SendAsync("۳۶")).AssertReply("Ada is 36.").AssertNoMoreReplies();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal("Ada", harness.LastResult.Result);
    }

    [Fact]
    public async Task NextAsync_SkipsTheQuestion_AndPassesItsResult()
    {
        var waterfall = new WaterfallDialog("skip", [
            new("first", (step, ct) => step.NextAsync("from first", ct)),
            new("second", (step, ct) =>
            {
                step.Turn.SendText($"{step.Reason}: {step.Result}");
                return step.PromptAsync("text", new PromptOptions { Text = "Anything else?" }, ct);
            }),
            new("third", (step, ct) => step.EndDialogAsync(step.Result, ct)),
        ]);
        var harness = new ConversationHarness(waterfall, otherDialogs: new TextPrompt("text"));

        (await harness.SendAsync("go")).AssertReply("Next: from first").AssertReply("Anything else?").AssertNoMoreReplies();
        await harness.SendAsync("done");

        Assert.Equal("done", harness.LastResult!.Result);
    }

    [Fact]
    public async Task NextAsync_CalledTwiceInOneStep_Throws()
    {
        var waterfall = new WaterfallDialog("twice", [
            new("first", async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            }),
            new("second", (_, _) => Task.FromResult(DialogTurnResult.Waiting)),
        ]);
        var harness = new ConversationHarness(waterfall);

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.SendAsync("go"));
    }

    [Fact]
    public async Task StepWithoutPrompt_NextMessageTextIsTheResult()
    {
        var waterfall = new WaterfallDialog("raw", [
            new("ask", (step, _) =>
            {
                step.Turn.SendText("Say anything.");
                return Task.FromResult(DialogTurnResult.Waiting);
            }),
            new("echo", (step, ct) =>
            {
                step.Turn.SendText($"You said {step.Result} ({step.Reason})");
                return step.EndDialogAsync(null, ct);
            }),
        ]);
        var harness = new ConversationHarness(waterfall);

        (await harness.SendAsync("start")).AssertReply("Say anything.");
        (await harness.SendActivityAsync(new Activity { Type = ActivityTypes.ConversationUpdate })).AssertNoReply();
        (await harness.SendAsync("hello")).AssertReply("You said hello (Resumed)");
    }

    [Fact]
    public async Task GoToStepAsync_JumpsToTheNamedStep()
    {
        var waterfall = new WaterfallDialog("jump", [
            new("first", (step, ct) => step.GoToStepAsync("third", ct)),
            new("second", (step, ct) =>
            {
                step.Turn.SendText("second ran");
                return step.NextAsync(null, ct);
            }),
            new("third", (step, ct) =>
            {
                step.Turn.SendText($"third ({step.Reason})");
                return step.EndDialogAsync(null, ct);
            }),
        ]);
        var harness = new ConversationHarness(waterfall);

        (await harness.SendAsync("go")).AssertReply("third (Jumped)").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Options_ArePersistedAndReadBackAfterARoundTrip()
    {
        var child = new WaterfallDialog("child", [
            new("ask", (step, ct) => step.PromptAsync("text", new PromptOptions { Text = "Answer?" }, ct)),
            new("report", (step, ct) =>
            {
                var limit = step.Options!["limit"]!.GetValue<int>();
                step.Turn.SendText($"limit {limit}, answer {step.Result}");
                return step.EndDialogAsync(null, ct);
            }),
        ]);
        var root = new WaterfallDialog("root", [
            new("begin", (step, ct) => step.BeginDialogAsync("child", new { Limit = 3 }, ct)),
        ]);
        var harness = new ConversationHarness(root, otherDialogs: [child, new TextPrompt("text")]);

        await harness.SendAsync("go");
        (await harness.SendAsync("yes")).AssertReply("limit 3, answer yes");
    }

    [Fact]
    public void Constructor_DuplicateStepNames_Throws()
    {
        var duplicate = () => new WaterfallDialog("dup", [new("a", Wait), new("a", Wait)]);

        Assert.Throws<ArgumentException>(duplicate);
    }

    [Fact]
    public void Version_DependsOnStepNamesAndOrderOnly()
    {
        var original = new WaterfallDialog("w", [new("a", Wait), new("b", Wait)]);
        var sameNames = new WaterfallDialog("w", [new("a", Wait), new("b", (s, c) => s.EndDialogAsync(null, c))]);
        var reordered = new WaterfallDialog("w", [new("b", Wait), new("a", Wait)]);
        var added = new WaterfallDialog("w", [new("a", Wait), new("b", Wait), new("c", Wait)]);

        Assert.Equal(original.Version, sameNames.Version);
        Assert.NotEqual(original.Version, reordered.Version);
        Assert.NotEqual(original.Version, added.Version);
    }

    [Fact]
    public async Task Values_AreStoredAsJsonInTheDialogsDocument()
    {
        var harness = new ConversationHarness(ProfileWaterfall(), otherDialogs: [new TextPrompt("text"), new NumberPrompt("number")]);
        await harness.SendAsync("hi");

        await harness.SendAsync("Ada");

        var stack = (await harness.Store.LoadAsync(harness.Scope, CancellationToken.None)).Get(DialogRunner.StackDocumentName)!;
        var waterfall = stack["stack"]![0]!;
        Assert.Equal("profile", waterfall["id"]!.GetValue<string>());
        Assert.Equal("askAge", waterfall["step"]!.GetValue<string>());
        Assert.Equal("Ada", waterfall["values"]!["name"]!.GetValue<string>());
        Assert.Equal("number", stack["stack"]![1]!["id"]!.GetValue<string>());
    }

    internal static WaterfallDialog ProfileWaterfall() => new("profile", [
        new("askName", (step, ct) => step.PromptAsync("text", new PromptOptions { Text = "What is your name?" }, ct)),
        new("askAge", (step, ct) =>
        {
            if (step.Result is string name)
            {
                step.Values["name"] = name;
            }

            return step.PromptAsync("number", new PromptOptions { Text = $"How old are you, {step.Values["name"]}?" }, ct);
        }),
        new("finish", (step, ct) =>
        {
            if (step.Result is decimal age)
            {
                step.Values["age"] = age;
            }

            var name = step.Values["name"]!.GetValue<string>();
            step.Turn.SendText($"{name} is {step.Values["age"]!.GetValue<decimal>()}.");
            return step.EndDialogAsync(name, ct);
        }),
    ]);

    private static Task<DialogTurnResult> Wait(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Task.FromResult(DialogTurnResult.Waiting);
}
