using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.MessageExtensions;

/// <summary>
/// The goal dialog's values as text, exactly as the user left them, so a dialog shown again with problems loses
/// nothing typed. Built from a submission (client-controlled: every value is checked for kind and length) or from
/// an objective the SMART check filled in.
/// </summary>
internal sealed class GoalForm
{
    /// <summary>Longer than any sensible value of a short field; a longer one is cut, never stored.</summary>
    public const int MaxFieldLength = 50;

    public string Text { get; init; } = "";

    public string Metric { get; init; } = "";

    public string Platform { get; init; } = "";

    public string Baseline { get; init; } = "";

    public string Target { get; init; } = "";

    public string Deadline { get; init; } = "";

    /// <summary>The values a dialog submit carries; absent or non-text values read as empty.</summary>
    public static GoalForm FromSubmission(JsonObject? data) => new()
    {
        // The text is kept whole (up to the message cap) so the dialog can say it is too long instead of cutting it.
        Text = Read(data, GoalFields.Text, ActivityRouter.MaxMessageLength + 1),
        Metric = Read(data, GoalFields.Metric, MaxFieldLength),
        Platform = Read(data, GoalFields.Platform, MaxFieldLength),
        Baseline = Read(data, GoalFields.Baseline, MaxFieldLength),
        Target = Read(data, GoalFields.Target, MaxFieldLength),
        Deadline = Read(data, GoalFields.Deadline, MaxFieldLength),
    };

    /// <summary>The fields of <paramref name="objective"/> as the dialog shows them: numbers in the user's digits.</summary>
    public static GoalForm FromObjective(Objective objective, Language language)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return new()
        {
            Text = objective.Text,
            Metric = objective.Metric?.ToString() ?? "",
            Platform = objective.Platform?.ToString() ?? "",
            Baseline = objective.Baseline is { } baseline ? Digits(language, baseline) : "",
            Target = objective.Target is { } target ? TargetText(language, objective, target) : "",
            Deadline = objective.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        };
    }

    // Written so TargetAnswer reads it back as the same target: "+20%" / «۲۰٪ رشد», "-500" / «۵۰۰ کمتر», "5000".
    private static string TargetText(Language language, Objective objective, decimal target)
    {
        var number = Digits(language, target);
        var persian = language == Language.Persian;
        var percent = persian ? PersianDigits.PercentSign.ToString() : "%";
        return (objective.Unit, objective.Change) switch
        {
            (TargetUnit.Percent, TargetChange.Decrease) => persian ? number + percent + " کاهش" : "-" + number + percent,
            (TargetUnit.Percent, _) => persian ? number + percent + " رشد" : "+" + number + percent,
            (_, TargetChange.Increase) => persian ? number + " بیشتر" : "+" + number,
            (_, TargetChange.Decrease) => persian ? number + " کمتر" : "-" + number,
            _ when objective.Metric is { } metric && ObjectiveFormat.IsRate(metric) => number + percent,
            _ => number,
        };
    }

    private static string Digits(Language language, decimal value)
    {
        var text = value.ToString("0.##", CultureInfo.InvariantCulture);
        return language == Language.Persian ? PersianDigits.ToPersian(text) : text;
    }

    private static string Read(JsonObject? data, string field, int maxLength)
    {
        var text = data?[field] is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number
            ? value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString()
            : "";
        text = CardText.RepairUtf16(text).Trim();
        return text.Length > maxLength ? text[..maxLength] : text;
    }
}
