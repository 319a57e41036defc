using System.Text.Json.Nodes;

namespace StrategyBot.App.Interview;

/// <summary>
/// How a step dialog is begun: as part of the interview, or to edit the step; and, when resuming after "cancel",
/// at which question and loop item. Passed as JSON so any step dialog (the teammates' too) can read or ignore it.
/// </summary>
internal sealed record StepDialogOptions(string Mode, string? ResumeKey = null, int ResumeItem = 0)
{
    public const string RunMode = "run";
    public const string EditMode = "edit";

    public static StepDialogOptions Run { get; } = new(RunMode);

    public static StepDialogOptions Edit { get; } = new(EditMode);

    public static StepDialogOptions Read(JsonObject? json) => json is null
        ? Run
        : new StepDialogOptions(
            (string?)json["mode"] ?? RunMode,
            (string?)json["resumeKey"],
            json["resumeItem"] is JsonValue item && item.TryGetValue<int>(out var index) ? index : 0);

    public JsonObject ToJson() => new()
    {
        ["mode"] = Mode,
        ["resumeKey"] = ResumeKey,
        ["resumeItem"] = ResumeItem,
    };
}
