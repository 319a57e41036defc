using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks for a date. "Today" is the <see cref="TimeProvider"/>'s now in the user's time zone (from
/// <see cref="TimeZoneSelector"/>, else the activity). Understands ISO dates, "31 March", "March 31 2027",
/// "next Friday", "tomorrow", "in 2 weeks" and a card's Input.Date value, then tries the extra recogniser
/// (for example Jalali dates). Enforces <see cref="PromptOptions.MinDate"/>/<see cref="PromptOptions.MaxDate"/>.
/// </summary>
public sealed class DatePrompt : Prompt<DateOnly>
{
    private readonly TimeProvider _time;
    private readonly DateRecognizer? _extraRecognizer;

    /// <summary>Creates a date prompt.</summary>
    public DatePrompt(string id, TimeProvider time, PromptValidator<DateOnly>? validator = null, DateRecognizer? extraRecognizer = null)
        : base(id, validator)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _extraRecognizer = extraRecognizer;
    }

    /// <summary>Chooses the user's time zone for a turn, for example from a stored setting; null falls back to the activity.</summary>
    public Func<TurnContext, TimeZoneInfo?>? TimeZoneSelector { get; init; }

    /// <inheritdoc />
    protected override PromptRecognition<DateOnly> Recognize(TurnContext turn, string input, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var zone = TimeZoneSelector?.Invoke(turn) ?? UserTimeZone.From(turn.Activity);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), zone).DateTime);
        var text = InputText.StripControl(input).Trim();
        var date = text.Length == 0 || text.Length > InputText.MaxRecognizedLength
            ? null
            : DateTextRecognizer.Recognize(text, today) ?? _extraRecognizer?.Invoke(text, today);
        if (date is not { } value)
        {
            return new PromptRecognition<DateOnly>(PromptFailure.NotRecognized);
        }

        return value < options.MinDate || value > options.MaxDate
            ? new PromptRecognition<DateOnly>(PromptFailure.OutOfRange)
            : new PromptRecognition<DateOnly>(value);
    }
}
