using System.Text.Json.Serialization;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// What a prompt asks and how it re-asks. Persisted on the stack as JSON and read on every answer, so keep it small:
/// the question activities are not part of that JSON (the prompt keeps them apart and reads them only to send them,
/// or does not keep them at all when the waterfall step that asked can rebuild them, see <see cref="WaterfallStep.Rebuild"/>).
/// </summary>
public sealed class PromptOptions
{
    /// <summary>The question as plain text (used when <see cref="Prompt"/> is null).</summary>
    public string? Text { get; set; }

    /// <summary>The question as a full activity, for example with a card; wins over <see cref="Text"/>.</summary>
    [JsonIgnore]
    public Activity? Prompt { get; set; }

    /// <summary>Sent when the answer is not understood; defaults to the question.</summary>
    public string? RetryText { get; set; }

    /// <summary>Retry as a full activity; wins over <see cref="RetryText"/>.</summary>
    [JsonIgnore]
    public Activity? RetryPrompt { get; set; }

    /// <summary>
    /// The question's language (for example "fa-IR"), for validators that answer in it; defaults to the locale of
    /// <see cref="Prompt"/>, which validators do not see.
    /// </summary>
    public string? Locale { get; set; }

    /// <summary>Sent when a text answer is longer than <see cref="MaxLength"/>; defaults to the retry.</summary>
    public string? TooLongText { get; set; }

    /// <summary>Sent when a number or date is outside the bounds; defaults to the retry.</summary>
    public string? OutOfRangeText { get; set; }

    /// <summary>The choices of a choice prompt; for a confirm prompt, optional yes and no labels (in that order).</summary>
    public IList<Choice> Choices { get; set; } = [];

    /// <summary>Whether a choice prompt also lists its choices, numbered, under the question text.</summary>
    public bool ListChoicesInText { get; set; } = true;

    /// <summary>Whether <see cref="DialogContext.SkipAsync"/> may skip this question (it then answers null).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool AllowSkip { get; set; }

    /// <summary>Smallest number accepted.</summary>
    public decimal? Min { get; set; }

    /// <summary>Largest number accepted.</summary>
    public decimal? Max { get; set; }

    /// <summary>Earliest date accepted.</summary>
    public DateOnly? MinDate { get; set; }

    /// <summary>Latest date accepted.</summary>
    public DateOnly? MaxDate { get; set; }

    /// <summary>Longest text accepted, in UTF-16 code units.</summary>
    public int? MaxLength { get; set; }

    /// <summary>The id of a card input that answers this prompt when the card is submitted.</summary>
    public string? InputId { get; set; }
}
