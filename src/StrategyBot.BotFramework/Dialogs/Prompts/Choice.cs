using System.Text.Json.Serialization;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>One option of a choice prompt.</summary>
public sealed class Choice
{
    /// <summary>Creates a choice; <paramref name="value"/> is what the prompt returns.</summary>
    public Choice(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    /// <summary>The stable value returned (and sent by a card's choice set).</summary>
    public string Value { get; }

    /// <summary>The caption shown; defaults to <see cref="Value"/>.</summary>
    public string? Title { get; set; }

    /// <summary>Other words that pick this choice, for example the other language's title.</summary>
    public IList<string> Synonyms { get; set; } = [];

    /// <summary>The caption shown.</summary>
    [JsonIgnore]
    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Value : Title;
}
