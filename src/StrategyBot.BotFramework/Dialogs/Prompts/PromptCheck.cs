namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>The verdict of <see cref="IPromptCheck.CheckAsync"/>: the value, or the problem to show next to the field.</summary>
public sealed record PromptCheck(bool IsAccepted, object? Value, string? Problem)
{
    /// <summary>An accepted answer and its value.</summary>
    public static PromptCheck Accepted(object? value) => new(true, value, null);

    /// <summary>A refused answer and why (null when the prompt has no words for it).</summary>
    public static PromptCheck Refused(string? problem) => new(false, null, problem);
}
