using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Dialogs.Prompts;

/// <summary>A form field is checked by the prompt's own recognizer and validator, without a conversation turn of its own.</summary>
public sealed class PromptCheckTests
{
    private static readonly TurnContext Turn = new(new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action" });

    [Fact]
    public async Task CheckAsync_RecognizedAndValid_ReturnsTheValueAndSendsNothing()
    {
        var prompt = new NumberPrompt("number");

        var check = await prompt.CheckAsync(Turn, "۴٬۲۰۰", new PromptOptions { Min = 0 }, CancellationToken.None);

        Assert.True(check.IsAccepted);
        Assert.Equal(4200m, check.Value);
        Assert.Empty(Turn.Outbox);
    }

    [Fact]
    public async Task CheckAsync_ValidatorRefuses_ReturnsItsRetryText()
    {
        var prompt = new NumberPrompt("number", (context, _) =>
        {
            context.RetryText = "Between 1 and 10, please.";
            return Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value <= 10);
        });

        var check = await prompt.CheckAsync(Turn, "42", new PromptOptions(), CancellationToken.None);

        Assert.False(check.IsAccepted);
        Assert.Equal("Between 1 and 10, please.", check.Problem);
    }

    [Fact]
    public async Task CheckAsync_NotRecognizedWithoutValidator_FallsBackToTheRetryText()
    {
        var prompt = new ChoicePrompt("choice");
        var options = new PromptOptions { RetryText = "Pick one.", Choices = [new Choice("a"), new Choice("b")] };

        var check = await prompt.CheckAsync(Turn, "zebra", options, CancellationToken.None);

        Assert.Equal(PromptCheck.Refused("Pick one."), check);
    }

    [Fact]
    public async Task CheckAsync_ValidatorSeesTheFieldText_NotTheActivityText()
    {
        // A form's Action.Execute has no message text: a validator that reads the answer (for example to ask which
        // reading of "12.000" was meant) must see the field's text.
        string? seen = null;
        var prompt = new NumberPrompt("number", (context, _) =>
        {
            seen = context.Input;
            return Task.FromResult(context.Recognized.Succeeded);
        });

        await prompt.CheckAsync(Turn, "12.000", new PromptOptions(), CancellationToken.None);

        Assert.Equal("12.000", seen);
    }
}
