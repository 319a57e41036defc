namespace StrategyBot.BotFramework.Dialogs;

/// <summary>Why a waterfall step is running.</summary>
public enum WaterfallStepReason
{
    /// <summary>The waterfall just began; this is its first step.</summary>
    Begin,

    /// <summary>The previous step's question was answered; <see cref="WaterfallStepContext.Result"/> holds the answer (null when skipped).</summary>
    Resumed,

    /// <summary>The previous step called <see cref="WaterfallStepContext.NextAsync"/>.</summary>
    Next,

    /// <summary>The user went back from the following step; <see cref="WaterfallStepContext.Result"/> is null.</summary>
    Back,

    /// <summary>A step jumped here with <see cref="WaterfallStepContext.GoToStepAsync"/>.</summary>
    Jumped,

    /// <summary>The step runs again because the dialog it was waiting on vanished in a deploy.</summary>
    Repeated,

    /// <summary>The waterfall starts over after a deploy removed the step it was waiting in; values are kept.</summary>
    Restarted,
}
