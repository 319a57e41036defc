namespace StrategyBot.BotFramework.Dialogs;

/// <summary>A named waterfall step. The name is persisted and must stay stable across deploys.</summary>
public sealed class WaterfallStep
{
    /// <summary>Creates a step.</summary>
    public WaterfallStep(string name, WaterfallStepHandler handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(handler);
        Name = name;
        Handler = handler;
    }

    /// <summary>The stable name stored on the stack while this step waits for an answer.</summary>
    public string Name { get; }

    /// <summary>The step's code.</summary>
    public WaterfallStepHandler Handler { get; }

    /// <summary>
    /// Rebuilds the question this step prompted with, so the prompt keeps no copy of its question activity (often a
    /// whole card) on the stack and builds it only when it must send it again. It must build the question the step
    /// asked from the same values; the prompt's other options stay as they were persisted.
    /// </summary>
    public PromptRebuilder? Rebuild { get; init; }
}
