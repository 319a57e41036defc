using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Dialogs;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task ChildDialog_EndsWithResult_ParentStepReceivesIt()
    {
        var harness = new ConversationHarness(new SignupDialog());

        (await harness.SendAsync("hi")).AssertReply("Your name?");
        (await harness.SendAsync("Ada")).AssertReply("Your city?");
        (await harness.SendAsync("Tehran")).AssertReply("Your country?");
        (await harness.SendAsync("Iran")).AssertReply("Ada lives in Tehran, Iran.").AssertNoMoreReplies();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal("Ada", harness.LastResult.Result);
    }

    [Fact]
    public async Task Help_IsHandledBeforeTheStep_AndTheQuestionIsAskedAgain()
    {
        var harness = new ConversationHarness(new SignupDialog());
        await harness.SendAsync("hi");
        await harness.SendAsync("Ada");

        (await harness.SendAsync("help")).AssertReply("Help: answer the question.").AssertReply("Your city?").AssertNoMoreReplies();
        (await harness.SendAsync("Tehran")).AssertReply("Your country?");
    }

    [Fact]
    public async Task Invoke_IsOfferedToTheComponent_AndTheQuestionStillWaits()
    {
        var harness = new ConversationHarness(new SignupDialog());
        await harness.SendAsync("hi");

        var turn = await harness.ExecuteAsync("form", []);

        Assert.Equal("The signup saw the card.", (string?)turn.InvokeResponse?.Value);
        turn.AssertNoMoreReplies();
        (await harness.SendAsync("Ada")).AssertReply("Your city?");
    }

    [Fact]
    public async Task Back_ReturnsToThePreviousQuestion_AndTheNewAnswerWins()
    {
        var harness = new ConversationHarness(new SignupDialog());
        await harness.SendAsync("hi");
        await harness.SendAsync("Ada");
        await harness.SendAsync("Tehran");

        (await harness.SendAsync("back")).AssertReply("Your city?").AssertNoMoreReplies();
        await harness.SendAsync("Shiraz");
        (await harness.SendAsync("Iran")).AssertReply("Ada lives in Shiraz, Iran.");
    }

    [Fact]
    public async Task Back_AtTheChildsFirstQuestion_ReturnsToTheParentsPreviousQuestion()
    {
        var harness = new ConversationHarness(new SignupDialog());
        await harness.SendAsync("hi");
        await harness.SendAsync("Ada");

        (await harness.SendAsync("back")).AssertReply("Your name?").AssertNoMoreReplies();
        await harness.SendAsync("Grace");
        await harness.SendAsync("Tabriz");
        (await harness.SendAsync("Iran")).AssertReply("Grace lives in Tabriz, Iran.");
    }

    [Fact]
    public async Task Back_AtTheVeryFirstQuestion_SaysSoAndAsksAgain()
    {
        var harness = new ConversationHarness(new SignupDialog());
        await harness.SendAsync("hi");

        (await harness.SendAsync("back")).AssertReply("Nothing to go back to.").AssertReply("Your name?").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Skip_OptionalQuestion_NextStepGetsNull()
    {
        var harness = new ConversationHarness(new SignupDialog());
        await harness.SendAsync("hi");
        await harness.SendAsync("Ada");
        await harness.SendAsync("Tehran");

        (await harness.SendAsync("skip")).AssertReply("Ada lives in Tehran, (no country).");
    }

    [Fact]
    public async Task Skip_RequiredQuestion_IsRefusedAndAskedAgain()
    {
        var harness = new ConversationHarness(new SignupDialog());
        await harness.SendAsync("hi");

        (await harness.SendAsync("skip")).AssertReply("This one is required.").AssertReply("Your name?").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Cancel_EmptiesTheStack_AndTheNextMessageStartsOver()
    {
        var harness = new ConversationHarness(new SignupDialog());
        await harness.SendAsync("hi");
        await harness.SendAsync("Ada");

        (await harness.SendAsync("cancel")).AssertReply("Cancelled.").AssertNoMoreReplies();

        Assert.Equal(DialogTurnStatus.Cancelled, harness.LastResult!.Status);
        (await harness.SendAsync("hello again")).AssertReply("Your name?");
    }

    [Fact]
    public async Task Restart_BeginsTheInitialDialogAgain()
    {
        var harness = new ConversationHarness(new SignupDialog());
        await harness.SendAsync("hi");
        await harness.SendAsync("Ada");

        (await harness.SendAsync("restart")).AssertReply("Your name?").AssertNoMoreReplies();
        await harness.SendAsync("Grace");
        await harness.SendAsync("Yazd");
        (await harness.SendAsync("Iran")).AssertReply("Grace lives in Yazd, Iran.");
    }

    [Fact]
    public async Task Interruption_BeginsADialogOverTheQuestion_ThenReturnsToIt()
    {
        var harness = new ConversationHarness(new SignupDialog());
        await harness.SendAsync("hi");
        await harness.SendAsync("Ada");

        (await harness.SendAsync("note")).AssertReply("Your note?").AssertNoMoreReplies();
        (await harness.SendAsync("call mum")).AssertReply("Noted: call mum").AssertReply("Your city?").AssertNoMoreReplies();
        (await harness.SendAsync("Tehran")).AssertReply("Your country?");
    }

    [Fact]
    public void Version_ChangesWhenChildrenChange()
    {
        var version = new SignupDialog().Version;

        Assert.Equal(version, new SignupDialog().Version);
        Assert.NotEqual(version, new SignupDialog(extraChild: true).Version);
    }

    /// <summary>A signup: name, then an address child component (city, optional country); global commands.</summary>
    private sealed class SignupDialog : ComponentDialog
    {
        public SignupDialog(bool extraChild = false)
            : base("signup")
        {
            AddDialog(new WaterfallDialog("main", [
                new("askName", (step, ct) => step.PromptAsync("text", new PromptOptions { Text = "Your name?" }, ct)),
                new("askAddress", (step, ct) =>
                {
                    step.Values["name"] = (string)step.Result!;
                    return step.BeginDialogAsync("address", null, ct);
                }),
                new("finish", (step, ct) =>
                {
                    var name = step.Values["name"]!.GetValue<string>();
                    step.Turn.SendText($"{name} lives in {step.Result}.");
                    return step.EndDialogAsync(name, ct);
                }),
            ]));
            AddDialog(new AddressDialog());
            AddDialog(new WaterfallDialog("note", [
                new("ask", (step, ct) => step.PromptAsync("text", new PromptOptions { Text = "Your note?" }, ct)),
                new("done", (step, ct) =>
                {
                    step.Turn.SendText($"Noted: {step.Result}");
                    return step.EndDialogAsync(null, ct);
                }),
            ]));
            AddDialog(new TextPrompt("text"));
            if (extraChild)
            {
                AddDialog(new ConfirmPrompt("confirm"));
            }
        }

        protected override async Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            if (innerDc.Turn.Activity.Type == ActivityTypes.Invoke)
            {
                innerDc.Turn.InvokeResponse = InvokeResponse.Message("The signup saw the card.");
                return DialogTurnResult.Waiting;
            }

            switch (innerDc.Turn.Activity.Text?.Trim().ToUpperInvariant())
            {
                case "HELP":
                    innerDc.Turn.SendText("Help: answer the question.");
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return DialogTurnResult.Waiting;
                case "BACK":
                    if (await innerDc.GoBackAsync(cancellationToken) is { } wentBack)
                    {
                        return wentBack;
                    }

                    innerDc.Turn.SendText("Nothing to go back to.");
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return DialogTurnResult.Waiting;
                case "SKIP":
                    if (await innerDc.SkipAsync(cancellationToken) is { } skipped)
                    {
                        return skipped;
                    }

                    innerDc.Turn.SendText("This one is required.");
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return DialogTurnResult.Waiting;
                case "CANCEL":
                    innerDc.Turn.SendText("Cancelled.");
                    return await innerDc.CancelAllAsync(cancellationToken);
                case "RESTART":
                    await innerDc.CancelAllAsync(cancellationToken);
                    return await innerDc.BeginDialogAsync(InitialDialogId!, null, cancellationToken);
                case "NOTE":
                    return await innerDc.BeginDialogAsync("note", null, cancellationToken);
                default:
                    return null;
            }
        }
    }

    private sealed class AddressDialog : ComponentDialog
    {
        public AddressDialog()
            : base("address")
        {
            AddDialog(new WaterfallDialog("addressSteps", [
                new("askCity", (step, ct) => step.PromptAsync("text", new PromptOptions { Text = "Your city?" }, ct)),
                new("askCountry", (step, ct) =>
                {
                    step.Values["city"] = (string)step.Result!;
                    return step.PromptAsync("text", new PromptOptions { Text = "Your country?", AllowSkip = true }, ct);
                }),
                new("done", (step, ct) =>
                    step.EndDialogAsync($"{step.Values["city"]}, {step.Result as string ?? "(no country)"}", ct)),
            ]));
            AddDialog(new TextPrompt("text"));
        }
    }
}
