using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Dialogs;

public sealed class DialogContextAskAgainTests
{
    [Fact]
    public async Task AskAgainFromStepAsync_PromptInsideANestedComponent_QuestionBuiltAgainFromTodaysState()
    {
        var harness = new ConversationHarness(new GreetingDialog());
        (await harness.SendAsync("hi")).AssertReply("Your name?").AssertNoMoreReplies();

        (await harness.SendAsync("polite")).AssertReply("May I ask your name?").AssertNoMoreReplies();
        var done = await harness.SendAsync("Ada");

        done.AssertReply("Hello, Ada.").AssertNoMoreReplies();
    }

    /// <summary>Asks for a name in the tone the "tone" document holds; "polite" switches the tone mid-question.</summary>
    private sealed class GreetingDialog : ComponentDialog
    {
        public GreetingDialog()
            : base("greeting")
        {
            AddDialog(new WaterfallDialog("greeting.steps", [new("ask", (step, ct) => step.BeginDialogAsync("name", null, ct)), new("greet", GreetAsync)]));
            AddDialog(new NameDialog());
        }

        protected override async Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            if (innerDc.Turn.Activity.Text != "polite")
            {
                return null;
            }

            innerDc.State.Set("tone", new JsonObject { ["polite"] = true });
            return await innerDc.AskAgainFromStepAsync(cancellationToken);
        }

        private static async Task<DialogTurnResult> GreetAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            step.Context.Turn.SendText($"Hello, {step.Result}.");
            return await step.EndDialogAsync(step.Result, cancellationToken);
        }
    }

    private sealed class NameDialog : ComponentDialog
    {
        public NameDialog()
            : base("name")
        {
            AddDialog(new WaterfallDialog("name.steps", [new("ask", AskAsync), new("done", (step, ct) => step.EndDialogAsync(step.Result, ct))]));
            AddDialog(new TextPrompt("name.text"));
        }

        private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            var polite = step.State.Get("tone")?["polite"]?.GetValue<bool>() == true;
            return step.PromptAsync("name.text", new PromptOptions { Text = polite ? "May I ask your name?" : "Your name?" }, cancellationToken);
        }
    }
}
