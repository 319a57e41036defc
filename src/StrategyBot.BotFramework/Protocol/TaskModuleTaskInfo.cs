namespace StrategyBot.BotFramework.Protocol;

/// <summary>What a dialog (task module) shows: its title, size and Adaptive Card.</summary>
public sealed class TaskModuleTaskInfo
{
    /// <summary>The dialog's title, under the app's name.</summary>
    public string? Title { get; init; }

    /// <summary><c>small</c>, <c>medium</c> or <c>large</c> (Teams also takes pixels).</summary>
    public string? Height { get; init; }

    /// <summary><c>small</c>, <c>medium</c> or <c>large</c> (Teams also takes pixels).</summary>
    public string? Width { get; init; }

    /// <summary>The Adaptive Card attachment the dialog renders.</summary>
    public Attachment? Card { get; init; }
}
