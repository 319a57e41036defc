using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Dialogs.Prompts;

/// <summary>A one-question conversation: the prompt asks, and the bot replies "answer: {value}" once it accepts.</summary>
internal static class PromptProbe
{
    public static ConversationHarness Create<T>(Prompt<T> prompt, PromptOptions options, FakeTimeProvider? time = null)
    {
        var root = new WaterfallDialog("probe", [
            new("ask", (step, ct) => step.PromptAsync(prompt.Id, options, ct)),
            new("answer", (step, ct) =>
            {
                step.Turn.SendText($"answer: {Format(step.Result)}");
                return step.EndDialogAsync(step.Result, ct);
            }),
        ]);
        return new ConversationHarness(root, null, time, prompt);
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        FoundChoice choice => $"{choice.Value}#{choice.Index}",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "yes" : "no",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
